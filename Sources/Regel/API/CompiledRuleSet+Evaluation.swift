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
        givenCase.withFacts { facts in
            var evaluator = Evaluator(program: self, facts: facts, date: givenCase.vurderingsdato, day: givenCase.day, tracer: NoTrace())
            defer { evaluator.finish() }
            return evaluator.evaluateRule(number)
        }
    }

    /// Value, explanation and missing facts for one rule.
    public func evaluate(_ rule: String, in givenCase: Case) throws(RegelError) -> Outcome {
        let number = try ruleNumber(for: rule)
        return evaluate(ruleNumber: number, in: givenCase)
    }

    /// Value, explanation and missing facts for a rule by number.
    public func evaluate(ruleNumber number: Int, in givenCase: Case) -> Outcome {
        let (value, recorder) = Evaluator.with(program: self, case: givenCase,
                                               tracer: ExplanationRecorder(program: self)) { ($0.evaluateRule(number), $0.tracer) }
        let search = RelevanceSearch(program: self, facts: givenCase.values, date: givenCase.vurderingsdato, target: .rule(number))
        return Outcome(rule: rules[number].name, value: value, trace: recorder.trace(program: self, search: search))
    }

    /// The rules that have a value of their own, in the order they are declared: all but those with
    /// parameters, which have a value only for arguments (`skal_samarbeide(tjenester[0])`).
    public var rulesWithoutParameters: [Int] { rules.indices.filter { rules[$0].parameters.isEmpty } }

    /// Every rule without parameters, in the order they are declared, with explanations and missing facts. One evaluation
    /// serves them all: a rule used by others is evaluated once, and the explanations share one
    /// recording, so time and memory grow with the rules, not with the rules times their chains.
    public func evaluateAll(in givenCase: Case) -> [Outcome] {
        let (results, recorder) = Evaluator.with(program: self, case: givenCase,
                                                 tracer: ExplanationRecorder(program: self, keepingRuleValues: true),
                                                 keepingRuleValues: true) { evaluator in
            var results: [(number: Int, value: Value, root: Int)] = []
            results.reserveCapacity(rules.count)
            for number in rulesWithoutParameters {
                let value = evaluator.evaluateRule(number)
                results.append((number, value, evaluator.tracer.entries.count - 1))
            }
            return (results, evaluator.tracer)
        }
        guard let tape = recorder.tape(program: self) else { return [] }
        return results.map { result in
            let number = result.number
            let search = RelevanceSearch(program: self, facts: givenCase.values, date: givenCase.vurderingsdato, target: .rule(number))
            return Outcome(rule: rules[number].name, value: result.value, trace: OutcomeTrace(tape: tape, root: result.root, search: search))
        }
    }

    /// The number of a rule that can be asked for alone: one that exists and has no parameters.
    func ruleNumber(for name: String) throws(RegelError) -> Int {
        guard let number = ruleNumber(name) else {
            throw RegelError.unknownRule(name, suggestion: Suggest.closest(to: name, among: rules.map(\.name)))
        }
        guard rules[number].parameters.isEmpty else {
            throw RegelError.ruleNeedsArguments(name, parameters: rules[number].parameters.map { "\($0.name): \($0.type.displayName)" })
        }
        return number
    }
}

/// Mistakes a host can make when calling the API.
public enum RegelError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownRule(String, suggestion: String?)
    /// A rule with parameters asked for alone: it has a value only for arguments. The parameters as `navn: type`.
    case ruleNeedsArguments(String, parameters: [String])

    /// The Norwegian message, with a suggestion when a rule has a similar name.
    public var description: String {
        switch self {
        case .unknownRule(let name, let suggestion):
            return CaseMessages.unknownRule(name, suggestion: suggestion)
        case .ruleNeedsArguments(let name, let parameters):
            return CaseMessages.ruleNeedsArguments(name, parameters: parameters)
        }
    }
}
