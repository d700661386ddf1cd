/// «Hva skal til» as Norwegian text: the answer now, then each minimal alternative as the changes
/// it takes («hvis barn.fødselsdato var 2006-03-02») and the explanation the rule then gives.
/// Vurderinger are put as judgements to reconsider, not as facts to change.
public enum WhatWouldChangeText {
    /// The whole answer; `explain` adds each alternative's explanation tree.
    public static func render(_ result: WhatWouldChange, explain: Bool = true) -> String {
        let target = Value.truth(result.target).displayText
        var lines = ["\(result.rule) = \(result.current.displayText)"]
        if result.alreadyThere {
            lines.append(CounterfactualMessages.alreadyThere(target))
            return lines.joined(separator: "\n")
        }
        if case .notInForce = result.current {
            lines.append(CounterfactualMessages.notInForce)
            return lines.joined(separator: "\n")
        }
        if result.alternatives.isEmpty {
            lines.append(result.isCutOff ? CounterfactualMessages.cutOffWithout(target, searched: result.searchedSizes)
                                         : CounterfactualMessages.nothingWithin(target, maxChanges: result.maxChanges))
            return lines.joined(separator: "\n")
        }
        let size = result.alternatives[0].changes.count
        lines.append(CounterfactualMessages.heading(target, changes: size, alternatives: result.alternatives.count))
        for (index, alternative) in result.alternatives.enumerated() {
            lines.append("  \(index + 1). " + CounterfactualMessages.ifWord + alternative.changes.map(phrase).joined(separator: CounterfactualMessages.and))
            if explain, let explanation = alternative.outcome.explanation {
                lines += ExplanationText.render(explanation, wording: false).split(separator: "\n").map { "       " + $0 }
            }
        }
        if result.isCutOff { lines.append(CounterfactualMessages.cutOffWith) }
        return lines.joined(separator: "\n")
    }

    /// One change as the condition a person reads, without the «hvis» in front.
    public static func phrase(_ change: WhatWouldChange.Change) -> String {
        let value = valuePhrase(change)
        switch (change.isJudgement, change.from) {
        case (false, .unknown): return CounterfactualMessages.factGiven(change.fact, value)
        case (false, let from): return CounterfactualMessages.factChanged(change.fact, value, from: from.displayText)
        case (true, .unknown): return CounterfactualMessages.judgementMade(change.fact, value)
        case (true, let from): return CounterfactualMessages.judgementReconsidered(change.fact, value, from: from.displayText)
        }
    }

    /// The new value, with «eller senere» (and the like) when it is a boundary.
    public static func valuePhrase(_ change: WhatWouldChange.Change) -> String {
        change.to.displayText + (change.direction.map { CounterfactualMessages.orBeyond(upward: $0 == .upward, of: change.to) } ?? "")
    }
}
