/// Turns a source file into tokens. Never stops early: every problem is
/// attached to the token it belongs to and reading goes on.
public struct Lexer {
    /// Longest identifier, in characters.
    public static let maxIdentifierLength = 128
    /// Most digits in one number.
    public static let maxNumberDigits = Number.maxDigits

    let file: SourceFile
    let bytes: [UInt8]
    var index = 0
    var pending: [LexIssue] = []
    var atLineStart = true
    var lineIndent = 0
    var lastKind: TokenKind = .endOfFile
    /// The end of the last token, where the next token's trivia starts.
    var lastEnd = 0
    /// Indentation of the logical line: continuation lines keep the indentation they continue.
    var logicalIndent = 0

    static let singleByteSymbols: [UInt8: TokenKind] = [
        UInt8(ascii: "("): .leftParen, UInt8(ascii: ")"): .rightParen, UInt8(ascii: "["): .leftBracket,
        UInt8(ascii: "]"): .rightBracket, UInt8(ascii: "{"): .leftBrace, UInt8(ascii: "}"): .rightBrace,
        UInt8(ascii: ","): .comma, UInt8(ascii: "."): .dot, UInt8(ascii: ":"): .colon,
        UInt8(ascii: "+"): .plus, UInt8(ascii: "-"): .minus, UInt8(ascii: "*"): .star,
        UInt8(ascii: "/"): .slash, UInt8(ascii: "="): .equal,
    ]
    /// `≠ ≤ ≥` by the last byte of their UTF-8 form (E2 89 xx).
    static let mathSymbols: [UInt8: TokenKind] = [0xA0: .notEqual, 0xA4: .lessEqual, 0xA5: .greaterEqual]

    /// A line ending in one of these continues on the next indented line.
    static let continuing: Set<TokenKind> = [
        .keyword(.og), .keyword(.eller), .keyword(.ikke), .keyword(.der), .plus, .minus, .star, .slash,
        .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .comma,
    ]

    init(file: SourceFile) {
        self.file = file
        self.bytes = file.bytes
    }

    /// All tokens of `file`, ending with `.endOfFile`.
    public static func tokenize(_ file: SourceFile) -> [Token] {
        var lexer = Lexer(file: file)
        var tokens: [Token] = []
        tokens.reserveCapacity(file.bytes.count / 4 + 1)
        lexer.measureIndentation()
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfFile { return tokens }
        }
    }

    mutating func next() -> Token {
        skipTrivia()
        let start = index
        guard index < bytes.count else { return make(.endOfFile, from: start) }
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return lexNumberDateOrDuration()
        case UInt8(ascii: "\""): return lexStringOrTextBlock()
        default: break
        }
        if let kind = lexSymbol() { return make(kind, from: start) }
        if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAB, let token = lexGuillemets() { return token }
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        if let scalar, UTF8Scalar.isIdentifierStart(scalar) { return lexIdentifier() }
        index += length
        return lexGarbage(from: start, first: scalar)
    }

    mutating func make(_ kind: TokenKind, from start: Int) -> Token {
        let continues = atLineStart && lineIndent > logicalIndent && Lexer.continuing.contains(lastKind)
        if atLineStart && !continues { logicalIndent = lineIndent }
        var token = Token(kind: kind, range: SourceRange(start: start, end: index), atLineStart: atLineStart && !continues,
                          lineIndent: logicalIndent, triviaStart: lastEnd)
        lastKind = kind
        lastEnd = index
        token.problems = pending
        pending.removeAll()
        atLineStart = false
        return token
    }

    mutating func report(_ problem: LexProblem, _ start: Int, _ end: Int) {
        pending.append(LexIssue(problem: problem, range: SourceRange(start: start, end: end)))
    }

    // MARK: Trivia and layout

    /// Skips blanks, line breaks and comments, tracking where lines start.
    mutating func skipTrivia() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A, 0x0D:
                index += 1
                atLineStart = true
                measureIndentation()
            case UInt8(ascii: " "), 0x09:
                index += 1
            case UInt8(ascii: "#"):
                skipComment()
            default:
                return
            }
        }
    }

    private func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == 0x09 }

    /// Reads the blanks that open a line; a tab there is reported because
    /// its width would be a guess.
    mutating func measureIndentation() {
        var width = 0
        while index < bytes.count && isBlank(bytes[index]) {
            if bytes[index] == 0x09 { report(.tabInIndentation, index, index + 1) }
            width += 1
            index += 1
        }
        lineIndent = width
    }

    mutating func skipComment() {
        while index < bytes.count && bytes[index] != 0x0A && bytes[index] != 0x0D {
            checkScalarInText()
        }
    }

    /// Advances over one scalar inside a comment or string, reporting the
    /// bytes that must never appear in a source file.
    mutating func checkScalarInText() {
        let start = index
        let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
        index += length
        guard let scalar else { return report(.invalidUTF8, start, index) }
        if scalar.value == 0 { report(.nulByte, start, index) }
        else if UTF8Scalar.isBidiControl(scalar) { report(.bidiControl, start, index) }
    }

    // MARK: Names and symbols

    mutating func lexIdentifier() -> Token {
        let start = index
        var characters = 0
        while index < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            guard let scalar, UTF8Scalar.isIdentifierContinue(scalar) else { break }
            index += length
            characters += 1
        }
        if characters > Lexer.maxIdentifierLength { report(.identifierTooLong(characters), start, index) }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let keyword = Keyword.byText[text] { return make(.keyword(keyword), from: start) }
        return make(.identifier, from: start)
    }

    mutating func lexSymbol() -> TokenKind? {
        let byte = bytes[index]
        let nextByte: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch (byte, nextByte) {
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): index += 2; return .notEqual
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): index += 2; return .lessEqual
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): index += 2; return .greaterEqual
        case (UInt8(ascii: "<"), _): index += 1; return .less
        case (UInt8(ascii: ">"), _): index += 1; return .greater
        case (0xC2, 0xA7): index += 2; return .section
        default: break
        }
        if let kind = Lexer.singleByteSymbols[byte] { index += 1; return kind }
        if byte == 0xE2 && nextByte == 0x89 && index + 2 < bytes.count {
            if let kind = Lexer.mathSymbols[bytes[index + 2]] { index += 3; return kind }
        }
        return nil
    }

    /// Gathers a run of characters that start no token into one invalid
    /// token, so random bytes give one problem per run, not one per byte.
    mutating func lexGarbage(from start: Int, first: Unicode.Scalar?) -> Token {
        let problem = classify(first, start: start)
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 && (isBlank(byte) || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "#")) { break }
            let saved = index
            if byte < 0x80, lexSymbol() != nil { index = saved; break }
            let (scalar, length) = UTF8Scalar.decode(bytes, at: index)
            if let scalar, UTF8Scalar.isIdentifierStart(scalar) || (byte >= 0x30 && byte <= 0x39) || byte == 0x22 { break }
            index += length
        }
        report(problem, start, index)
        return make(.invalid, from: start)
    }

    private func classify(_ scalar: Unicode.Scalar?, start: Int) -> LexProblem {
        guard let scalar else { return .invalidUTF8 }
        if scalar.value == 0 { return .nulByte }
        if UTF8Scalar.isBidiControl(scalar) { return .bidiControl }
        return .unexpectedCharacter(String(Character(scalar)))
    }
}
