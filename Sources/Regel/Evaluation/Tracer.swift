/// Receives the evaluation of nodes, to build an explanation or do nothing.
/// The evaluator is generic over it, so the value-only path pays nothing.
protocol Tracer {
    static var isActive: Bool { get }
    /// The vurderingsdato of the evaluation about to run: which wording of a lovtekst is cited.
    mutating func start(on date: CalendarDate)
    mutating func begin()
    mutating func end(_ node: Node, _ value: Value, program: CompiledRuleSet)
    /// Ends a `hvis` case or an `unntak`: its condition's value, and the value the step gave.
    mutating func endStep(_ kind: StepKind, id: Int, condition: Value, value: Value, program: CompiledRuleSet)
    /// `detail`: the hjemmel the deciding `hvis` case or `hjemmel etter` chose, or the period of law not
    /// encoded; nil when there is nothing beyond the version.
    mutating func endRule(_ rule: Int, version: Int?, value: Value, program: CompiledRuleSet, appliedException: Int?, detail: RuleDetail?)
    /// Attaches the already built explanation of a rule evaluated earlier in this run.
    mutating func reuseRule(_ rule: Int)
    /// A calculation on known values that has no value: the node gives `ukjent`, and this says why.
    mutating func failure(_ node: Node, _ failure: CalculationFailure, operands: [Value], program: CompiledRuleSet)
}

extension Tracer {
    /// Only those that cite hjemmel need the date.
    @inline(__always) mutating func start(on date: CalendarDate) {}

    /// Only explanations keep the reason.
    @inline(__always) mutating func failure(_ node: Node, _ failure: CalculationFailure, operands: [Value], program: CompiledRuleSet) {}
}

/// The tracer for value-only evaluation.
struct NoTrace: Tracer {
    static var isActive: Bool { false }
    @inline(__always) mutating func begin() {}
    @inline(__always) mutating func end(_ node: Node, _ value: Value, program: CompiledRuleSet) {}
    @inline(__always) mutating func endStep(_ kind: StepKind, id: Int, condition: Value, value: Value, program: CompiledRuleSet) {}
    @inline(__always) mutating func endRule(_ rule: Int, version: Int?, value: Value, program: CompiledRuleSet, appliedException: Int?,
                                            detail: RuleDetail?) {}
    @inline(__always) mutating func reuseRule(_ rule: Int) {}
}

/// What an explanation says of a rule beyond its value and version.
enum RuleDetail {
    /// The hjemmel chosen by the deciding `hvis` case or by `hjemmel etter`.
    case hjemmel([HjemmelInfo])
    /// The period of law not encoded that the vurderingsdato falls in.
    case notEncoded(NotEncodedPeriod)
}

/// Steps of a rule that are not expressions.
enum StepKind {
    case hvis
    /// The exception with this index in the rule's list.
    case exception(rule: Int, index: Int)
}

extension Node.Kind {
    /// Nodes that appear as steps in an explanation; the rest fold into their parent.
    var isTraced: Bool {
        switch self {
        case .constant, .local, .vurderingsdato, .field, .arithmetic, .negate, .list, .record, .invalid: return false
        default: return true
        }
    }
}
