import Regel
/// Writes the current scenario as a `test` block: the facts as `gitt`, the results as `forvent`.
enum TestWriter {
    static func block(name: String, givenCase: Case, outcomes: [Outcome]) -> String {
        var lines = ["test \(Value.text(name).sourceText)", "  gitt", "    vurderingsdato = \(givenCase.vurderingsdato)"]
        for (fact, value) in givenCase.givenFacts { lines.append("    \(fact) = \(value.sourceText)") }
        lines.append("  forvent")
        for outcome in outcomes { lines.append("    \(outcome.rule) = \(expectation(outcome))") }
        return lines.joined(separator: "\n")
    }

    static func expectation(_ outcome: Outcome) -> String {
        switch outcome.value {
        case .notInForce: return "ikke i kraft"
        case .notEncoded: return "ikke kodet"
        case .unknown where !outcome.missing.isEmpty: return "ukjent mangler " + outcome.missing.map(\.name).joined(separator: ", ")
        default: return outcome.value.sourceText
        }
    }
}
