/// Kleene logic without building a `Value`: the value-only path for ja/nei steps. Most of a
/// rule is `og`, `eller`, `ikke` and comparisons, and passing one byte instead of a `Value` enum
/// through each of them is most of the evaluator's speed. Explanations use the `Value` path.
enum Truth: UInt8 {
    case no, yes, unknown, notInForce

    init(_ value: Value) {
        switch value {
        case .truth(let flag): self = flag ? .yes : .no
        case .notInForce: self = .notInForce
        default: self = .unknown
        }
    }

    var negated: Truth {
        switch self {
        case .yes: return .no
        case .no: return .yes
        default: return self
        }
    }
}

extension Evaluator {
    /// The Kleene value of a ja/nei step.
    mutating func truth(_ index: Int32) -> Truth {
        let step = tables.steps[Int(index)]
        switch step.code {
        case .fact: return Truth(facts[Int(step.a)])
        case .and: return logicalTruth(true, step.a, step.b)
        case .or: return logicalTruth(false, step.a, step.b)
        case .not: return truth(step.a).negated
        case .compare: return compareTruth(step)
        default: return Truth(compute(index))
        }
    }

    /// `og` and `eller` as in `logical`: decided as soon as one operand decides; of two open
    /// operands, `ukjent` wins over «ikke i kraft».
    mutating func logicalTruth(_ isAnd: Bool, _ start: Int32, _ count: Int32) -> Truth {
        let deciding: Truth = isAnd ? .no : .yes
        var open: Truth?
        for offset in 0..<Int(count) {
            let result = truth(tables.children[Int(start) + offset])
            if result == deciding { return result }
            if result == .unknown || result == .notInForce { open = open == .unknown ? .unknown : result }
        }
        return open ?? (isAnd ? .yes : .no)
    }

    mutating func compareTruth(_ step: Plan.Step) -> Truth {
        let left = value(step.a), right = value(step.b)
        guard case .number(let x) = left, case .number(let y) = right else {
            return Truth(Operations.compare(Self.binaryOperator(step.flag), left, right))
        }
        let order = x.compare(y)
        let holds: Bool
        switch Self.binaryOperator(step.flag) {
        case .equal: holds = order == 0
        case .notEqual: holds = order != 0
        case .less: holds = order < 0
        case .lessEqual: holds = order <= 0
        case .greater: holds = order > 0
        case .greaterEqual: holds = order >= 0
        default: return .unknown
        }
        return holds ? .yes : .no
    }

    /// A truth as a value; nil for «ikke i kraft», which the `Value` path works out again, since it
    /// knows which rule was not in force.
    static func value(of truth: Truth) -> Value? {
        switch truth {
        case .yes: return .truth(true)
        case .no: return .truth(false)
        case .unknown: return .unknown
        case .notInForce: return nil
        }
    }
}
