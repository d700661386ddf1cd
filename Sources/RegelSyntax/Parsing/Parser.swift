/// A recursive-descent parser for one Regel file.
///
/// The layout rule: a declaration starts in column 1, its clauses are on the
/// lines below, indented; an expression ends at the end of its line unless a
/// bracket is open. Errors are recorded and the parser skips to the next
/// clause or declaration; while it recovers, follow-on errors are suppressed.
public struct Parser {
    /// Deepest nesting of expressions and vilkår lists.
    public static let maxDepth = 200
    /// Most errors reported for one file before the rest are summarised.
    public static let maxErrors = 10_000
    /// Largest file read, in bytes.
    public static let maxFileSize = 8 * 1024 * 1024

    let file: SourceFile
    var tokens: [Token]
    var position = 0
    var diagnostics: [Diagnostic] = []
    var errorCount = 0
    var recovering = false
    var depth = 0
    /// For each open bracket, the indentation of the line it opened on;
    /// inside brackets a line must be indented deeper to continue.
    var openBrackets: [Int] = []
    var nextNodeID = 0
    /// The token that opens the line being read as a clause; it may be
    /// consumed although it stands at a line start.
    var lineOpener = -1

    init(file: SourceFile) {
        self.file = file
        self.tokens = Lexer.tokenize(file)
    }

    /// Parses `file`, returning declarations and all diagnostics.
    public static func parse(_ file: SourceFile) -> SyntaxTree {
        if file.bytes.count > maxFileSize {
            let message = ParsingMessages.fileTooLarge(bytes: file.bytes.count, limit: maxFileSize)
            return SyntaxTree(file: file, declarations: [], diagnostics: [Diagnostic(.fileTooLarge, message, file: file, range: .at(0))])
        }
        if let offset = Latin1Detection.firstLatin1Byte(file.bytes) {
            let message = LexingMessages.latin1(word: Latin1Detection.word(at: offset, in: file.bytes))
            return SyntaxTree(file: file, declarations: [],
                              diagnostics: [Diagnostic(.invalidUTF8, message, file: file, range: SourceRange(start: offset, end: offset + 1))])
        }
        var parser = Parser(file: file)
        let declarations = parser.parseFile()
        return SyntaxTree(file: file, declarations: declarations, diagnostics: parser.diagnostics)
    }

    // MARK: Looking at tokens

    var current: Token { tokens[position] }
    var previous: Token { tokens[max(0, position - 1)] }

    func peek(_ offset: Int = 1) -> Token { tokens[min(position + offset, tokens.count - 1)] }

    func at(_ kind: TokenKind) -> Bool { current.kind == kind && !endsLine }
    func at(_ keyword: Keyword) -> Bool { at(.keyword(keyword)) }

    /// True when the current token starts a new line outside brackets: the
    /// expression or clause being read has ended.
    var endsLine: Bool {
        if current.kind == .endOfFile { return true }
        if position == lineOpener { return false }
        guard current.atLineStart, let opener = openBrackets.last else { return current.atLineStart }
        // Inside brackets a line goes on when it is indented deeper, or closes the bracket at the opener's indentation.
        let closes = current.kind == .rightParen || current.kind == .rightBracket || current.kind == .rightBrace
        return closes ? current.lineIndent < opener || current.lineIndent == 0 : current.lineIndent <= opener
    }

    /// Lets the first token of the current line be read as part of a clause.
    mutating func openLine() { lineOpener = position }

    /// True at a line start that is a new declaration (column 1).
    var atDeclarationStart: Bool { current.kind == .endOfFile || (current.atLineStart && current.lineIndent == 0) }

    func text(_ token: Token) -> String { file.text(token.range) }

    // MARK: Consuming tokens

    /// Moves past the current token, reporting any problem the lexer found in it.
    mutating func advance() {
        guard current.kind != .endOfFile else { return }
        for issue in current.problems { record(LexingMessages.diagnostic(for: issue, in: file)) }
        position += 1
    }

    /// Consumes the current token if it is `kind` on the current line.
    @discardableResult
    mutating func eat(_ kind: TokenKind) -> Bool {
        guard at(kind) else { return false }
        advance()
        return true
    }

    @discardableResult
    mutating func eat(_ keyword: Keyword) -> Bool { eat(.keyword(keyword)) }

    /// Consumes `kind` or reports what was expected while reading `context`.
    @discardableResult
    mutating func expect(_ kind: TokenKind, _ what: String, in context: String) -> Token? {
        if at(kind) {
            let token = current
            advance()
            return token
        }
        reportExpected(what, in: context)
        return nil
    }

    mutating func makeID() -> NodeID {
        nextNodeID += 1
        return NodeID(rawValue: nextNodeID)
    }

    // MARK: Reporting and recovery

    mutating func record(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .error {
            errorCount += 1
            if errorCount == Parser.maxErrors + 1 {
                diagnostics.append(Diagnostic(.tooManyErrors, ParsingMessages.tooManyErrors(Parser.maxErrors), file: file, range: diagnostic.range))
            }
            if errorCount > Parser.maxErrors { return }
        }
        diagnostics.append(diagnostic)
    }

    /// Reports a parse error unless one is already being recovered from.
    mutating func report(_ code: DiagnosticCode, _ message: String, at range: SourceRange,
                         notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        guard !recovering else { return }
        recovering = true
        // A character that forms no token is reported by the lexer's own message when it is passed.
        if current.kind == .invalid && range == current.range { return }
        record(Diagnostic(code, message, file: file, range: range, notes: notes, fix: fix))
    }

    /// "forventet X i Y, fant Z", pointing at the token that was found, or
    /// at the end of the line when the line stopped too early.
    mutating func reportExpected(_ what: String, in context: String, code: DiagnosticCode = .expectedToken) {
        if endsLine {
            let end = previous.range.end
            report(code, ParsingMessages.expected(what, in: context, found: current.kind == .endOfFile ? ParsingMessages.Found.endOfFile : ParsingMessages.Found.endOfLine),
                   at: .at(end))
        } else {
            report(code, ParsingMessages.expected(what, in: context, found: describe(current)), at: current.range)
        }
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .endOfFile: return ParsingMessages.Found.endOfFile
        case .string: return ParsingMessages.Found.text(text(token))
        case .textBlock: return ParsingMessages.Found.textBlock
        case .number: return ParsingMessages.Found.number(text(token))
        case .date: return ParsingMessages.Found.date(text(token))
        case .keyword(let keyword): return ParsingMessages.Found.word(keyword.rawValue)
        default: return ParsingMessages.Found.quoted(text(token))
        }
    }

    /// Skips the rest of the current line (and lines indented under nothing
    /// readable), ending recovery at the next line start.
    mutating func skipLine() {
        while !endsLine { advance() }
        recovering = false
    }

    /// Skips to the next line that starts in column 1.
    mutating func skipToDeclaration() {
        while !atDeclarationStart { advance() }
        recovering = false
    }

    /// Reports tokens left on a line after a complete clause.
    mutating func expectLineEnd(after context: String) {
        guard !endsLine else { return }
        report(.trailingTokens, ParsingMessages.trailing(describe(current), after: context), at: current.range)
        skipLine()
    }
}
