import Regel

/// A rule with one parameter asked for by name alone: its value for each element of each list in
/// the case that it can be applied to, one line per element («tjeneste 2 (NAV-kontoret): ja»).
extension ReplSession {
    /// The per-element results, or nil when `target` is not such a rule (it is then evaluated as typed,
    /// which for a rule with parameters explains that it needs arguments).
    func perElement(_ target: Fragment, explain: Bool) -> String? {
        guard let program, let givenCase, let rule = program.rule(named: target.text), rule.parameters.count == 1,
              let parameter = rule.parameters.first else { return nil }
        let lists = program.facts.filter { $0.type == .list(parameter.type) }
        guard !lists.isEmpty else { return nil }
        var lines: [String] = []
        for list in lists {
            guard case .list(let items) = givenCase.value(of: list.name) else {
                lines.append(SessionMessages.listNotGiven(list.name))
                continue
            }
            if items.isEmpty { lines.append(SessionMessages.listEmpty(list.name)) }
            for position in items.indices {
                let call = "\(rule.name)(\(list.name)[\(position)])"
                guard case .success(let outcome) = program.evaluateExpression(call, in: givenCase, sourceName: "inndata") else { continue }
                let element = outcome.explanation?.element?.text ?? "\(list.name)[\(position)]"
                if explain {
                    lines.append(OutcomeText.render(outcome, explain: true))
                } else {
                    lines.append(SessionMessages.elementResult(element, outcome.value.displayText))
                    for fact in outcome.missing { lines.append("  - " + MissingText.line(fact)) }
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
