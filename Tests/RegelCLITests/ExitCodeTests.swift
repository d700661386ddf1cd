import Foundation
import Testing

/// Exit codes and options shared by the commands: a path that does not exist and a misused option
/// are usage errors (2); any error while loading the rules stops evaluation (1).
@Suite struct ExitCodeTests {
    static let rule = "faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n"

    static func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-kode-\(UUID().uuidString)")
        for (name, text) in files {
            let path = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: path, atomically: true, encoding: .utf8)
        }
        return url
    }

    static func caseFolder() throws -> URL {
        try folder(["regler/a.regel": rule, "sak.json": #"{"vurderingsdato": "2024-01-01", "fakta": {"a": true}}"#,
                    "tom.json": #"{"fakta": {}}"#])
    }

    @Test(arguments: [["sjekk"], ["vurder", "--sak", "SAK"], ["forklar", "--sak", "SAK"], ["test"], ["test", "--min-dekning", "100"], ["repl"]])
    func aMissingPathIsAUsageError(command: [String]) throws {
        let url = try Self.caseFolder()
        let arguments = command.map { $0 == "SAK" ? url.appendingPathComponent("tom.json").path : $0 }
        let result = try CLIRunner.run(arguments + ["finnes-ikke"], stdin: "", directory: url)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "regel: «finnes-ikke» finnes ikke\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func aMissingCaseIsAUsageError() throws {
        let url = try Self.caseFolder()
        let result = try CLIRunner.run(["vurder", "regler", "--sak", "borte.json"], directory: url)
        #expect(result.exitCode == 2)
        #expect(result.stderr == "regel: «borte.json» finnes ikke\n")
    }

    @Test func anImportErrorStopsEvaluation() throws {
        let url = try Self.caseFolder()
        try ("importer \"mangler.regel\"\n" + Self.rule).write(to: url.appendingPathComponent("regler/a.regel"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["vurder", "regler", "--sak", "sak.json"], environment: ["NO_COLOR": "1"], directory: url)
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("feil[R0306]: fant ikke filen «mangler.regel» i regelmappen\n"))
        let tests = try CLIRunner.run(["test", "regler"], directory: url)
        #expect(tests.exitCode == 1)
        #expect(tests.stderr.contains("reglene har feil; ingen tester ble kjørt"))
    }

    @Test func datoSetsTheVurderingsdato() throws {
        let url = try Self.folder(["a.regel": "faktum født: dato\nregel barn\n  hjemmel x § 1\n  når alder(født) < 18 år\n",
                                   "sak.json": #"{"vurderingsdato": "2024-01-01", "fakta": {"født": "2010-06-01"}}"#])
        let before = try CLIRunner.run(["vurder", "a.regel", "--sak", "sak.json"], directory: url)
        #expect(before.stdout == "barn = ja\n")
        let after = try CLIRunner.run(["vurder", "a.regel", "--sak", "sak.json", "--dato", "2030-01-01", "--json"], directory: url)
        #expect(after.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])
        #expect(object["vurderingsdato"] as? String == "2030-01-01")
        #expect((object["resultater"] as? [[String: Any]])?.first?["verdi"] as? Bool == false)
        let bad = try CLIRunner.run(["vurder", "a.regel", "--sak", "sak.json", "--dato", "2023-02-29"], directory: url)
        #expect(bad.exitCode == 2)
        #expect(bad.stderr.hasPrefix("regel: «--dato» trenger en dato som finnes, skrevet ÅÅÅÅ-MM-DD, for eksempel 2024-03-01; fikk «2023-02-29»\n"))
    }

    @Test func regelMayBeRepeatedButSakMayNot() throws {
        let url = try Self.folder(["a.regel": Self.rule + "regel s\n  hjemmel x § 2\n  når ikke a\nregel t\n  hjemmel x § 3\n  når a\n",
                                   "sak.json": #"{"vurderingsdato": "2024-01-01", "fakta": {"a": true}}"#])
        let two = try CLIRunner.run(["vurder", "a.regel", "--sak", "sak.json", "--regel", "t", "--regel=s"], directory: url)
        #expect(two.exitCode == 0)
        #expect(two.stdout == "t = ja\ns = nei\n")
        let twice = try CLIRunner.run(["vurder", "a.regel", "--sak", "sak.json", "--sak", "annen.json"], directory: url)
        #expect(twice.exitCode == 2)
        #expect(twice.stderr.hasPrefix("regel: «--sak» er gitt to ganger («sak.json» og «annen.json»); oppgi den bare én gang\n"))
        let junit = try CLIRunner.run(["test", "a.regel", "--junit", "a.xml", "--junit", "b.xml"], directory: url)
        #expect(junit.exitCode == 2)
    }

    @Test func unknownOptionsAreUsageErrors() throws {
        let url = try Self.caseFolder()
        for arguments in [["vurder", "regler", "--sak", "sak.json", "--datum", "2024-01-01"], ["test", "regler", "-x"], ["repl", "--ukjent"]] {
            let result = try CLIRunner.run(arguments, stdin: "", directory: url)
            #expect(result.exitCode == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("regel: ukjent valg «"), "\(arguments)")
        }
    }
}
