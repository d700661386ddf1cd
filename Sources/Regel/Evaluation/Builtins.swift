/// What each built-in function computes, once its arguments are known.
enum Builtins {
    static func apply(_ builtin: Builtin, _ values: [Value], on date: CalendarDate) -> Result<Value, CalculationFailure> {
        switch (builtin, values.first, values.dropFirst().first) {
        case (.alder, .date(let born)?, _): return .success(.duration(Period(months: born.wholeYears(until: date) * 12)))
        case (.antall, .list(let items)?, _): return .success(.number(Number(items.count)))
        case (.dagerMellom, .date(let a)?, .date(let b)?): return .success(.number(Number(b.dayNumber - a.dayNumber)))
        case (.årMellom, .date(let a)?, .date(let b)?): return .success(.number(Number(a.wholeYears(until: b))))
        case (.avrund, .number(let x)?, .number(let places)?): return round(x, places, .halfAwayFromZero)
        case (.avrundNed, .number(let x)?, .number(let places)?): return round(x, places, .down)
        case (.avrundOpp, .number(let x)?, .number(let places)?): return round(x, places, .up)
        case (.fristensSisteDag, .date(let start)?, .duration(let length)?):
            return start.lastDayOfFrist(length).map { .success(.date($0)) } ?? .failure(.outsideCalendar)
        default: return .failure(.undefined)
        }
    }

    static func round(_ x: Number, _ places: Number, _ mode: Number.RoundingMode) -> Result<Value, CalculationFailure> {
        guard let decimals = places.intValue, let rounded = x.rounded(decimals: decimals, mode) else {
            return .failure(.roundingDecimals)
        }
        return .success(.number(rounded))
    }
}
