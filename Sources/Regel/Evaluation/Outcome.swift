/// The answer for one rule in one case: what, why and what is missing.
public struct Outcome: Sendable {
    /// The rule asked about.
    public let rule: String
    /// `ja`, `nei`, a value, `ukjent`, or "ikke i kraft".
    public let value: Value
    /// The proof tree, when asked for.
    public let explanation: Explanation?
    /// For an undecided result: the facts and vurderinger to ask for, in order.
    public let missing: [MissingFact]

    /// True when the rule has a version in force on the vurderingsdato.
    public var isInForce: Bool {
        if case .notInForce = value { return false }
        return true
    }
}

/// A fact or vurdering whose absence leaves a result open.
public struct MissingFact: Sendable, Equatable {
    public let name: String
    public let isJudgement: Bool
    public let question: String?
    public let guidance: String?
    public let type: ValueType
}

/// Finds the missing facts in an explanation: those under undecided steps,
/// in the order the rule mentions them, each once.
enum MissingFacts {
    static func collect(_ explanation: Explanation, program: CompiledRuleSet) -> [MissingFact] {
        guard explanation.value == .unknown else { return [] }
        var seen = Set<String>()
        var found: [MissingFact] = []
        var stack = [explanation]
        while let step = stack.popLast() {
            switch step.kind {
            case .fact(let name), .judgement(let name):
                if step.value == .unknown, seen.insert(name).inserted, let fact = program.fact(named: name) {
                    found.append(MissingFact(name: name, isJudgement: fact.isJudgement, question: fact.question,
                                             guidance: fact.guidance, type: fact.type))
                }
            default:
                // Only open steps can still change; children in reverse so the first is visited first.
                for child in step.children.reversed() where child.value == .unknown { stack.append(child) }
            }
        }
        return found
    }
}
