import Foundation
import Testing

/// `regel diff`: text and JSON, cases from a file or a folder, two git revisions, and exit codes
/// 0 (nothing changed), 1 (something changed) and 2 (errors).
@Suite struct DiffCommandTests {
    static let old = """
    faktum alder: tall
    faktum syk: ja/nei
    regel rett
      hjemmel pbrl § 2-5 c
      når alder < 18 og syk
    """
    static let new = old.replacingOccurrences(of: "alder < 18", with: "alder < 16")
    static let cases = """
    {"id": "a", "vurderingsdato": "2024-01-01", "fakta": {"alder": 17, "syk": true}}
    {"id": "b", "vurderingsdato": "2024-01-01", "fakta": {"alder": 10, "syk": true}}
    {"id": "c", "vurderingsdato": "2024-01-01", "fakta": {"alder": 20, "syk": true}}

    """

    /// A scratch folder with `gammel/r.regel`, `ny/r.regel` and `saker.jsonl`.
    static func folder(old: String = Self.old, new: String = Self.new) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-diff-cli-\(UUID().uuidString)")
        for (name, text) in [("gammel", old), ("ny", new)] {
            try FileManager.default.createDirectory(at: url.appendingPathComponent(name), withIntermediateDirectories: true)
            try text.write(to: url.appendingPathComponent("\(name)/r.regel"), atomically: true, encoding: .utf8)
        }
        try cases.write(to: url.appendingPathComponent("saker.jsonl"), atomically: true, encoding: .utf8)
        return url
    }

    @Test func identicalRuleSetsExitZero() throws {
        let url = try Self.folder(new: Self.old)
        let result = try CLIRunner.run(["diff", "gammel", "ny", "--saker", "saker.jsonl"], directory: url)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
        Ingen endringer i deklarasjonene.

        3 saker vurdert etter begge regelsettene: ingen fikk et annet svar.

        """)
    }

    @Test func aStaticChangeAloneExitsOne() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["diff", "gammel", "ny"], directory: url)
        #expect(result.exitCode == 1)
        #expect(result.stdout == """
        1 endring i deklarasjonene:
          endret: regel rett
              gammel: gammel/r.regel:3:7
              ny:     ny/r.regel:3:7
              vilkår: «alder < 18 og syk» → «alder < 16 og syk»

        """)
    }

    @Test func changedDecisionsAreGroupedWithExamplesSideBySide() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["compare", "gammel", "ny", "--saker", "saker.jsonl", "--jobber", "2"], directory: url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasSuffix("""
        3 saker vurdert etter begge regelsettene: 1 fikk et annet svar.

        rett: 1 sak med endret svar (ja → nei: 1)
          ja → nei, 1 sak; første vilkår som gir et annet utfall: «alder < 16» (ny/r.regel:5)
            for eksempel: a (linje 1)
            a (linje 1):
              GAMMEL                                                       │ NY
              rett = ja  (gammel/r.regel:3)                                │ rett = nei  (ny/r.regel:3)
                hjemmel: pbrl § 2-5 c                                      │   hjemmel: pbrl § 2-5 c
                «alder < 18 og syk» = ja                                   │   «alder < 16 og syk» = nei
                  «alder < 18» = ja                                        │     «alder < 16» = nei
                    alder = 17 (oppgitt)                                   │       alder = 17 (oppgitt)
                  syk = ja (oppgitt)                                       │

        """))
    }

    @Test func jsonForMachines() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["diff", "gammel", "ny", "--saker", "saker.jsonl", "--json"], directory: url)
        #expect(result.exitCode == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["skjema"] as? String == "regel-diff")
        let changes = try #require(document["endringer"] as? [[String: Any]])
        #expect(changes.count == 1 && changes.first?["endring"] as? String == "endret")
        #expect((changes.first?["ny"] as? [String: Any])?["linje"] as? Int == 3)
        let decisions = try #require(document["avgjørelser"] as? [String: Any])
        #expect(decisions["saker"] as? Int == 3 && decisions["endret"] as? Int == 1)
        let rule = try #require((decisions["regler"] as? [[String: Any]])?.first)
        let group = try #require((rule["grupper"] as? [[String: Any]])?.first)
        #expect(group["vilkår"] as? String == "alder < 16" && group["fra"] as? String == "ja" && group["til"] as? String == "nei")
        #expect((group["eksempler"] as? [[String: Any]])?.first?["id"] as? String == "a")
    }

    @Test func casesFromStandardInput() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["diff", "gammel", "ny", "--saker", "-"], stdin: Self.cases, directory: url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("3 saker vurdert etter begge regelsettene: 1 fikk et annet svar."))
    }

    @Test func aFolderOfCaseFilesIsReadByName() throws {
        let url = try Self.folder()
        let cases = url.appendingPathComponent("saker")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        try #"{"vurderingsdato": "2024-01-01", "fakta": {"alder": 17, "syk": true}}"#.write(to: cases.appendingPathComponent("sak-1.json"), atomically: true, encoding: .utf8)
        try #"{"vurderingsdato": "2024-01-01", "fakta": {"alder": 5, "syk": true}}"#.write(to: cases.appendingPathComponent("sak-2.json"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["diff", "gammel", "ny", "--saker", "saker"], directory: url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("for eksempel: sak-1.json (linje 1)\n"))
    }

    @Test func errorsExitTwo() throws {
        let url = try Self.folder(new: "regel r\n  når ukjent_navn\n")
        #expect(try CLIRunner.run(["diff", "gammel"], directory: url).exitCode == 2)
        #expect(try CLIRunner.run(["diff", "gammel", "finnes-ikke"], directory: url).exitCode == 2)
        let broken = try CLIRunner.run(["diff", "gammel", "ny"], directory: url)
        #expect(broken.exitCode == 2)
        #expect(broken.stderr.contains("regel: reglene har feil; ingenting ble sammenlignet"))
        let unreadable = try Self.folder()
        try "{\"fakta\": {\"finnes_ikke\": 1}}\n".write(to: unreadable.appendingPathComponent("saker.jsonl"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["diff", "gammel", "ny", "--saker", "saker.jsonl"], directory: unreadable)
        #expect(result.exitCode == 2)
        #expect(result.stdout.contains("Saker som ikke kunne leses: 0 bare etter det ene regelsettet, 1 etter ingen av dem."))
    }

    @Test func twoGitRevisionsOfAFolder() throws {
        let url = try Self.folder()
        let git = { (arguments: [String]) throws -> Void in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
            process.currentDirectoryURL = url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(arguments)")
        }
        try git(["init", "-q"])
        try git(["add", "gammel/r.regel"])
        try git(["commit", "-q", "-m", "første"])
        try Self.new.write(to: url.appendingPathComponent("gammel/r.regel"), atomically: true, encoding: .utf8)
        try git(["commit", "-q", "-a", "-m", "andre"])
        let result = try CLIRunner.run(["diff", "--git", "HEAD~1", "HEAD", "gammel", "--saker", "saker.jsonl"], directory: url)
        #expect(result.exitCode == 1, "\(result.stderr)")
        #expect(result.stdout.contains("      gammel: HEAD~1:gammel/r.regel:3:7\n      ny:     HEAD:gammel/r.regel:3:7\n"))
        #expect(result.stdout.contains("3 saker vurdert etter begge regelsettene: 1 fikk et annet svar."))
        let missing = try CLIRunner.run(["diff", "--git", "HEAD~1", "finnes-ikke", "gammel"], directory: url)
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("«git» feilet"))
    }
}
