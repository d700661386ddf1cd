import Foundation
import Testing
import Regel
@testable import RegelInteractive

/// Sessions that touch files: reloading rules that changed, and saving a test that `regel test` then passes.
@Suite struct SessionFileTests {
    static let today = CalendarDate(year: 2024, month: 3, day: 1)!

    /// A fresh copy of the fixture rules in a folder of its own.
    func copyOfFixtures() throws -> String {
        let folder = NSTemporaryDirectory() + "regel-repl-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TranscriptTests.fixtures + "/barn.regel", toPath: folder + "/barn.regel")
        return folder
    }

    func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func reloadKeepsFactsAndReportsWhatChanged() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = ReplSession(paths: [folder], today: Self.today)
        #expect(session.handle("barn.ventes = ja") == "")
        #expect(session.handle("tjenesteyter = privat") == "")
        #expect(session.handle("barn.alvorlig_sykdom = ja") == "")
        #expect(session.handle("foreldrene.ønsker_barnekoordinator = ja") == "")
        #expect(session.handle("rett_til_barnekoordinator") == "rett_til_barnekoordinator = ja")

        // The editor breaks the file: the session reports it with a position and keeps the facts.
        try edit(folder + "/barn.regel", replacing: "når kjent(merknad)", with: "når kjent(merknad) og")
        let broken = session.handle("last")
        #expect(broken.contains("feil[R0204]"))
        #expect(broken.contains("barn.regel:46:"))
        #expect(broken.hasSuffix("reglene har feil (1 feil og 0 advarsler); rett dem og skriv «last»; faktaene du har gitt, er tatt vare på"))
        #expect(session.handle("rett_til_barnekoordinator") == "reglene har feil og kan ikke brukes; rett dem og skriv «last»")

        // Fixed, with an age limit changed and a value removed from the enumeration.
        try edit(folder + "/barn.regel", replacing: "når kjent(merknad) og", with: "når kjent(merknad)")
        try edit(folder + "/barn.regel", replacing: "en av kommunal, statlig, privat", with: "en av kommunal, statlig")
        try edit(folder + "/barn.regel", replacing: "alvorlig_sykdom: ja/nei", with: "alvorlig_sykdom: tall")
        try edit(folder + "/barn.regel", replacing: "    - barn.alvorlig_sykdom\n", with: "    - barn.alvorlig_sykdom > 0\n")
        try edit(folder + "/barn.regel", replacing: "    barn.alvorlig_sykdom = ja\n", with: "    barn.alvorlig_sykdom = 2\n")
        let fixed = session.handle("last")
        #expect(fixed == """
            glemte tjenesteyter = privat: «privat» er ikke en av verdiene i «Tjenesteyter»: kommunal, statlig
            glemte barn.alvorlig_sykdom = ja: «barn.alvorlig_sykdom» er tall, men verdien er ja/nei
            leste reglene på nytt: 1 fil, 4 regler, 6 fakta og vurderinger; beholdt 2 fakta
            """)
        #expect(session.handle("fakta") == "vurderingsdato = 2024-03-01\nbarn.ventes = ja\nforeldrene.ønsker_barnekoordinator = ja")
        #expect(session.handle("mangler rett_til_barnekoordinator").contains("1. barn.alvorlig_sykdom (faglig vurdering)"))
    }

    @Test func savedTestPassesRegelTest() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = ReplSession(paths: [folder], today: Self.today, workingFolder: folder)
        for line in ["vurderingsdato = 2023-06-15", "barn.ventes = nei", "barn.fødselsdato = 2005-06-15",
                     "merknad = \"sa \\\"nei\\\" i telefonen\"", "rett_til_barnekoordinator", "hvem_samordner", "har_merknad"] {
            _ = session.handle(line)
        }
        #expect(session.handle("lagre test \"18-årsdagen\" til lagret.regel") == "skrev testen «18-årsdagen» med 3 forventninger til lagret.regel")
        _ = session.handle("glem barn.fødselsdato")
        #expect(session.handle("lagre test \"uten fødselsdato\" til lagret.regel") == "skrev testen «uten fødselsdato» med 3 forventninger til lagret.regel")

        let saved = try String(contentsOfFile: folder + "/lagret.regel", encoding: .utf8)
        #expect(saved == """
            test "18-årsdagen"
              gitt
                vurderingsdato = 2023-06-15
                barn.ventes = nei
                barn.fødselsdato = 2005-06-15
                merknad = "sa \\"nei\\" i telefonen"
              forvent
                rett_til_barnekoordinator = nei
                hvem_samordner = ukjent mangler tjenesteyter
                har_merknad = ja

            test "uten fødselsdato"
              gitt
                vurderingsdato = 2023-06-15
                barn.ventes = nei
                merknad = "sa \\"nei\\" i telefonen"
              forvent
                rett_til_barnekoordinator = ukjent mangler barn.fødselsdato, barn.alvorlig_sykdom, foreldrene.ønsker_barnekoordinator
                hvem_samordner = ukjent mangler barn.fødselsdato, barn.alvorlig_sykdom, foreldrene.ønsker_barnekoordinator, tjenesteyter
                har_merknad = ja

            """)
        let compilation = RegelCompiler.compile(folder: folder)
        #expect(compilation.diagnostics.isEmpty)
        let program = try #require(compilation.program)
        let report = TestRunner.run(program)
        #expect(report.results.count == 3)
        #expect(report.failedCount == 0, "\(report.results.filter { !$0.passed }.map(TestReportText.failure))")
    }

    @Test func saveToAFolderThatDoesNotExistSaysSo() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let session = ReplSession(paths: [folder], today: Self.today, workingFolder: folder)
        #expect(session.handle("lagre test \"x\" til finnes/ikke/fil.regel") == "feil: kunne ikke skrive til «finnes/ikke/fil.regel»")
    }

    @Test func sessionOverRulesWithErrorsStillRuns() throws {
        let folder = try copyOfFixtures()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try edit(folder + "/barn.regel", replacing: "regel har_merknad", with: "regel har_merknad har")
        let session = ReplSession(paths: [folder], today: Self.today)
        #expect(session.program == nil)
        #expect(session.startText.contains("feil[R0"))
        #expect(session.handle("hjelp").hasPrefix("kommandoer"))
        #expect(session.handle("barn.ventes = ja") == "reglene har feil og kan ikke brukes; rett dem og skriv «last»")
        try edit(folder + "/barn.regel", replacing: "regel har_merknad har", with: "regel har_merknad")
        #expect(session.handle("last") == "leste reglene på nytt: 1 fil, 4 regler, 6 fakta og vurderinger")
        #expect(session.handle("avslutt") == "")
        #expect(session.hasEnded)
    }
}
