/// The value of a `"…"` string token, with escapes resolved.
enum StringLiteral {
    static func value(of token: String) -> String {
        var body = Substring(token.dropFirst())
        // `«…»` is read as a string too (after an error that says to write `"…"`).
        if body.hasSuffix("\"") || (token.hasPrefix("«") && body.hasSuffix("»")) { body = body.dropLast() }
        var result = ""
        var escaping = false
        for character in body {
            if escaping {
                switch character {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(character)
                }
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// The value of a `"""` text block: the lines between the delimiters, less
/// the closing delimiter's indentation.
enum TextBlock {
    static func value(of token: String) -> String {
        var lines = token.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard lines.count >= 2 else { return "" }
        let closing = lines.removeLast()
        lines.removeFirst()
        let indent = closing.prefix { $0 == " " || $0 == "\t" }.count
        return lines.map { line in
            let blanks = line.prefix { $0 == " " || $0 == "\t" }.count
            return String(line.dropFirst(min(indent, blanks)))
        }.joined(separator: "\n")
    }
}
