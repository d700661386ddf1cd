/// Kleene logic, comparison and arithmetic on values.
enum Operations {
    /// Of two undetermined values, `ukjent` wins: missing facts say more than "ikke i kraft".
    static func undetermined(_ a: Value, _ b: Value) -> Value {
        if case .unknown = a { return a }
        if case .unknown = b { return b }
        return a.isUndetermined ? a : b
    }

    static func compare(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        if left.isUndetermined || right.isUndetermined { return undetermined(left.isUndetermined ? left : right, right) }
        switch op {
        case .equal: return .truth(left == right)
        case .notEqual: return .truth(left != right)
        default: break
        }
        guard let order = ordering(left, right) else { return .unknown }
        switch op {
        case .less: return .truth(order < 0)
        case .lessEqual: return .truth(order <= 0)
        case .greater: return .truth(order > 0)
        case .greaterEqual: return .truth(order >= 0)
        default: return .unknown
        }
    }

    /// Whether two values of one type are equal, by Kleene: `yes` when both are known and equal,
    /// `no` when some known part differs, `unknown` when only parts not given could tell. Records
    /// and lists are compared part by part; their nesting is bounded by the declared types.
    static func couldEqual(_ a: Value, _ b: Value) -> Truth {
        if a.isUndetermined || b.isUndetermined { return .unknown }
        switch (a, b) {
        case (.record(let typeA, let fieldsA), .record(let typeB, let fieldsB)):
            guard typeA == typeB, fieldsA.count == fieldsB.count else { return .no }
            return parts(fieldsA, fieldsB)
        case (.list(let itemsA), .list(let itemsB)):
            guard itemsA.count == itemsB.count else { return .no }
            return parts(itemsA, itemsB)
        default:
            return a == b ? .yes : .no
        }
    }

    static func parts(_ a: [Value], _ b: [Value]) -> Truth {
        var result = Truth.yes
        for (x, y) in zip(a, b) {
            switch couldEqual(x, y) {
            case .no: return .no
            case .yes: continue
            default: result = .unknown
            }
        }
        return result
    }

    /// -1, 0 or 1 for values of one ordered type.
    static func ordering(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a.compare(b)
        case (.date(let a), .date(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.duration(let a), .duration(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        default: return nil
        }
    }

    /// Arithmetic on two values. Undetermined operands give an undetermined result; known
    /// operands with no exact result (division by zero, a date outside the calendar, a number
    /// too large to keep) give a failure that the evaluator turns into an explained `ukjent`.
    static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Result<Value, CalculationFailure> {
        if left.isUndetermined || right.isUndetermined { return .success(undetermined(left.isUndetermined ? left : right, right)) }
        switch (op, left, right) {
        case (.add, .number(let a), .number(let b)): return number(a.adding(b))
        case (.subtract, .number(let a), .number(let b)): return number(a.subtracting(b))
        case (.multiply, .number(let a), .number(let b)): return number(a.multiplying(by: b))
        case (.divide, .number(let a), .number(let b)):
            return b.signum == 0 ? .failure(.divisionByZero) : number(a.dividing(by: b))
        case (.add, .date(let d), .duration(let p)), (.add, .duration(let p), .date(let d)): return shift(d, by: p)
        case (.subtract, .date(let d), .duration(let p)):
            guard let back = p.negated else { return .failure(.durationTooLarge) }
            return shift(d, by: back)
        case (.subtract, .date(let a), .date(let b)): return .success(.duration(Period(days: a.dayNumber - b.dayNumber)))
        case (.add, .duration(let a), .duration(let b)): return duration(a.adding(b))
        case (.subtract, .duration(let a), .duration(let b)): return duration(b.negated.flatMap(a.adding))
        case (.multiply, .number(let n), .duration(let p)), (.multiply, .duration(let p), .number(let n)):
            switch p.multiplied(by: n) {
            case .success(let product): return .success(.duration(product))
            case .failure(.notWhole): return .failure(.durationNotWhole)
            case .failure: return .failure(.durationTooLarge)
            }
        default: return .failure(.undefined)
        }
    }

    static func number(_ result: Number?) -> Result<Value, CalculationFailure> {
        result.map { .success(.number($0)) } ?? .failure(.numberTooLarge)
    }

    static func duration(_ result: Period?) -> Result<Value, CalculationFailure> {
        result.map { .success(.duration($0)) } ?? .failure(.durationTooLarge)
    }

    /// Months first, then days, as a person counts on a calendar.
    static func shift(_ date: CalendarDate, by period: Period) -> Result<Value, CalculationFailure> {
        date.adding(period).map { .success(.date($0)) } ?? .failure(.outsideCalendar)
    }

    static func negate(_ value: Value) -> Result<Value, CalculationFailure> {
        switch value {
        case .number(let n): return .success(.number(n.negated))
        case .duration(let p): return duration(p.negated)
        default: return .success(value)
        }
    }
}

/// Why an operation on known values has no value. The evaluator gives `ukjent`, and the
/// explanation says which operation failed on which values.
enum CalculationFailure: Error, Sendable {
    case divisionByZero
    case numberTooLarge
    case durationTooLarge
    case durationNotWhole
    case outsideCalendar
    case roundingDecimals
    case undefined
    case indexOutsideList
    case emptyList

    /// Norwegian text for the explanation.
    var reason: String {
        switch self {
        case .divisionByZero: return CalculationMessages.divisionByZero
        case .numberTooLarge: return CalculationMessages.numberTooLarge
        case .durationTooLarge: return CalculationMessages.durationTooLarge
        case .durationNotWhole: return CalculationMessages.durationNotWhole
        case .outsideCalendar: return CalculationMessages.outsideCalendar
        case .roundingDecimals: return CalculationMessages.roundingDecimals
        case .undefined: return CalculationMessages.undefined
        case .indexOutsideList: return CalculationMessages.indexOutsideList
        case .emptyList: return CalculationMessages.emptyList
        }
    }
}
