import Regel
/// Setting, forgetting and listing the facts of the session's case.
extension ReplSession {
    func set(_ name: String, _ fragment: Fragment, input: String, program: CompiledRuleSet) -> String {
        if fragment.text.isEmpty {
            return InputDiagnostics.render(SessionMessages.valueMissing(name), at: Fragment(text: "=", column: fragment.column - 1), input: input)
        }
        if fragment.text == "ukjent" {
            return name == "vurderingsdato" ? InputDiagnostics.render(SessionMessages.dateMustBeDate, at: fragment, input: input)
                                            : forget([Fragment(text: name, column: 0)], input: input)
        }
        switch readValue(fragment, for: name, input: input, program: program) {
        case .failure(let problem):
            return problem.text
        case .success(let value):
            if name == "vurderingsdato", case .date(let date) = value {
                vurderingsdato = date
                givenCase?.vurderingsdato = date
            } else if let problem = remember(name, value) {
                return InputDiagnostics.render(problem, at: Fragment(text: name, column: 0), input: input)
            }
            return ""
        }
    }

    /// Puts a checked value in the case, and in the list that survives a reload. A place below a fact
    /// (`tjenester[1].lov`) changes that fact's value; what is wrong with the place is returned.
    @discardableResult
    func remember(_ name: String, _ value: Value) -> String? {
        guard let program, program.fact(named: name) == nil, let path = CasePath.parse(name, program: program) else {
            givenCase?.store(name, value)
            typedFacts.removeAll { $0.name == name }
            typedFacts.append((name, value))
            return nil
        }
        do throws(CaseError) {
            try givenCase?.set(path: name, value)
        } catch {
            return error.message
        }
        let fact = program.facts[path.slot].name
        if let whole = givenCase?.value(of: fact) {
            typedFacts.removeAll { $0.name == fact }
            typedFacts.append((fact, whole))
        }
        return nil
    }

    /// A typed value checked against the fact's type, or what is wrong with it, shown under the line.
    func readValue(_ fragment: Fragment, for name: String, input: String, program: CompiledRuleSet) -> Result<Value, InputProblem> {
        let type = name == "vurderingsdato" ? ValueType.date : program.fact(named: name)?.type ?? CasePath.parse(name, program: program)?.type
        switch program.parseValue(InputDiagnostics.padded(fragment), forFact: name, sourceName: "inndata") {
        case .success(let value): return .success(value)
        case .failure(let problems):
            let code = problems.items.first?.code.code ?? ""
            // «kanskje» for a ja/nei fact is not an unknown name to the person typing it.
            if type == .truth && code == DiagnosticCode.unknownName.code {
                return .failure(InputProblem(text: InputDiagnostics.render(SessionMessages.answerYesOrNo, at: fragment, input: input)))
            }
            // After a syntax error, say how a value of the fact's type is written.
            let hint = code.hasPrefix("R02") ? type.map { SessionMessages.answerHint(name, AnswerHint.text(for: $0)) } : nil
            return .failure(InputProblem(text: InputDiagnostics.render(problems.items, input: input) + (hint ?? "")))
        }
    }

    func forget(_ names: [Fragment], input: String) -> String {
        guard let program else { return "" }
        for name in names where program.fact(named: name.text) == nil {
            let suggestion = Suggest.closest(to: name.text, among: program.facts.map(\.name))
            return InputDiagnostics.render(SessionMessages.notAFact(name.text, suggestion: suggestion),
                                           at: name, input: input)
        }
        for name in names {
            givenCase?.clear(name.text)
            typedFacts.removeAll { $0.name == name.text }
        }
        return ""
    }

    func forgetAll() -> String {
        let count = typedFacts.count
        for (name, _) in typedFacts { givenCase?.clear(name) }
        typedFacts = []
        return "glemte \(FactCount.text(count))"
    }

    /// The vurderingsdato and the given facts, as they would be typed.
    func factsText() -> String {
        var lines = ["vurderingsdato = \(vurderingsdato)"]
        for (name, value) in givenCase?.givenFacts ?? [] {
            let judgement = program?.fact(named: name)?.isJudgement == true ? SessionMessages.judgementMark : ""
            lines.append("\(name) = \(value.sourceText)\(judgement)")
        }
        if lines.count == 1 { lines.append(SessionMessages.noFactsYet) }
        return lines.joined(separator: "\n")
    }
}

extension Case {
    /// Stores a value already checked against the fact's type.
    mutating func store(_ name: String, _ value: Value) {
        if let slot = program.factSlot(name) { self[slot] = value }
    }
}

/// «1 faktum», «2 fakta».
enum FactCount {
    static func text(_ count: Int) -> String { count == 1 ? "1 faktum" : "\(count) fakta" }
}

/// A typed value that could not be used, rendered for the screen.
struct InputProblem: Error {
    let text: String
}
