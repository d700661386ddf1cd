import Foundation
import Testing

/// `regel skjema` and its alias `schema`: the schema on standard out or in a file; nothing for rules with errors.
@Suite struct SchemaCommandTests {
    static let rules = Data("faktum a: ja/nei\n  spørsmål \"A?\"\n".utf8)

    @Test func writesTheSchemaToStandardOutAndToAFile() throws {
        let url = try CheckCommandTests.folder(["a.regel": Self.rules])
        let result = try CLIRunner.run(["skjema", url.path])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("{\n  \"$defs\" : {"))
        #expect(result.stdout.contains("\"description\" : \"A?\""))
        let target = url.appendingPathComponent("sak.schema.json")
        let written = try CLIRunner.run(["schema", url.path, "--ut", target.path])
        #expect(written.exitCode == 0 && written.stdout.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8) == result.stdout)
        let batch = try CLIRunner.run(["skjema", url.path, "--batch", "--ut", "-"])
        #expect(batch.stdout.contains("\"id\" : {"))
    }

    @Test func rulesWithErrorsGiveNoSchema() throws {
        let url = try CheckCommandTests.folder(["feil.regel": Data("faktum a ja/nei\n".utf8)])
        let result = try CLIRunner.run(["skjema", url.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("feil[R0203]"))
    }

    @Test func usageErrors() throws {
        #expect(try CLIRunner.run(["skjema"]).exitCode == 2)
        #expect(try CLIRunner.run(["skjema", "finnes-ikke"]).exitCode == 2)
        let unwritable = try CLIRunner.run(["skjema", "rules", "--ut", "/finnes-ikke/mappe/sak.json"])
        #expect(unwritable.exitCode == 1)
        #expect(unwritable.stderr.contains("/finnes-ikke/mappe/sak.json: kan ikke skrive filen"))
    }
}
