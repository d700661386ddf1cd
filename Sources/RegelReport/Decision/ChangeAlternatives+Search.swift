import Regel

extension ChangeAlternatives {
    /// The alternatives a «hva skal til» search found, as the report shows them. A number, date or
    /// duration that is a boundary keeps its «eller senere» in the wording.
    public init(_ result: WhatWouldChange) {
        let alternatives = result.alternatives.map { alternative in
            ChangeAlternative(changes: alternative.changes.map(FactChange.init), explanation: alternative.outcome.explanation)
        }
        self.init(target: .truth(result.target), alternatives: alternatives, isCutShort: result.isCutOff)
    }
}

extension FactChange {
    /// `change` with the report's wording of it.
    init(_ change: WhatWouldChange.Change) {
        self.init(name: change.fact, isJudgement: change.isJudgement, from: change.from, to: change.to,
                  wording: Self.wording(isJudgement: change.isJudgement, from: change.from, to: WhatWouldChangeText.valuePhrase(change)))
    }

    /// «hvis verdien var … i stedet for …», or for a vurdering «hvis vurderingen på nytt ble …».
    static func wording(isJudgement: Bool, from: Value, to: String) -> String {
        let from = from == .unknown ? nil : from.displayText
        return isJudgement ? ReportMessages.reconsider(from: from, to: to) : ReportMessages.changeFact(from: from, to: to)
    }
}

extension DecisionReport {
    /// Runs «hva skal til» for each ja/nei rule among the outcomes whose answer is not ja (nei or
    /// ukjent), towards ja, and keeps what it finds for the report. Rules not in force or not
    /// encoded are left out: no change of facts makes them apply. Each search stops at `timeLimit`.
    public mutating func searchAlternatives(timeLimit: Duration = .seconds(2)) {
        for outcome in outcomes where program.rule(named: outcome.rule)?.type == .truth && alternatives[outcome.rule] == nil {
            switch outcome.value {
            case .truth(false), .unknown: break
            default: continue
            }
            var options = WhatWouldChange.Options(target: true)
            options.timeLimit = timeLimit
            guard let result = try? program.whatWouldChange(outcome.rule, in: givenCase, options: options) else { continue }
            alternatives[outcome.rule] = ChangeAlternatives(result)
        }
    }
}
