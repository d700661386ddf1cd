import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Reading input: lines from a file descriptor, a folder of case files, stopping at an error, and
/// the bound on what is held in memory.
@Suite struct BatchInputTests {
    /// Runs `runner` over `bytes` fed through a pipe by another thread.
    static func runPiped(_ runner: BatchRunner, _ bytes: [UInt8]) -> (String, BatchSummary) {
        let pipe = Pipe()
        let writer = Thread {
            pipe.fileHandleForWriting.write(Data(bytes))
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var output = ""
        let summary = runner.run(fileHandle: pipe.fileHandleForReading) { output += $0 }
        return (output, summary)
    }

    static func lineNumbers(_ output: String) -> [String] {
        output.split(separator: "\n").map { parseRecord($0)["linje"].map { "\($0)" } ?? "?" }
    }

    @Test func crlfAFinalLineWithoutNewlineAndBlankLinesAreLines() throws {
        let runner = try BatchFixture.runner { $0.rules = ["rett"] }
        let input = "{\"fakta\": {\"alder\": 3, \"syk\": true}}\r\n\n{\"fakta\": {}}\r\n   \n{\"fakta\": {\"syk\": false}}"
        let (output, summary) = Self.runPiped(runner, Array(input.utf8))
        let records = output.split(separator: "\n").map { parseRecord($0) }
        #expect(records.count == 5)
        #expect(records.map { $0["linje"] } == (1...5).map { .number(String($0)) })
        #expect(records.map { $0["feil"] == nil } == [true, false, true, false, true])
        #expect(summary.rules[0] == BatchSummary.RuleCounts(rule: "rett", ja: 1, nei: 1, ukjent: 1))
        #expect(summary.readError == nil)
    }

    @Test func emptyInputGivesNoRecords() throws {
        let (output, summary) = Self.runPiped(try BatchFixture.runner(), [])
        #expect(output == "")
        #expect(summary.lines == 0)
    }

    @Test func aLineLongerThanTheLimitIsAnErrorRecordAndReadingGoesOn() throws {
        let runner = try BatchFixture.runner { options in
            options.rules = ["rett"]
            options.maxLineBytes = 100
        }
        let long = #"{"fakta": {"navn": ""# + String(repeating: "x", count: 5000) + #""}}"#
        let input = "{\"fakta\": {}}\n\(long)\n{\"fakta\": {\"syk\": true, \"alder\": 1}}\n"
        let (output, _) = Self.runPiped(runner, Array(input.utf8))
        let records = output.split(separator: "\n").map { parseRecord($0) }
        #expect(records.count == 3)
        #expect(output.split(separator: "\n")[1] == #"{"linje":2,"regelsett":"\#(BatchFixture.program.fingerprint)","feil":[{"kode":"R0601","sti":"$","melding":"linjen er lengre enn 100 byte og er ikke lest"}]}"#)
        #expect(records[2]["resultater"] == .array([.object([("regel", .string("rett")), ("verdi", .bool(true)), ("i_kraft", .bool(true))])]))
    }

    @Test func stopOnErrorWritesTheErrorRecordAndNothingAfter() throws {
        let runner = try BatchFixture.runner { options in
            options.stopOnError = true
            options.chunkSize = 3
            options.jobs = 2
        }
        let lines = (1...10).map { $0 == 5 || $0 == 8 ? "oops" : #"{"fakta": {}}"# }
        let (output, summary) = BatchFixture.run(runner, lines)
        #expect(Self.lineNumbers(output) == ["1", "2", "3", "4", "5"].map { "number(\"\($0)\")" })
        #expect(output.split(separator: "\n").last?.contains(#""feil""#) == true)
        #expect(summary.lines == 5)
        #expect(summary.errorLines == 1)
        #expect(summary.stoppedAtError)
    }

    @Test func aFolderOfCasesIsReadInNameOrderWithFileNamesAsIds() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "b.json": "{\n  \"id\": \"ignored\",\n  \"fakta\": {\"alder\": 2, \"syk\": true}\n}\n",
            "a.json": #"{"vurderingsdato": "2024-05-01", "fakta": {"syk": false}}"#,
            "c.json": "{\n  \"fakta\": {\n    \"syk\": tru\n  }\n}",
            "notes.txt": "not a case",
            "d.json": "",
        ]
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let runner = try BatchFixture.runner { $0.rules = ["rett"] }
        var output = ""
        let summary = try runner.run(caseFolder: folder.path) { output += $0 }
        let fingerprint = BatchFixture.program.fingerprint
        #expect(output == """
        {"linje":1,"id":"a.json","regelsett":"\(fingerprint)","vurderingsdato":"2024-05-01","resultater":[{"regel":"rett","verdi":false,"i_kraft":true}]}
        {"linje":2,"id":"b.json","regelsett":"\(fingerprint)","vurderingsdato":"2024-01-01","resultater":[{"regel":"rett","verdi":true,"i_kraft":true}]}
        {"linje":3,"id":"c.json","regelsett":"\(fingerprint)","feil":[{"kode":"R0601","sti":"$.fakta[\\"syk\\"]","melding":"ugyldig JSON på linje 3, kolonne 12: ugyldig JSON-verdi"}]}
        {"linje":4,"id":"d.json","regelsett":"\(fingerprint)","feil":[{"kode":"R0601","sti":"$","melding":"filen er tom"}]}

        """)
        #expect(summary.lines == 4)
    }

    @Test func atMostTwoChunksAreHeldAndNoWriteIsMoreThanASlice() throws {
        let runner = try BatchFixture.runner { options in
            options.rules = ["rett"]
            options.chunkSize = 500
            options.jobs = 2
        }
        // Generated as they are read, never stored: 20,000 lines.
        let lines = (1...20_000).lazy.map { #"{"id": \#($0), "fakta": {"alder": \#($0 % 30), "syk": true}}"# }
        var writes = 0, largest = 0, total = 0
        let summary = runner.run(lines: lines) { text in
            writes += 1
            largest = max(largest, text.utf8.count)
            total += text.utf8.count
        }
        #expect(summary.lines == 20_000)
        #expect(summary.peakChunksInFlight == 2)
        // 40 chunks of 500 lines, each in 2 × 8 slices of 31 or 32 records.
        #expect(writes == 640)
        // One record is under 160 bytes, so a write never holds more than one slice's records.
        #expect(largest <= 32 * 160)
        #expect(total > 20_000 * 100)
        // alder = n % 30 is under 18 for 18 of every 30 lines (11,988), and for 17 of the last 20.
        #expect(summary.rules[0] == BatchSummary.RuleCounts(rule: "rett", ja: 12_005, nei: 7_995))
    }
}

/// `LineReader` with a tiny buffer, so lines cross buffer boundaries in every possible way.
@Suite struct LineReaderTests {
    @Test(arguments: [1, 2, 7, 64] as [Int])
    func linesAreSplitTheSameWhateverTheBufferSize(bufferSize: Int) throws {
        var random = SplitMix(seed: UInt64(bufferSize))
        let lines = (0..<300).map { _ in String(repeating: random.pick(["a", "ø", "\r", " "]), count: random.below(20)) }
        let text = lines.joined(separator: "\n") + (random.below(2) == 0 ? "\n" : "")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("regel-lines-\(UUID().uuidString)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, maxLineBytes: 30, bufferSize: bufferSize)
        var read: [String] = []
        while let item = reader.next() { read.append(item.problem == nil ? String(decoding: item.bytes, as: UTF8.self) : "<lang>") }
        // Expected: split on \n, one \r dropped at the end of a line, lines over 30 bytes reported.
        let expected = lines.map { line -> String in
            let trimmed = line.utf8.last == 0x0D ? String(decoding: line.utf8.dropLast(), as: UTF8.self) : line
            return line.utf8.count > 30 ? "<lang>" : trimmed
        }
        #expect(read == expected)
    }
}
