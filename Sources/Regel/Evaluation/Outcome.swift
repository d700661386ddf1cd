/// The answer for one rule in one case: what, why and what is missing.
public struct Outcome: Sendable {
    /// The rule asked about.
    public let rule: String
    /// `ja`, `nei`, a value, `ukjent`, «ikke i kraft» or «ikke kodet».
    public let value: Value
    /// For an undecided result: the facts and vurderinger that can still change it, in the order
    /// the rules mention them. Worked out when first read.
    public var missing: [MissingFact] { trace?.missingFacts() ?? [] }
    let trace: OutcomeTrace?

    init(rule: String, value: Value, trace: OutcomeTrace?) {
        self.rule = rule
        self.value = value
        self.trace = trace
    }

    /// The proof tree: rule → value → the sub-results that decided it. Built from the recording when read.
    public var explanation: Explanation? { trace.map { $0.tape.explanation(at: $0.root) } }

    /// The same outcome under another name (an expression typed in the REPL is named as typed).
    package func named(_ rule: String) -> Outcome { Outcome(rule: rule, value: value, trace: trace) }

    /// True when the rule has a version in force on the vurderingsdato.
    public var isInForce: Bool {
        if case .notInForce = value { return false }
        return true
    }

    /// False when the vurderingsdato falls in a period of law the rule does not encode (`ikke kodet`).
    public var isEncoded: Bool {
        if case .notEncoded = value { return false }
        return true
    }
}

/// A fact or vurdering whose absence leaves a result open.
public struct MissingFact: Sendable, Equatable {
    /// The dotted name of the fact or vurdering; for a field of an element of a list, its path in
    /// the case, counted from 0 as in JSON: `tjenester[1].lov`.
    public let name: String
    /// True for a vurdering (professional judgement), false for a fact.
    public let isJudgement: Bool
    /// The declared `spørsmål` (of the field, for an element's field), when there is one.
    public let question: String?
    /// The declared `veiledning`, when there is one.
    public let guidance: String?
    /// The type a value must have.
    public let type: ValueType
    /// For a field of an element of a list: the element, as explanations name it («tjeneste 2 (NAV-kontoret)»).
    public var element: ElementLabel?

    init(name: String, isJudgement: Bool, question: String?, guidance: String?, type: ValueType, element: ElementLabel? = nil) {
        self.name = name
        self.isJudgement = isJudgement
        self.question = question
        self.guidance = guidance
        self.type = type
        self.element = element
    }
}
