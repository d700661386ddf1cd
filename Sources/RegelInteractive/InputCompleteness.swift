import Regel
/// Whether a typed input goes on over the next line: a bracket is still open, or the line ends with a
/// word or operator that needs something after it (`og`, `eller`, `ikke`, `der`, `+`, `<`, `,` …) —
/// the continuation rule of rule files, except for `=`.
enum InputCompleteness {
    static func isIncomplete(_ input: String) -> Bool {
        let tokens = Lexer.tokenize(SourceFile(name: "inndata", text: input))
        var depth = 0
        for token in tokens {
            switch token.kind {
            case .leftParen, .leftBracket, .leftBrace: depth += 1
            case .rightParen, .rightBracket, .rightBrace: depth -= 1
            case .string where token.problems.contains { $0.problem == .unterminatedString }: return false
            default: break
            }
        }
        if depth > 0 { return true }
        guard let last = tokens.last(where: { $0.kind != .endOfFile }) else { return false }
        switch last.kind {
        case .keyword(let keyword): return [.og, .eller, .ikke, .der].contains(keyword)
        // Not `=`: «navn =» with nothing after it is a fact given without a value, and should say so.
        case .plus, .minus, .star, .slash, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .comma: return true
        default: return false
        }
    }
}
