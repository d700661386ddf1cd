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
            case .hva: candidates = wordsBefore[0] == "hva" ? ["skal"] : ["ja", "nei"] + ruleNames
            default: candidates = command.takesRule ? ruleNames + factNames : []
            }
        } else if let next = Self.whatWouldChangeWords(after: wordsBefore.map(String.init)) {
            candidates = next.isEmpty ? ruleNames : next + (next == ["ja", "nei"] ? ruleNames : [])
        } else {
            candidates = factNames + ruleNames + ["vurderingsdato"] + Builtin.names
        }
        return Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
    }

    /// The word that comes next in `hva skal til [ja|nei] [REGEL]` after `words` (empty: a rule),
    /// or nil when `words` is not the start of it.
    static func whatWouldChangeWords(after words: [String]) -> [String]? {
        switch words {
        case ["hva", "skal"]: return ["til"]
        case ["hva", "skal", "til"]: return ["ja", "nei"]
        case ["hva", "skal", "til", "ja"], ["hva", "skal", "til", "nei"], ["what-if", "ja"], ["what-if", "nei"]: return []
        default: return nil
        }
    }

    private var factNames: [String] { program?.facts.map(\.name) ?? [] }
    private var ruleNames: [String] { program?.rules.map(\.name) ?? [] }
}
