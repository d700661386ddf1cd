import Foundation

/// Files of the repository, found from this source file's path.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Files under `folder` whose names end with `suffix`, as paths relative to the root, sorted.
    static func files(in folder: String, endingWith suffix: String) -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.map { "\(folder)/\($0)" }.sorted()
    }

    /// The fenced code blocks of a Markdown text: info string and body.
    static func codeBlocks(in markdown: String) -> [(info: String, body: String, line: Int)] {
        var blocks: [(String, String, Int)] = []
        var current: (info: String, lines: [String], line: Int)?
        for (number, line) in markdown.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                if let open = current {
                    blocks.append((open.info, open.lines.joined(separator: "\n") + "\n", open.line))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), [], number + 1)
                }
            } else {
                current?.lines.append(line)
            }
        }
        return blocks
    }
}
