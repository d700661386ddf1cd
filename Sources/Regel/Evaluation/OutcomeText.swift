/// Outcomes as text: one line per rule, the explanation when asked for, and what is missing.
public enum OutcomeText {
    /// Every outcome as `render(_:explain:)` gives it, separated by a blank line when explained.
    public static func render(_ outcomes: [Outcome], explain: Bool) -> String {
        outcomes.map { render($0, explain: explain) }.joined(separator: explain ? "\n\n" : "\n")
    }

    /// `regel = verdi` (or the explanation tree when `explain`), then the missing facts with their questions.
    public static func render(_ outcome: Outcome, explain: Bool) -> String {
        var lines: [String] = []
        if explain, let explanation = outcome.explanation {
            lines.append(ExplanationText.render(explanation))
        } else {
            switch outcome.value {
            case .notInForce: lines.append(ExplanationMessages.notInForce(outcome.rule))
            case .notEncoded: lines.append(ExplanationMessages.notEncoded(outcome.rule))
            default: lines.append("\(outcome.rule) = \(outcome.value.displayText)")
            }
        }
        if !outcome.missing.isEmpty {
            lines.append(ExplanationMessages.missingHeading(outcome.rule))
            for fact in outcome.missing { lines.append("  - " + MissingText.line(fact)) }
        }
        return lines.joined(separator: "\n")
    }
}

/// One missing fact as a line: name, kind and the question to ask.
package enum MissingText {
    package static func line(_ fact: MissingFact) -> String {
        var text = fact.name + (fact.isJudgement ? ExplanationMessages.judgementMark : "")
        if let element = fact.element { text += ": " + element.text }
        if let question = fact.question { text += ": " + ExplanationText.oneLine(question) }
        return text
    }
}
