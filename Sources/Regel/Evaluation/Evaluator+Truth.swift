/// Kleene logic without building a `Value`: the value-only path for ja/nei steps. Most of a
/// rule is `og`, `eller`, `ikke` and comparisons, and passing one byte instead of a `Value` enum
/// through each of them is most of the evaluator's speed. Explanations use the `Value` path.
enum Truth: UInt8 {
    /// `notInForce` stands for both of a rule's own «ikke i kraft» and «ikke kodet»; the `Value`
    /// path tells them apart.
    case no, yes, unknown, notInForce

    init(_ value: Value) {
        switch value {
        case .truth(let flag): self = flag ? .yes : .no
        case .notInForce, .notEncoded: self = .notInForce
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
        case .rule: return ruleTruth(Int(step.a))
        case .and: return logicalTruth(true, step.a, step.b)
        case .or: return logicalTruth(false, step.a, step.b)
        case .not: return truth(step.a).negated
        case .compare: return compareTruth(step)
        case .compareWithInteger:
            let left = tables.steps[Int(step.a)]
            guard left.code == .fact, let (a, b) = facts[Int(left.a)].inlineFraction else { return compareTruth(step) }
            return Self.holds(step.flag, Number.compare(a, b, Int64(step.c), 1))
        default: return Truth(compute(index))
        }
    }

    /// `og` and `eller` as in `logical`: decided as soon as one operand decides; of two open
    /// operands, `ukjent` wins over «ikke i kraft».
    @inline(__always) mutating func logicalTruth(_ isAnd: Bool, _ start: Int32, _ count: Int32) -> Truth {
        let deciding: Truth = isAnd ? .no : .yes
        var open: Truth?
        for offset in 0..<Int(count) {
            let child = tables.children[Int(start) + offset]
            // A fact, the most common operand, is read here rather than in a call.
            let step = tables.steps[Int(child)]
            let result = step.code == .fact ? Truth(facts[Int(step.a)]) : truth(child)
            if result == deciding { return result }
            if result == .unknown || result == .notInForce { open = open == .unknown ? .unknown : result }
        }
        return open ?? (isAnd ? .yes : .no)
    }

    /// A ja/nei rule's value without building a `Value`. Rules with exceptions, `hvis` cases or
    /// a kept value go through `rule`.
    mutating func ruleTruth(_ number: Int) -> Truth {
        let planned = tables.rules[number]
        guard !Trace.isActive, planned.isTruth, planned.exceptions.isEmpty, cache == nil else { return Truth(rule(number)) }
        for index in Int(planned.versions.lowerBound)..<Int(planned.versions.upperBound) {
            let version = tables.versions[index]
            guard version.from <= day && day <= version.to else { continue }
            guard version.body == .expression else { return Truth(rule(number)) }
            // As in `rule`: «ikke i kraft» below a rule in force is ukjent.
            let result = truth(version.start)
            return result == .notInForce ? .unknown : result
        }
        return .notInForce
    }

    /// A fact's or constant's number when it is an inline fraction, read in place: most comparisons
    /// are between those, and this way they copy no `Value`.
    @inline(__always) func inlineFraction(_ index: Int32) -> (Int64, Int64)? {
        let step = tables.steps[Int(index)]
        switch step.code {
        case .fact: return facts[Int(step.a)].inlineFraction
        case .constant: return tables.constants[Int(step.a)].inlineFraction
        default: return nil
        }
    }

    mutating func compareTruth(_ step: Plan.Step) -> Truth {
        let order: Int
        if let (a, b) = inlineFraction(step.a), let (c, d) = inlineFraction(step.b) {
            order = Number.compare(a, b, c, d)
        } else {
            let left = value(step.a), right = value(step.b)
            guard case .number(let x) = left, case .number(let y) = right else {
                return Truth(Operations.compare(Self.binaryOperator(step.flag), left, right))
            }
            order = x.compare(y)
        }
        return Self.holds(step.flag, order)
    }

    /// Whether comparison `flag` holds for `order` (-1, 0 or 1).
    @inline(__always) static func holds(_ flag: UInt8, _ order: Int) -> Truth {
        let holds: Bool
        switch binaryOperator(flag) {
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

    /// A truth as a value; nil for «ikke i kraft» and «ikke kodet», which the `Value` path works
    /// out again, since it knows which rule had no version and why.
    static func value(of truth: Truth) -> Value? {
        switch truth {
        case .yes: return .truth(true)
        case .no: return .truth(false)
        case .unknown: return .unknown
        case .notInForce: return nil
        }
    }
}

extension Value {
    /// The number as numerator and denominator when it is kept inline; nil for anything else.
    @inline(__always) var inlineFraction: (Int64, Int64)? {
        if case .number(let number) = self, case .small(let a, let b) = number.storage { return (a, b) }
        return nil
    }
}
