/// Evaluating rules for a case: value only, or with explanation and missing facts.
extension CompiledRuleSet {
    /// An empty case for this rule set, assessed on `vurderingsdato`.
    public func makeCase(vurderingsdato: CalendarDate) -> Case {
        Case(program: self, vurderingsdato: vurderingsdato)
    }

    /// The value of one rule: the fast path, no explanation.
    public func value(of rule: String, in givenCase: Case) throws(RegelError) -> Value {
        let number = try ruleNumber(for: rule)
        return value(ofRule: number, in: givenCase)
    }

    /// The value of a rule by number (see `ruleNumber(_:)`): for hosts that evaluate many cases.
    public func value(ofRule number: Int, in givenCase: Case) -> Value {
        var evaluator = Evaluator(program: self, facts: givenCase.values, date: givenCase.vurderingsdato, tracer: NoTrace())
        let value = evaluator.evaluateRule(number)
        evaluator.finish()
        return value
    }

    /// Value, explanation and missing facts for one rule.
    public func evaluate(_ rule: String, in givenCase: Case) throws(RegelError) -> Outcome {
        let number = try ruleNumber(for: rule)
        return evaluate(ruleNumber: number, in: givenCase)
    }

    /// Value, explanation and missing facts for a rule by number.
    public func evaluate(ruleNumber number: Int, in givenCase: Case) -> Outcome {
        var evaluator = Evaluator(program: self, facts: givenCase.values, date: givenCase.vurderingsdato,
                                  tracer: ExplanationRecorder(program: self))
        let value = evaluator.evaluateRule(number)
        evaluator.finish()
        let search = RelevanceSearch(program: self, facts: givenCase.values, date: givenCase.vurderingsdato, target: .rule(number))
        return Outcome(rule: rules[number].name, value: value, tape: evaluator.tracer.tape(program: self, search: search))
    }

    /// Every rule, in the order they are declared.
    public func evaluateAll(in givenCase: Case) -> [Outcome] {
        rules.indices.map { evaluate(ruleNumber: $0, in: givenCase) }
    }

    func ruleNumber(for name: String) throws(RegelError) -> Int {
        guard let number = ruleNumber(name) else {
            throw RegelError.unknownRule(name, suggestion: Suggest.closest(to: name, among: rules.map(\.name)))
        }
        return number
    }
}

/// Mistakes a host can make when calling the API.
public enum RegelError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownRule(String, suggestion: String?)

    public var description: String {
        switch self {
        case .unknownRule(let name, let suggestion):
            return "ingen regel heter «\(name)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
        }
    }
}
