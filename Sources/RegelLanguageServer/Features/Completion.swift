import Regel

/// `textDocument/completion`: what may be written where the cursor is — the keywords valid there,
/// the names in scope (facts, vurderinger, rules, quantifier variables), fields after a dot,
/// enumeration values after `=` where the other side is an enumeration, and built-in functions
/// with their parameters as a snippet when the client takes snippets.
extension LanguageServer {
    func completion(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let offset = try context.offset(params)
        let site = CompletionSite(context: context, offset: offset)
        let items = site.isInsideTextOrComment ? [] : CompletionItems(context: context, site: site, snippets: snippets, markdown: completionMarkdown).all()
        return .object(["isIncomplete": .bool(false), "items": .array(items)])
    }
}

/// Where the cursor is, read from the tokens before it.
struct CompletionSite {
    /// The name being written, dots included (`barn.fø`), and where it starts.
    let typed: String
    let typedStart: Int
    let offset: Int
    /// The tokens before the name being written.
    let before: [Token]
    let isInsideTextOrComment: Bool
    /// Whether the name is the first thing on its line, and the line's indentation.
    let startsLine: Bool
    let indented: Bool
    /// The declaration keyword that opens the declaration the cursor is in.
    let declaration: Keyword?
    /// Inside a test: the last of `gitt` and `forvent` before the cursor.
    let testSection: Keyword?

    init(context: DocumentContext, offset: Int) {
        let file = context.file
        self.offset = offset
        let lineStart = file.lineStart(file.line(of: offset))
        typedStart = offset - Self.nameLength(before: offset, in: file, lineStart: lineStart)
        typed = String(decoding: file.bytes[typedStart..<offset], as: UTF8.self)
        isInsideTextOrComment = Self.isInsideTextOrComment(offset, context.tokens, file)
        let start = typedStart
        before = context.tokens.filter { $0.range.end <= start && $0.kind != .endOfFile }
        startsLine = before.last.map { $0.range.end <= lineStart } ?? true
        indented = typedStart > lineStart
        (declaration, testSection) = Self.enclosing(before)
    }

    /// The bytes of the letters, digits, underscores and dots of the name being written, counted
    /// back by character: `≥` and `§` are not part of a name although their bytes are not ASCII.
    static func nameLength(before offset: Int, in file: SourceFile, lineStart: Int) -> Int {
        let prefix = String(decoding: file.bytes[lineStart..<offset], as: UTF8.self)
        var length = 0
        for scalar in prefix.unicodeScalars.reversed() {
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "."
                || scalar.properties.generalCategory == .nonspacingMark else { break }
            length += String(scalar).utf8.count
        }
        return length
    }

    /// Whether the cursor is inside a text (`"…"`, `"""…"""`) or a comment, where nothing is offered.
    static func isInsideTextOrComment(_ offset: Int, _ tokens: [Token], _ file: SourceFile) -> Bool {
        for token in tokens {
            if (token.kind == .string || token.kind == .textBlock) && token.range.start < offset && offset < token.range.end { return true }
            var at = token.triviaStart
            for piece in token.leadingTrivia(in: file) {
                let length = piece.text.utf8.count
                if case .comment = piece, at < offset && offset <= at + length { return true }
                at += length
            }
            if token.range.start >= offset { break }
        }
        return false
    }

    /// The declaration keyword at the margin that the cursor is under, and in a test the last of
    /// `gitt` and `forvent` before the cursor.
    static func enclosing(_ before: [Token]) -> (declaration: Keyword?, testSection: Keyword?) {
        var section: Keyword?
        for token in before.reversed() {
            guard case .keyword(let keyword) = token.kind else { continue }
            if section == nil && (keyword == .gitt || keyword == .forvent) { section = keyword }
            if token.atLineStart && token.lineIndent == 0 && Keyword.declarationStartsForEditors.contains(keyword) {
                return (keyword, keyword == .test ? section : nil)
            }
        }
        return (nil, nil)
    }

    /// The kind of the last token before the name being written.
    var previous: TokenKind? { before.last?.kind }

    /// Where the dotted name stands just before an `=`/`≠` that precedes the cursor (`status = `), if any.
    var comparedName: SourceRange? {
        guard let last = before.last, last.kind == .equal || last.kind == .notEqual else { return nil }
        var parts: [Token] = []
        for token in before.dropLast().reversed() {
            guard token.kind == .identifier || token.kind == .dot else { break }
            parts.insert(token, at: 0)
        }
        guard let first = parts.first, let lastPart = parts.last else { return nil }
        return first.kind == .identifier ? first.range.union(lastPart.range) : nil
    }
}

extension Keyword {
    /// The keywords that open a declaration at the start of a line.
    static let declarationStartsForEditors: [Keyword] = [.faktum, .vurdering, .regel, .unntak, .lovtekst, .type, .test, .importer]
}
