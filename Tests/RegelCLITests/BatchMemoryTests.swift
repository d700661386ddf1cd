import Foundation
import Testing

/// `regel batch` streams: 300,000 lines (about 58 MB) generated while they are written to its
/// standard input, and its output counted as it comes, never stored. Its peak resident memory,
/// which it reports in the summary, must stay far below the size of the input.
@Suite struct BatchMemoryTests {
    static let lineCount = 300_000
    /// Every line is padded with blanks (cheap to skip) to about 195 bytes, so the input is large
    /// while the work per line stays small enough for a debug build.
    static let padding = String(repeating: " ", count: 150) + "\n"
    static func line(_ number: Int) -> String {
        #"{"id":\#(number),"fakta":{"alder":\#(number % 30),"syk":true}}"# + padding
    }

    @Test func aLargeStreamIsAnsweredInBoundedMemory() throws {
        let url = try BatchCommandTests.folder()
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["batch", url.appendingPathComponent("regler").path, "--regel", "rett"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let written = DataBox()
        let writer = Thread {
            var chunk = "", total = 0
            for number in 1...Self.lineCount {
                chunk += Self.line(number)
                if number % 1000 == 0 {
                    total += chunk.utf8.count
                    input.fileHandleForWriting.write(Data(chunk.utf8))
                    chunk = ""
                }
            }
            try? input.fileHandleForWriting.close()
            written.count = total
        }
        writer.start()
        let errorBox = DataBox()
        let errorReader = Thread { errorBox.data = errors.fileHandleForReading.readDataToEndOfFile(); errorBox.done.signal() }
        errorReader.start()
        var records = 0, bytes = 0, lastLine = Data()
        while true {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            bytes += data.count
            records += data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            if let newline = data.dropLast().lastIndex(of: 0x0A) { lastLine = data[(newline + 1)...] } else { lastLine += data }
        }
        errorBox.done.wait()
        process.waitUntilExit()
        let stderr = String(decoding: errorBox.data, as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(records == Self.lineCount)
        #expect(String(decoding: lastLine, as: UTF8.self).hasPrefix(#"{"linje":300000,"id":300000,"#))
        #expect(stderr.contains("300000 saker på"))
        #expect(stderr.contains("rett: ja 180000, nei 120000, ukjent 0, ikke i kraft 0"))
        let inputBytes = written.count
        #expect(inputBytes > 55_000_000 && bytes > 35_000_000)
        let peak = try #require(stderr.components(separatedBy: "høyeste minnebruk: ").last.flatMap { Int($0.prefix { $0.isNumber }) })
        // The process itself takes about 30 MB; holding the input (or the output) would add 35–58 MB.
        #expect(peak < 48, "peak \(peak) MB for \(inputBytes / 1_000_000) MB of input")
    }
}
