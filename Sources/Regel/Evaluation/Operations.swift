import Foundation

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

    /// -1, 0 or 1 for values of one ordered type.
    static func ordering(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.date(let a), .date(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.duration(let a), .duration(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        default: return nil
        }
    }

    /// Arithmetic; dividing by zero or leaving the calendar gives `ukjent`.
    static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value) -> Value {
        if left.isUndetermined || right.isUndetermined { return undetermined(left.isUndetermined ? left : right, right) }
        switch (op, left, right) {
        case (.add, .number(let a), .number(let b)): return .number(a + b)
        case (.subtract, .number(let a), .number(let b)): return .number(a - b)
        case (.multiply, .number(let a), .number(let b)): return .number(a * b)
        case (.divide, .number(let a), .number(let b)): return b == 0 ? .unknown : .number(a / b)
        case (.add, .date(let d), .duration(let p)), (.add, .duration(let p), .date(let d)): return shift(d, by: p)
        case (.subtract, .date(let d), .duration(let p)): return shift(d, by: -p)
        case (.subtract, .date(let a), .date(let b)): return .duration(Period(days: a.dayNumber - b.dayNumber))
        case (.add, .duration(let a), .duration(let b)): return .duration(a + b)
        case (.subtract, .duration(let a), .duration(let b)): return .duration(a + -b)
        case (.multiply, .number(let n), .duration(let p)), (.multiply, .duration(let p), .number(let n)):
            let count = NSDecimalNumber(decimal: n).intValue
            guard Decimal(count) == n else { return .unknown }
            return .duration(Period(months: p.months * count, days: p.days * count))
        default: return .unknown
        }
    }

    /// Months first, then days, as a person counts on a calendar.
    static func shift(_ date: CalendarDate, by period: Period) -> Value {
        guard let months = date.adding(months: period.months), let result = months.adding(days: period.days) else { return .unknown }
        return .date(result)
    }

    static func negate(_ value: Value) -> Value {
        switch value {
        case .number(let n): return .number(-n)
        case .duration(let p): return .duration(-p)
        default: return value
        }
    }
}
