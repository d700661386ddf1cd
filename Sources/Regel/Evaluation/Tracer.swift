/// Receives the evaluation of nodes, to build an explanation or do nothing.
/// The evaluator is generic over it, so the value-only path pays nothing.
protocol Tracer {
    static var isActive: Bool { get }
    /// The vurderingsdato of the evaluation about to run: which wording of a lovtekst is cited.
    mutating func start(on date: CalendarDate)
    /// True when every node is reported, also those an explanation folds into their parent (coverage
    /// needs a vilkår that is only a field, `- tjeneste.kommunal`).
    static var tracesEveryNode: Bool { get }
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
    /// Ends a rule applied to arguments (its rule step has just ended), naming the element it was applied
    /// to; `call` is given when the call may come again with the same arguments (`reuseCall`).
    mutating func endCall(_ call: CallKey?, element: CalledElement?)
    /// Attaches the explanation of a call evaluated earlier in this run with the same arguments.
    mutating func reuseCall(_ call: CallKey)
    /// A field of an element of a list that the case does not give.
    mutating func missingField(_ field: MissingElementField)
    /// Ends what `begin` began without a step of its own: what was recorded since belongs to the enclosing step.
    mutating func fold()
}

extension Tracer {
    /// Only those that cite hjemmel need the date.
    @inline(__always) mutating func start(on date: CalendarDate) {}

    static var tracesEveryNode: Bool { false }

    /// Only explanations keep the reason.
    @inline(__always) mutating func failure(_ node: Node, _ failure: CalculationFailure, operands: [Value], program: CompiledRuleSet) {}
    /// Only explanations name elements.
    @inline(__always) mutating func endCall(_ call: CallKey?, element: CalledElement?) {}
    @inline(__always) mutating func reuseCall(_ call: CallKey) {}
    @inline(__always) mutating func missingField(_ field: MissingElementField) {}
    @inline(__always) mutating func fold() {}
}

/// A field of an element of a list that is not given: its path (`tjenester[1].lov`, 0-based), the
/// element's label, the field's question and type.
struct MissingElementField: Sendable {
    /// The field's node, for where it is written (`t.lov`).
    let node: Int
    let path: String
    let element: ElementLabel?
    let question: String?
    let type: ValueType
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
        case .constant, .local, .vurderingsdato, .field, .arithmetic, .negate, .list, .record, .index, .invalid: return false
        default: return true
        }
    }
}
