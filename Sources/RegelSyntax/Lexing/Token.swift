/// What a token is.
public enum TokenKind: Hashable, Sendable {
    case identifier
    case keyword(Keyword)
    case number          // 12 or 12,5
    case date            // 2022-08-01
    case duration        // 18 år, 6 måneder
    case string          // "…"
    case textBlock       // """ … """
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case comma, dot, colon, section
    case plus, minus, star, slash
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case invalid         // bytes that form no token; the problem says why
    case endOfFile
}

/// A lexical problem carried by the token it was found in.
public enum LexProblem: Hashable, Sendable {
    case invalidUTF8
    case nulByte
    case bidiControl
    case unexpectedCharacter(String)
    case unterminatedString
    case unterminatedTextBlock
    case invalidEscape(String)
    case impossibleDate(String)
    case decimalPoint(String)
    case tabInIndentation
    case identifierTooLong(Int)
    case numberTooLong
    case textBlockIndentation
    case durationTooLarge(String)
    case durationNotWhole(String)
    /// A date written the Norwegian way, `01.08.2024`, and the same date as `2024-08-01`.
    case dateWithDots(String, iso: String)
    /// A text in `«…»` rather than `"…"`.
    case guillemets(String)
    /// A number with a unit Regel has no type for: `4 km`, `300 kr`.
    case foreignUnit(String, unit: String)
}

/// A lexical problem and where it is.
public struct LexIssue: Hashable, Sendable {
    /// What is wrong.
    public let problem: LexProblem
    /// The bytes it concerns.
    public let range: SourceRange
}

/// One token, with its range, layout and any problem found while reading it.
public struct Token: Sendable, Hashable {
    /// What the token is.
    public var kind: TokenKind
    /// The token's bytes in the file, trivia excluded.
    public var range: SourceRange
    /// True for the first token on its line.
    public var atLineStart: Bool
    /// The character column (0-based) where the token's line starts its first token.
    public var lineIndent: Int
    /// Problems found while reading this token and the trivia before it, in order.
    public internal(set) var problems: [LexIssue] = []
    /// Where the blanks, line breaks and comments before this token start: the end of the token
    /// before it, or 0. The tokens and their trivia together are the file, byte for byte.
    public internal(set) var triviaStart: Int

    init(kind: TokenKind, range: SourceRange, atLineStart: Bool, lineIndent: Int, triviaStart: Int = 0) {
        self.kind = kind
        self.range = range
        self.atLineStart = atLineStart
        self.lineIndent = lineIndent
        self.triviaStart = triviaStart
    }

    /// The blanks, line breaks and comments before this token.
    public func leadingTrivia(in file: SourceFile) -> [TriviaPiece] {
        TriviaPiece.pieces(file.bytes[triviaStart..<range.start])
    }

    /// Equal when kind, range and line start are; problems and trivia are not compared.
    public static func == (lhs: Token, rhs: Token) -> Bool {
        lhs.kind == rhs.kind && lhs.range == rhs.range && lhs.atLineStart == rhs.atLineStart
    }
    /// Hashes kind and range.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(range)
    }

    func isKeyword(_ keyword: Keyword) -> Bool { kind == .keyword(keyword) }
}
