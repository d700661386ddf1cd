import RegelSyntax

/// The source of one file as tokens, so that two declarations can be compared by what they say and
/// not by how they are laid out: comments, blank lines and indentation do not count as changes.
struct NormalizedSource {
    let file: SourceFile
    private let tokens: [Token]

    init(_ file: SourceFile) {
        self.file = file
        self.tokens = Lexer.tokenize(file).filter { $0.kind != .endOfFile }
    }

    /// A part of a declaration: the tokens to compare, and the text to show.
    struct Part: Equatable {
        /// The tokens, each with its blanks collapsed, parted by a character no token holds.
        let key: String
        /// The tokens as written, with one space wherever the source has blanks or a comment.
        let shown: String

        static func == (lhs: Part, rhs: Part) -> Bool { lhs.key == rhs.key }
    }

    /// The tokens inside `range` (a text block's indentation is layout too, so blanks in a token
    /// are collapsed).
    func text(_ range: SourceRange) -> Part {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.start < range.start { low = middle + 1 } else { high = middle }
        }
        var keys: [String] = []
        var shown = ""
        var index = low
        while index < tokens.count, tokens[index].range.end <= range.end {
            let token = tokens[index]
            let text = file.text(token.range).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !shown.isEmpty && token.triviaStart < token.range.start { shown += " " }
            shown += text
            keys.append(text)
            index += 1
        }
        return Part(key: keys.joined(separator: "\u{1}"), shown: shown)
    }

    /// Several ranges as one part, parted by `, `; nil when there are none.
    func text(_ ranges: [SourceRange]) -> Part? {
        guard !ranges.isEmpty else { return nil }
        let parts = ranges.map(text)
        return Part(key: parts.map(\.key).joined(separator: "\u{2}"), shown: parts.map(\.shown).joined(separator: ", "))
    }
}
