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
    public let value: Value
    /// The sub-results that decided this one.
    public let children: [Explanation]
    /// For a rule that is in force: the period of the version used.
    public let validity: String?
    /// Where the step is written; text and location are read from it only when shown.
    let source: NodeSource
    /// True for an `alle:` / `minst ett av:` list.
    let isList: Bool

    init(kind: Kind, value: Value, children: [Explanation], source: NodeSource, validity: String? = nil, isList: Bool = false) {
        self.kind = kind
        self.value = value
        self.children = children
        self.source = source
        self.validity = validity
        self.isList = isList
    }

    /// The source text of the step, e.g. `alder(barn.fødselsdato) < 18 år`; for a rule its name;
    /// for `hvis` and `unntak` their first line.
    public var text: String {
        if case .rule(let name, _) = kind { return name }
        let full = source.text
        switch kind {
        case .hvis, .exception: return full.split(separator: "\n").first.map(String.init) ?? full
        default: return full
        }
    }

    /// Where the step is written, as `fil:linje`.
    public var location: String {
        "\(source.file.name):\(source.file.location(of: source.range.start).line)"
    }
}

/// Builds explanations while the evaluator runs: a stack of open steps.
struct ExplanationBuilder: Tracer {
    static var isActive: Bool { true }
    /// Finished steps not yet given to a parent, and where each open step's children start.
    var finished: [Explanation] = []
    var frames: [Int] = []
    var ruleExplanations: [Explanation?] = []

    mutating func begin() { frames.append(finished.count) }

    /// The children of the step that is ending.
    mutating func takeChildren() -> [Explanation] {
        let start = frames.popLast() ?? 0
        let children = Array(finished[start...])
        finished.removeSubrange(start...)
        return children
    }

    mutating func end(_ node: Node, _ value: Value, program: CompiledRuleSet) {
        let children = Self.deciding(takeChildren(), for: node.kind, value: value)
        let kind: Explanation.Kind
        var isList = false
        switch node.kind {
        case .fact(let slot):
            let fact = program.facts[slot]
            kind = fact.isJudgement ? .judgement(name: fact.name) : .fact(name: fact.name)
        case .rule:
            // The rule's own step is already a child; a reference adds nothing.
            if let only = children.first, children.count == 1 { return append(only) }
            kind = .condition
        case .conditionList:
            kind = .condition
            isList = true
        default: kind = .condition
        }
        append(Explanation(kind: kind, value: value, children: children, source: program.nodeSources[node.id], isList: isList))
    }

    mutating func endStep(_ kind: StepKind, id: Int, condition: Value, value: Value, program: CompiledRuleSet) {
        let children = takeChildren()
        let stepKind: Explanation.Kind
        switch kind {
        case .hvis: stepKind = .hvis
        case .exception(let hjemmel): stepKind = .exception(hjemmel: hjemmel)
        }
        append(Explanation(kind: stepKind, value: value, children: children, source: program.nodeSources[id]))
    }

    mutating func endRule(_ rule: Int, version: Int?, value: Value, program: CompiledRuleSet, appliedException: Int?) {
        let info = program.rules[rule]
        var children = takeChildren()
        if children.count == 1, children[0].isList {
            // `når alle:`: the list's items stand directly under the rule.
            children = children[0].children
        }
        let used = version.map { info.versions[$0] }
        let explanation = Explanation(kind: .rule(name: info.name, hjemmel: used?.hjemmel ?? info.hjemmel), value: value,
                                      children: children, source: NodeSource(file: info.file, range: info.range),
                                      validity: used.flatMap { Self.describe($0.validity) })
        if program.cachesRules {
            if ruleExplanations.isEmpty { ruleExplanations = Array(repeating: nil, count: program.rules.count) }
            ruleExplanations[rule] = explanation
        }
        append(explanation)
    }

    mutating func reuseRule(_ rule: Int) {
        if rule < ruleExplanations.count, let explanation = ruleExplanations[rule] { append(explanation) }
    }

    mutating func append(_ explanation: Explanation) {
        finished.append(explanation)
    }

    /// For a decided `og`/`eller`, only the operands that decided it; otherwise all.
    static func deciding(_ children: [Explanation], for kind: Node.Kind, value: Value) -> [Explanation] {
        guard case .truth(let flag) = value else { return children }
        let isAnd: Bool
        switch kind {
        case .logical(let op, _): isAnd = op == .and
        case .conditionList(let list, _): isAnd = list == .all
        default: return children
        }
        // ja for og / nei for eller: every operand counts. Otherwise only those with the deciding value.
        return flag == isAnd ? children : children.filter { $0.value == value }
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
    var result: Explanation? { finished.last }
}
