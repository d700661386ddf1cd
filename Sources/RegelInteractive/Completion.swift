import Regel
/// Tab completion: the names that can stand where the cursor is.
extension ReplSession {
    /// Candidates that complete the word ending at the end of `text`, sorted, without repeats.
    package func completions(for text: String) -> [String] {
        let word = String(text.reversed().prefix(while: \.isDottedNamePart).reversed())
        let before = String(text.dropLast(word.count))
        let wordsBefore = before.split(whereSeparator: \.isWhitespace)
        var candidates: [String]
        if interview != nil {
            candidates = Interview.skipWords.union(Interview.stopWords).sorted()
        } else if wordsBefore.isEmpty {
            candidates = CommandWord.allCases.map(\.rawValue) + factNames + ruleNames + ["vurderingsdato"]
        } else if wordsBefore.count == 1, let command = CommandWord.named(String(wordsBefore[0])) {
            switch command {
            case .glem: candidates = factNames + ["alt"]
            case .lagre: candidates = ["test"]
            case .hva: candidates = ["skal"]
            default: candidates = command.takesRule ? ruleNames + factNames : []
            }
        } else {
            candidates = factNames + ruleNames + ["vurderingsdato"] + Builtin.names
        }
        return Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
    }

    private var factNames: [String] { program?.facts.map(\.name) ?? [] }
    private var ruleNames: [String] { program?.rules.map(\.name) ?? [] }
}
