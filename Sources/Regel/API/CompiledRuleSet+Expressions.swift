/// Expressions typed by a person (the REPL): checked against the rule set and evaluated.
extension CompiledRuleSet {
    /// Evaluates `text` (a rule name, a fact, or any expression) for a case, with explanation and missing facts.
    public func evaluateExpression(_ text: String, in givenCase: Case, sourceName: String = "uttrykk") -> Result<Outcome, DiagnosticList> {
        let file = SourceFile(name: sourceName, text: text)
        let (parsed, parseDiagnostics) = Parser.parseExpression(file)
        guard let expression = parsed else { return .failure(DiagnosticList(items: parseDiagnostics)) }
        let node: Node, nodeSources: [NodeSource]
        switch ExpressionChecker(program: self).compile(expression, file) {
        case .failure(let errors): return .failure(errors)
        case .success(let compiled): (node, nodeSources) = compiled
        }
        let extended = CompiledRuleSet(facts: facts, rules: rules, tests: tests, conditions: conditions, fingerprint: fingerprint,
                                       nodeSources: nodeSources,
                                       evaluationOrder: evaluationOrder, evaluationDepth: evaluationDepth, dependencies: dependencies,
                                       typeTable: typeTable, enumValueTable: enumValueTable, testCalls: testCalls, expressions: [node])
        return .success(extended.evaluate(node, step: extended.plan.lastStep, in: givenCase, named: text))
    }

    /// Value, explanation and missing facts for a node planned in this program (an expression, or a test's call).
    func evaluate(_ node: Node, step: Int32, in givenCase: Case, named name: String) -> Outcome {
        let deep = EvaluationDepth.of(node, evaluationDepth) > Evaluator<ExplanationRecorder>.maxRecursiveDepth
        let (value, recorder) = Evaluator.with(program: self, case: givenCase,
                                               tracer: ExplanationRecorder(program: self)) { evaluator in
            if deep { for rule in node.referencedRules { evaluator.prepareDeepChain(rule) } }
            return (evaluator.value(step), evaluator.tracer)
        }
        let search = RelevanceSearch(program: self, facts: givenCase.values, date: givenCase.vurderingsdato,
                                     target: .expression(node, step: step))
        return Outcome(rule: name, value: value, trace: recorder.trace(program: self, search: search))
    }

    /// Value, explanation and missing facts for a test's call of a rule with parameters (`CompiledExpectation.call`).
    func evaluate(testCall index: Int, in givenCase: Case) -> Outcome {
        let node = testCalls[index]
        return evaluate(node, step: plan.expressionSteps[index], in: givenCase, named: nodeSources[node.id].text)
    }
}

/// Diagnostics as an error value.
public struct DiagnosticList: Error, Sendable {
    /// What was wrong with the text; at least one is an error.
    public let items: [Diagnostic]

    package init(items: [Diagnostic]) { self.items = items }
}

extension Node {
    /// Rules this node refers to directly.
    var referencedRules: [Int] {
        var found: [Int] = []
        var stack = [self]
        while let node = stack.popLast() {
            if case .rule(let number) = node.kind { found.append(number) }
            if case .ruleCall(let number, _) = node.kind { found.append(number) }
            stack += node.children
        }
        return found
    }
}

extension CompiledRuleSet {
    /// Reads a value as written in Regel (`ja`, `12,5`, `2010-06-15`, `"tekst"`, `[…]`, `{…}`) for a fact,
    /// checked against the fact's type. `vurderingsdato` is accepted as a name and needs a date, and a
    /// place below a fact (`tjenester[1].lov`, see `CasePath`) needs a value of the type there.
    public func parseValue(_ text: String, forFact name: String, sourceName: String = "verdi") -> Result<Value, DiagnosticList> {
        let file = SourceFile(name: sourceName, text: text)
        let type: ValueType
        if name == "vurderingsdato" { type = .date } else if let fact = fact(named: name) { type = fact.type }
        else if let path = CasePath.parse(name, program: self) { type = path.type } else {
            let suggestion = Suggest.closest(to: name, among: facts.map(\.name))
            let diagnostic = Diagnostic(.unknownName, CheckingMessages.unknownName(name), file: nil, range: .at(0),
                                        fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
            return .failure(DiagnosticList(items: [diagnostic]))
        }
        let (parsed, parseDiagnostics) = Parser.parseExpression(file)
        guard let expression = parsed else { return .failure(DiagnosticList(items: parseDiagnostics)) }
        return ExpressionChecker(program: self).constant(expression, file, expected: type, what: name)
    }
}
