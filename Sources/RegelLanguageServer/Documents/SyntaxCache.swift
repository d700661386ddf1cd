import Regel

/// The tokens and syntax tree of recent texts, kept by the text's identity: completion, hover and
/// highlighting all read them, and while the user types they ask about the same text many times.
package final class SyntaxCache {
    private var entries: [ObjectIdentifier: (file: SourceFile, tokens: [Token]?, tree: SyntaxTree?)] = [:]
    /// Texts are replaced on every edit; a few recent ones are all that is asked about.
    private let limit = 16

    package init() {}

    package func tokens(_ file: SourceFile) -> [Token] {
        if let tokens = entries[ObjectIdentifier(file)]?.tokens { return tokens }
        let tokens = Lexer.tokenize(file)
        store(file) { $0.tokens = tokens }
        return tokens
    }

    package func tree(_ file: SourceFile) -> SyntaxTree {
        if let tree = entries[ObjectIdentifier(file)]?.tree { return tree }
        let tree = Parser.parse(file)
        store(file) { $0.tree = tree }
        return tree
    }

    private func store(_ file: SourceFile, _ update: (inout (file: SourceFile, tokens: [Token]?, tree: SyntaxTree?)) -> Void) {
        let key = ObjectIdentifier(file)
        if entries[key] == nil && entries.count >= limit { entries = [:] }
        // The entry holds the file, so its identity cannot be reused by another text while cached.
        var entry = entries[key] ?? (file: file, tokens: nil, tree: nil)
        update(&entry)
        entries[key] = entry
    }
}
