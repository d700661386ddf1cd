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
        let bytes = file.bytes
        // Back over the letters, digits, underscores and dots of the name being written, by
        // character: `≥` and `§` are not part of a name although their bytes are not ASCII.
        let lineStart = file.lineStart(file.line(of: offset))
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        var length = 0
        for scalar in prefix.unicodeScalars.reversed() {
            guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "."
                || scalar.properties.generalCategory == .nonspacingMark else { break }
            length += String(scalar).utf8.count
        }
        let start = offset - length
        typedStart = start
        typed = String(decoding: bytes[start..<offset], as: UTF8.self)
        let tokens = context.tokens
        var inside = false
        for token in tokens {
            if (token.kind == .string || token.kind == .textBlock) && token.range.start < offset && offset < token.range.end { inside = true }
            var at = token.triviaStart
            for piece in token.leadingTrivia(in: file) {
                let length = piece.text.utf8.count
                if case .comment = piece, at < offset && offset <= at + length { inside = true }
                at += length
            }
            if token.range.start >= offset { break }
        }
        isInsideTextOrComment = inside
        before = tokens.filter { $0.range.end <= start && $0.kind != .endOfFile }
        startsLine = before.last.map { $0.range.end <= lineStart } ?? true
        indented = start > lineStart
        var declaration: Keyword?
        var section: Keyword?
        for token in before.reversed() {
            if case .keyword(let keyword) = token.kind {
                if section == nil && (keyword == .gitt || keyword == .forvent) { section = keyword }
                if token.atLineStart && token.lineIndent == 0 && Keyword.declarationStartsForEditors.contains(keyword) {
                    declaration = keyword
                    break
                }
            }
        }
        self.declaration = declaration
        testSection = declaration == .test ? section : nil
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
