import Foundation
import Testing

/// The examples in docs/diff.md, docs/hva-skal-til.md, docs/veiledning.md and docs/referanse.md,
/// run as they stand: in a scratch folder with a copy of rules/, each block with «fil=NAVN» in its
/// info («```json fil=sak.json», «```regel kjør fil=a.regel») is written to that file, each «```sh»
/// block is run with /bin/sh (with the built `regel` first in PATH), and the output of an «```sh»
/// block followed by an «```utdata» block must be that block exactly.
/// With REGEL_OPPDATER_GOLDEN=1 the utdata blocks are written anew; review the diff before committing.
@Suite struct DocumentedCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Block {
        let info: String
        let body: String
    }

    /// The fenced blocks of a markdown text, in order.
    static func blocks(in markdown: String) -> [Block] {
        var result: [Block] = []
        var current: (info: String, lines: [String])?
        for line in markdown.components(separatedBy: "\n") {
            if let open = current {
                if line == "```" {
                    result.append(Block(info: open.info, body: open.lines.map { $0 + "\n" }.joined()))
                    current = nil
                } else {
                    current?.lines.append(line)
                }
            } else if line.hasPrefix("```") {
                current = (String(line.dropFirst(3)), [])
            }
        }
        return result
    }

    static func shell(_ script: String, in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = CLIRunner.executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(arguments: ["docs/diff.md", "docs/hva-skal-til.md", "docs/veiledning.md", "docs/referanse.md"])
    func examplesRunAsShown(path: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-dok-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("rules"), to: folder.appendingPathComponent("rules"))
        var markdown = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        let blocks = Self.blocks(in: markdown)
        var compared = 0
        for (index, block) in blocks.enumerated() {
            if let name = block.info.split(separator: " ").first(where: { $0.hasPrefix("fil=") })?.dropFirst(4) {
                try block.body.write(to: folder.appendingPathComponent(String(name)), atomically: true, encoding: .utf8)
            } else if block.info == "sh" {
                let (status, output) = try Self.shell(block.body, in: folder)
                guard index + 1 < blocks.count, blocks[index + 1].info == "utdata" else {
                    #expect(status == 0, "\(path): «\(block.body)» failed")
                    continue
                }
                if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
                    markdown = markdown.replacingOccurrences(of: "```sh\n" + block.body + "```\n\n```utdata\n" + blocks[index + 1].body,
                                                             with: "```sh\n" + block.body + "```\n\n```utdata\n" + output)
                } else {
                    #expect(output == blocks[index + 1].body, "\(path): the output of «\(block.body)» is not as shown")
                }
                compared += 1
            }
        }
        #expect(compared >= 1, "\(path) has no example with output")
        if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
            try markdown.write(to: Self.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
    }
}
