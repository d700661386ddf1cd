/// Why a result is what it is: a proof tree from a rule down to the facts.
public final class Explanation: Sendable {
    /// What kind of step this is.
    public enum Kind: Sendable, Equatable {
        /// A rule, with the hjemmel of the version used.
        case rule(name: String, hjemmel: [HjemmelInfo])
        /// A fact as given in the case (or absent).
        case fact(name: String)
        /// A vurdering: a professional judgement given as input.
        case judgement(name: String)
        /// A `hvis` case of a rule.
        case hvis
        /// An `unntak`, with its hjemmel.
        case exception(hjemmel: [HjemmelInfo])
        /// Any other vilkår or computation, shown by its source text.
        case condition
    }

    public let kind: Kind
    /// The source text of the step, e.g. `alder(barn.fødselsdato) < 18 år`.
    public let text: String
    public let value: Value
    /// The sub-results that decided this one.
    public let children: [Explanation]
    /// Where the step is written, as `fil:linje`.
    public let location: String
    /// For a rule that is in force: the period of the version used.
    public let validity: String?

    init(kind: Kind, text: String, value: Value, children: [Explanation], location: String, validity: String? = nil) {
        self.kind = kind
        self.text = text
        self.value = value
        self.children = children
        self.location = location
        self.validity = validity
    }
}

/// Builds explanations while the evaluator runs: a stack of open steps.
struct ExplanationBuilder: Tracer {
    static var isActive: Bool { true }
    var stack: [[Explanation]] = [[]]
    var ruleExplanations: [Int: Explanation] = [:]

    mutating func begin() { stack.append([]) }

    mutating func end(_ node: Node, _ value: Value, program: CompiledRuleSet) {
        let children = Self.deciding(stack.removeLast(), for: node.kind, value: value)
        let source = program.nodeSources[node.id]
        let kind: Explanation.Kind
        switch node.kind {
        case .fact(let slot):
            let fact = program.facts[slot]
            kind = fact.isJudgement ? .judgement(name: fact.name) : .fact(name: fact.name)
        case .rule:
            // The rule's own step is already a child; a reference adds nothing.
            if let only = children.first, children.count == 1 { return append(only) }
            kind = .condition
        default: kind = .condition
        }
        append(Explanation(kind: kind, text: source.text, value: value, children: children, location: location(source)))
    }

    mutating func endStep(_ kind: StepKind, id: Int, value: Value, program: CompiledRuleSet) {
        let children = stack.removeLast()
        let source = program.nodeSources[id]
        let stepKind: Explanation.Kind
        switch kind {
        case .hvis: stepKind = .hvis
        case .exception:
            let rule = program.rules.first { $0.exceptions.contains { $0.id == id } }
            stepKind = .exception(hjemmel: rule?.exceptions.first { $0.id == id }?.hjemmel ?? [])
        }
        let firstLine = source.text.split(separator: "\n").first.map(String.init) ?? source.text
        append(Explanation(kind: stepKind, text: firstLine, value: value, children: children, location: location(source)))
    }

    mutating func endRule(_ rule: Int, version: Int?, value: Value, program: CompiledRuleSet, appliedException: Int?) {
        let info = program.rules[rule]
        var children = stack.removeLast()
        let used = version.map { info.versions[$0] }
        if children.count == 1, children[0].kind == .condition, children[0].text.contains("\n") {
            // `når alle:`: the list's items stand directly under the rule.
            children = children[0].children
        }
        let hjemmel = used?.hjemmel ?? info.hjemmel
        let explanation = Explanation(kind: .rule(name: info.name, hjemmel: hjemmel), text: info.name, value: value,
                                      children: children, location: "\(info.file.name):\(info.file.location(of: info.range.start).line)",
                                      validity: used.map { Self.describe($0.validity) } ?? nil)
        ruleExplanations[rule] = explanation
        append(explanation)
    }

    mutating func reuseRule(_ rule: Int) {
        if let explanation = ruleExplanations[rule] { append(explanation) }
    }

    mutating func append(_ explanation: Explanation) {
        stack[stack.count - 1].append(explanation)
    }

    /// For a decided `og`/`eller`, only the operands that decided it; otherwise all.
    static func deciding(_ children: [Explanation], for kind: Node.Kind, value: Value) -> [Explanation] {
        switch (kind, value) {
        case (.logical, .truth(let flag)), (.conditionList, .truth(let flag)):
            let isAnd: Bool
            if case .logical(let op, _) = kind { isAnd = op == .and } else if case .conditionList(let list, _) = kind { isAnd = list == .all } else { isAnd = true }
            // ja for og / nei for eller: every operand counts. Otherwise only those with the deciding value.
            if flag == isAnd { return children }
            return children.filter { $0.value == value }
        default:
            return children
        }
    }

    func location(_ source: NodeSource) -> String {
        "\(source.file.name):\(source.file.location(of: source.range.start).line)"
    }

    static func describe(_ validity: Validity) -> String? {
        switch (validity.from, validity.to) {
        case (nil, nil): return nil
        case (let from?, nil): return "gjelder fra \(from)"
        case (nil, let to?): return "gjelder til \(to)"
        case (let from?, let to?): return "gjelder fra \(from) til \(to)"
        }
    }

    /// The single explanation left when evaluation of one rule is done.
    var result: Explanation? { stack.first?.last }
}
