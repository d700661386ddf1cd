import Foundation
import Testing

/// `regel batch`: records on stdout, summary on stderr, exit codes, files and folders, memory.
@Suite struct BatchCommandTests {
    static let rules = """
    faktum alder: tall
    faktum syk: ja/nei
    regel rett
      hjemmel pbrl § 2-5 c
      når alder < 18 og syk
    """

    static func folder(rules: String = Self.rules) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-batch-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("regler"), withIntermediateDirectories: true)
        try rules.write(to: url.appendingPathComponent("regler/rett.regel"), atomically: true, encoding: .utf8)
        return url
    }

    static func fingerprint(_ url: URL) throws -> String {
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path], stdin: "{\"fakta\": {}}\n")
        guard case let parts = result.stdout.components(separatedBy: "\"regelsett\":\""), parts.count > 1 else { return "?" }
        return String(parts[1].prefix(16))
    }

    @Test func allGoodLinesExitZeroWithOneRecordEach() throws {
        let url = try Self.folder()
        let fingerprint = try Self.fingerprint(url)
        let input = """
        {"id": "a", "vurderingsdato": "2024-01-01", "fakta": {"alder": 3, "syk": true}}
        {"id": 2, "vurderingsdato": "2024-01-01", "fakta": {"alder": 30}}

        """
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--regel", "rett", "--jobber", "2"], stdin: input)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
        {"linje":1,"id":"a","regelsett":"\(fingerprint)","vurderingsdato":"2024-01-01","resultater":[{"regel":"rett","verdi":true,"i_kraft":true}]}
        {"linje":2,"id":2,"regelsett":"\(fingerprint)","vurderingsdato":"2024-01-01","resultater":[{"regel":"rett","verdi":false,"i_kraft":true}]}

        """)
        #expect(result.stderr.hasPrefix("2 saker på "))
        #expect(result.stderr.contains("saker/s), ingen linjer med feil\n  rett: ja 1, nei 1, ukjent 0, ikke i kraft 0\n"))
        #expect(!result.stderr.contains("\r"))
    }

    @Test func anErrorLineGivesItsRecordAndExitOne() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--inn", "-"],
                                       stdin: "{\"fakta\": {}}\nikke json\n\n{\"fakta\": {\"syk\": 1}}\n{\"fakta\": {}}\n")
        #expect(result.exitCode == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.map { $0.contains("\"feil\":[") } == [false, true, true, true, false])
        #expect(lines[3].hasPrefix(#"{"linje":4,"#) && lines[3].contains(#""kode":"R0603","sti":"$.fakta[\"syk\"]""#))
        #expect(result.stderr.contains("5 saker på "))
        #expect(result.stderr.contains("3 linjer med feil (første: linje 2)"))
    }

    @Test func stopAtTheFirstError() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--stopp-ved-feil"],
                                       stdin: "{\"fakta\": {}}\n{\"fakta\": 1}\n{\"fakta\": {}}\nfeil\n")
        #expect(result.exitCode == 1)
        #expect(result.stdout.split(separator: "\n").count == 2)
        #expect(result.stdout.split(separator: "\n").last?.hasPrefix(#"{"linje":2,"#) == true)
        #expect(result.stderr.contains("2 saker på"))
        #expect(result.stderr.contains("stoppet ved første feil"))
    }

    @Test func inputAndOutputFiles() throws {
        let url = try Self.folder()
        let input = url.appendingPathComponent("saker.jsonl"), output = url.appendingPathComponent("svar.csv")
        try "{\"id\": \"Ærlig, «Ola»\", \"fakta\": {\"alder\": 1, \"syk\": true}}\n".write(to: input, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--inn", input.path,
                                        "--ut", output.path, "--format", "csv"])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "")
        let bytes = try Data(contentsOf: output)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{FEFF}linje;id;rett;feil\r\n1;\"Ærlig, «Ola»\";ja;\r\n")
    }

    @Test func aFolderOfCaseFiles() throws {
        let url = try Self.folder()
        let cases = url.appendingPathComponent("saker")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        try "{\"fakta\": {\"alder\": 1, \"syk\": true}}".write(to: cases.appendingPathComponent("2.json"), atomically: true, encoding: .utf8)
        try "{\"fakta\": {\"alder\": 40}}".write(to: cases.appendingPathComponent("1.json"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--saker", cases.path, "--format", "csv", "--skilletegn", ","])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "\u{FEFF}linje,id,rett,feil\r\n1,1.json,nei,\r\n2,2.json,ja,\r\n")
    }

    @Test(arguments: [
        ([], "oppgi regelfilene eller regelmappen"),
        (["R", "--jobber", "0"], "«--jobber» trenger et helt tall fra 1 til 1024; fikk «0»"),
        (["R", "--format", "xml"], "«--format» er «jsonl» eller «csv»; fikk «xml»"),
        (["R", "--inn", "a", "--inn", "b"], "«--inn» er gitt to ganger («a» og «b»); oppgi den bare én gang"),
        (["R", "--fort"], "ukjent valg «--fort»"),
        (["R", "--saker", "R", "--inn", "-"], "«--saker» og «--inn» kan ikke brukes sammen"),
        (["R", "--forklar", "--format", "csv"], "«--forklar» gir forklaringstrær, som ikke passer i CSV; bruk «--format jsonl»"),
        (["R", "--skilletegn", ";"], "«--skilletegn» gjelder bare «--format csv»"),
        (["R", "--inn", "finnes-ikke.jsonl"], "«finnes-ikke.jsonl» finnes ikke"),
        (["R", "--saker", "R/rett.regel"], "«--saker» trenger en mappe"),
        (["R", "--ut", "/finnes/ikke/svar.jsonl"], "kan ikke skrive til «/finnes/ikke/svar.jsonl»: No such file or directory"),
    ])
    func usageMistakesExitTwo(arguments: [String], message: String) throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["batch"] + arguments.map { $0.replacingOccurrences(of: "R", with: "regler") },
                                       stdin: "", directory: url)
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("regel: " + message.replacingOccurrences(of: "R/", with: "regler/")), "\(result.stderr)")
    }

    @Test func rulesWithErrorsStopBeforeAnythingRuns() throws {
        let url = try Self.folder(rules: "regel rett\n  hjemmel pbrl § 2-5 c\n  når ukjent_navn\n")
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path], stdin: "{\"fakta\": {}}\n")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr.contains("feil[R"))
        #expect(!result.stderr.contains("saker på"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFailedWriteStopsTheRunWithExitOne() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--ut", "/dev/full"],
                                       stdin: String(repeating: "{\"fakta\": {}}\n", count: 10))
        #expect(result.exitCode == 1)
        #expect(result.stderr == "regel: kan ikke skrive svarene: No space left on device\n")
    }

    @Test func anUnknownRuleIsAnErrorBeforeAnythingRuns() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["batch", url.appendingPathComponent("regler").path, "--regel", "ret"], stdin: "{\"fakta\": {}}\n")
        #expect(result.exitCode == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "regel: ingen regel heter «ret»; mente du «rett»?\n")
    }
}

/// The progress line: only when standard error is a terminal, overwritten with `\r`, cleared at the end.
@Suite struct BatchProgressTests {
    @Test func progressIsShownOnATerminalAndClearedBeforeTheSummary() throws {
        let url = try BatchCommandTests.folder()
        let input = url.appendingPathComponent("saker.jsonl")
        try String(repeating: "{\"fakta\": {\"alder\": 3}}\n", count: 10_000).write(to: input, atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["batch", url.appendingPathComponent("regler").path, "--inn", input.path, "--ut", "/dev/null"]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = terminal.follower
        try process.run()
        let shown = terminal.read(until: "ikke i kraft 0")
        ReplCommandTests.waitForExit(process)
        #expect(process.terminationStatus == 0)
        #expect(shown.hasPrefix("\r4096 saker, 0 med feil …\r8192 saker, 0 med feil …\r10000 saker, 0 med feil …\r\u{1B}[K10000 saker på "), "\(shown.debugDescription)")
    }
}
