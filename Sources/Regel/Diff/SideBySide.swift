/// Two texts in two columns, for the old and the new explanation of one decision: each side's
/// lines wrapped at `width` characters, the columns parted by ` │ `.
enum SideBySide {
    static func render(left: String, right: String, headings: (String, String), width: Int) -> [String] {
        let leftLines = [headings.0] + wrap(left, width: width), rightLines = [headings.1] + wrap(right, width: width)
        return (0..<max(leftLines.count, rightLines.count)).map { row in
            let leftText = row < leftLines.count ? leftLines[row] : ""
            let rightText = row < rightLines.count ? rightLines[row] : ""
            let padded = leftText + String(repeating: " ", count: max(0, width - leftText.count))
            return (padded + " │ " + rightText).trimmingTrailingBlanks()
        }
    }

    /// Lines longer than `width` broken into pieces, the continuation indented like the line.
    static func wrap(_ text: String, width: Int) -> [String] {
        var result: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var rest = Substring(line)
            let indent = String(repeating: " ", count: min(rest.prefix { $0 == " " }.count + 2, width / 2))
            var first = true
            while true {
                let room = first ? width : width - indent.count
                guard rest.count > room else {
                    result.append(first ? String(rest) : indent + rest)
                    break
                }
                // At the last blank that leaves at least a third of the line, else in the middle of a word.
                var cut = rest.index(rest.startIndex, offsetBy: room)
                if let blank = rest[..<cut].lastIndex(of: " "), rest.distance(from: rest.startIndex, to: blank) > room / 3 {
                    cut = blank
                }
                result.append(first ? String(rest[..<cut]) : indent + rest[..<cut])
                rest = rest[cut...].drop { $0 == " " }
                first = false
            }
        }
        return result
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
