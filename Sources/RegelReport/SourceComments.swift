import Foundation
import Regel

/// What the comments in a rule file say about a declaration: the `#` lines directly above it are
/// its description, and any line that says `[uavklart]` is an open point.
package enum SourceComments {
    /// The `#` lines directly above `line` (1-based), without the `#`, top to bottom. A line of
    /// only dashes or a heading over a block of declarations is not part of a description, and a
    /// blank line ends it.
    package static func above(line: Int, in file: SourceFile) -> [String] {
        var lines: [String] = []
        var current = line - 1
        while current >= 1 {
            let text = file.lineText(current).trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("#") else { break }
            let body = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
            if body.allSatisfy({ $0 == "-" || $0 == "=" }) { break }
            lines.insert(body, at: 0)
            current -= 1
        }
        return lines
    }

    /// The description above a declaration as one paragraph.
    package static func description(line: Int, in file: SourceFile) -> String? {
        let lines = above(line: line, in: file)
        return lines.isEmpty ? nil : lines.joined(separator: " ")
    }

    /// The marker of an open legal question in the rule library (rules/README.md).
    package static let openMarker = "[uavklart"

    /// The lines of `text` that carry the `[uavklart]` marker, trimmed and without a leading `#`.
    package static func openPoints(in text: String) -> [String] {
        text.split(separator: "\n").map { line in
            var trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("#") { trimmed = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces) }
            return trimmed
        }.filter { $0.contains(openMarker) }
    }
}
