import Foundation

/// The answer for one rule in one case: what, why and what is missing.
public struct Outcome: Sendable {
    /// The rule asked about.
    public let rule: String
    /// `ja`, `nei`, a value, `ukjent`, or "ikke i kraft".
    public let value: Value
    /// For an undecided result: the facts and vurderinger that can still change it, in the order
    /// the rules mention them. Worked out when first read.
    public var missing: [MissingFact] { missingFacts.value }
    let tape: ExplanationTape?
    private let missingFacts: Lazy<[MissingFact]>

    init(rule: String, value: Value, tape: ExplanationTape?) {
        self.rule = rule
        self.value = value
        self.tape = tape
        self.missingFacts = Lazy { tape?.missingFacts() ?? [] }
    }

    /// The proof tree: rule → value → the sub-results that decided it. Built from the recording when read.
    public var explanation: Explanation? { tape.map { $0.explanation(at: $0.root) } }

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


/// A value computed once, on first use, from any thread.
final class Lazy<Wrapped: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var computed: Wrapped?
    private let compute: @Sendable () -> Wrapped

    init(_ compute: @escaping @Sendable () -> Wrapped) { self.compute = compute }

    var value: Wrapped {
        lock.lock()
        defer { lock.unlock() }
        if let computed { return computed }
        let result = compute()
        computed = result
        return result
    }
}
