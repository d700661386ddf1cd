/// The canonical layout of one file, built from its tokens and their trivia (see `RegelFormatter`).
struct Layout {
    /// One line of the file as read.
    struct SourceLine {
        /// Blanks before the first token.
        var indent = 0
        /// The tokens that start on this line.
        var tokens: [Int] = []
        /// A `#` comment on the line, without trailing blanks.
        var comment: String?
        /// The line lies inside a token begun on a line above (a text block).
        var insideToken = false
    }

    let file: SourceFile
    let tokens: [Token]
    var lines: [SourceLine]

    init(file: SourceFile) {
        self.file = file
        tokens = Lexer.tokenize(file)
        lines = Array(repeating: SourceLine(), count: file.lineCount)
        for (index, token) in tokens.enumerated() {
            recordComment(in: token.triviaStart..<token.range.start)
            guard token.kind != .endOfFile else { continue }
            let first = file.line(of: token.range.start) - 1
            lines[first].tokens.append(index)
            let last = file.line(of: max(token.range.start, token.range.end - 1)) - 1
            if last > first { for line in (first + 1)...last { lines[line].insideToken = true } }
        }
        for line in lines.indices where !lines[line].insideToken {
            var offset = file.lineStart(line + 1)
            while offset < file.bytes.count && file.bytes[offset] == UInt8(ascii: " ") { offset += 1 }
            lines[line].indent = offset - file.lineStart(line + 1)
        }
    }

    mutating func recordComment(in trivia: Range<Int>) {
        var offset = trivia.lowerBound
        while offset < trivia.upperBound {
            guard file.bytes[offset] == UInt8(ascii: "#") else { offset += 1; continue }
            var end = offset
            while end < trivia.upperBound && file.bytes[end] != 0x0A && file.bytes[end] != 0x0D { end += 1 }
            var trimmed = end
            while trimmed > offset && (file.bytes[trimmed - 1] == 0x20 || file.bytes[trimmed - 1] == 0x09) { trimmed -= 1 }
            lines[file.line(of: offset) - 1].comment = String(decoding: file.bytes[offset..<trimmed], as: UTF8.self)
            offset = end
        }
    }

    /// Two spaces per level for every line that starts with a token; a deeper line than the one
    /// above opens a level, a shallower one closes the levels deeper than itself. Every other line
    /// gets the indentation of the code below it (0 at the end), which is where a comment of its own goes.
    func indents() -> [Int] {
        var stack: [Int] = []
        var result = Array(repeating: 0, count: lines.count)
        var isCode = Array(repeating: false, count: lines.count)
        for (number, line) in lines.enumerated() where !line.insideToken && !line.tokens.isEmpty {
            while let top = stack.last, top > line.indent { stack.removeLast() }
            if stack.last != line.indent { stack.append(line.indent) }
            result[number] = 2 * (stack.count - 1)
            isCode[number] = true
        }
        var below = 0
        for number in result.indices.reversed() {
            if isCode[number] { below = result[number] } else { result[number] = below }
        }
        return result
    }

    /// The formatted text, or nil when a text block cannot move to its new indentation.
    func render() -> String? {
        let indents = indents()
        var output: [String] = []
        var blankPending = false
        for (number, line) in lines.enumerated() where !line.insideToken {
            if line.tokens.isEmpty && line.comment == nil {
                blankPending = !output.isEmpty
                continue
            }
            if blankPending { output.append("") }
            blankPending = false
            if line.tokens.isEmpty, let comment = line.comment {
                output.append(String(repeating: " ", count: indents[number]) + comment)
                continue
            }
            guard let rendered = render(line, indent: indents[number]) else { return nil }
            output += rendered
        }
        return output.isEmpty ? "" : output.joined(separator: "\n") + "\n"
    }

    /// One line of code; more than one when it holds a text block.
    func render(_ line: SourceLine, indent: Int) -> [String]? {
        var rendered: [String] = []
        var current = String(repeating: " ", count: indent)
        var lastLine = 0
        for (position, index) in line.tokens.enumerated() {
            let token = tokens[index]
            if position > 0 { current += Layout.spacing(tokens[line.tokens[position - 1]], token) }
            let text = file.text(token.range)
            let parts = Layout.splitLines(text)
            current += parts[0]
            if parts.count > 1 {
                // A text block: its lines move with the line it starts on, and keep their text.
                let shift = indent - line.indent
                for part in parts.dropFirst() {
                    rendered.append(current)
                    guard let moved = Layout.shift(part, by: shift) else { return nil }
                    current = moved
                }
            }
            lastLine = file.line(of: max(token.range.start, token.range.end - 1)) - 1
        }
        if let comment = lines[lastLine].comment { current += " " + comment }
        rendered.append(current)
        return rendered
    }

    static func splitLines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// A line of a text block moved right or left; a blank line becomes empty.
    static func shift(_ line: String, by shift: Int) -> String? {
        guard line.contains(where: { $0 != " " }) else { return "" }
        if shift >= 0 { return String(repeating: " ", count: shift) + line }
        guard line.prefix(-shift).allSatisfy({ $0 == " " }) else { return nil }
        return String(line.dropFirst(-shift))
    }

    static let opening: Set<TokenKind> = [.leftParen, .leftBracket, .leftBrace]
    static let closing: Set<TokenKind> = [.rightParen, .rightBracket, .rightBrace, .comma, .colon]
    static let comparisons: Set<TokenKind> = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]

    /// What goes between two tokens on one line.
    static func spacing(_ previous: Token, _ next: Token) -> String {
        if comparisons.contains(previous.kind) || comparisons.contains(next.kind) { return " " }
        if closing.contains(next.kind) || opening.contains(previous.kind) { return "" }
        if previous.kind == .comma || previous.kind == .colon { return " " }
        return previous.range.end < next.range.start ? " " : ""
    }
}

/// The declarations of a file with every position and node number left out, to compare what two
/// texts say.
enum SyntaxShape {
    static func of(_ declarations: [Declaration]) -> String {
        var text = ""
        for declaration in declarations { write(declaration, to: &text) }
        return text
    }

    static func write(_ value: Any, to text: inout String) {
        if value is SourceRange || value is NodeID || value is SourceFile { return }
        let mirror = Mirror(reflecting: value)
        guard !mirror.children.isEmpty else {
            text += "\(value);"
            return
        }
        text += "\(mirror.subjectType)("
        for child in mirror.children {
            text += (child.label ?? "") + ":"
            write(child.value, to: &text)
        }
        text += ")"
    }
}
