import Foundation

/// A calendar duration: whole months (years are twelve) and whole days (weeks are seven).
///
/// Arithmetic is checked: an operation whose result does not fit gives nil, never a trap.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Whole months; a year is twelve.
    public let months: Int
    /// Whole days; a week is seven.
    public let days: Int

    /// A period of `months` and `days`.
    public init(months: Int = 0, days: Int = 0) {
        self.months = months
        self.days = days
    }

    /// Why a text is not a duration.
    public enum ParseProblem: Error, Sendable, Equatable {
        case notADuration
        /// The count does not fit: more than `Int.max` months or days.
        case tooLarge
        /// The count gives part of a month or a day: `1,5 måned`, `0,5 uke`.
        case notWhole
    }

    /// Parses the text of a duration: `18 år`, `1,5 år` (18 months), `6 måneder`, `2 uker`, `1 dag`,
    /// and the combinations that `description` writes: `1 år, 2 måneder og 3 dager`.
    public static func parse(_ literal: String) -> Result<Period, ParseProblem> {
        let parts = literal.replacingOccurrences(of: " og ", with: ", ").components(separatedBy: ", ")
        guard parts.count > 1 else { return parseSingle(literal) }
        var total = Period()
        for part in parts {
            switch parseSingle(part) {
            case .success(let period):
                guard let sum = total.adding(period) else { return .failure(.tooLarge) }
                total = sum
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(total)
    }

    static func parseSingle(_ literal: String) -> Result<Period, ParseProblem> {
        let countText = literal.prefix { ($0.isASCII && $0.isNumber) || $0 == "," || $0 == "." || $0 == "-" }
        let unit = literal.dropFirst(countText.count).drop { $0 == " " }
        let count: Number
        switch Number.parse(String(countText)) {
        case .success(let number): count = number
        case .failure(.tooLarge): return .failure(.tooLarge)
        case .failure(.notANumber): return .failure(.notADuration)
        }
        let inMonths: Bool, factor: Int
        switch unit {
        case "år": (inMonths, factor) = (true, 12)
        case "måned", "måneder": (inMonths, factor) = (true, 1)
        case "uke", "uker": (inMonths, factor) = (false, 7)
        case "dag", "dager": (inMonths, factor) = (false, 1)
        default: return .failure(.notADuration)
        }
        return Period(months: inMonths ? 1 : 0, days: inMonths ? 0 : 1).multiplied(by: count.multiplying(by: Number(factor)))
    }

    /// `count` times this period, exactly: 1,5 × 1 år is 1 år og 6 måneder. Fails when a part
    /// becomes a fraction of a month or day, or does not fit.
    public func multiplied(by count: Number?) -> Result<Period, ParseProblem> {
        guard let count else { return .failure(.tooLarge) }
        guard let monthCount = count.multiplying(by: Number(months)), let dayCount = count.multiplying(by: Number(days)) else {
            return .failure(.tooLarge)
        }
        guard monthCount.isInteger, dayCount.isInteger else { return .failure(.notWhole) }
        guard let newMonths = monthCount.intValue, let newDays = dayCount.intValue else { return .failure(.tooLarge) }
        return .success(Period(months: newMonths, days: newDays))
    }

    /// Periods of one kind compare by size; a mix of months and days compares
    /// months first, since a month has no fixed number of days.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.months, lhs.days) < (rhs.months, rhs.days)
    }

    /// The sum, or nil when it does not fit.
    public func adding(_ other: Period) -> Period? {
        let (months, monthOverflow) = self.months.addingReportingOverflow(other.months)
        let (days, dayOverflow) = self.days.addingReportingOverflow(other.days)
        return monthOverflow || dayOverflow ? nil : Period(months: months, days: days)
    }

    /// The negation, or nil for the one value whose negation does not fit.
    public var negated: Period? {
        months == Int.min || days == Int.min ? nil : Period(months: -months, days: -days)
    }

    /// Norwegian text: `18 år`, `1 år og 6 måneder`, `14 dager`.
    public var description: String {
        var parts: [String] = []
        let years = months / 12, rest = months % 12
        if years != 0 { parts.append("\(years) år") }
        // `abs` would trap on Int.min; compare with ±1 instead.
        if rest != 0 { parts.append("\(rest) \(rest == 1 || rest == -1 ? "måned" : "måneder")") }
        if days != 0 { parts.append("\(days) \(days == 1 || days == -1 ? "dag" : "dager")") }
        if parts.isEmpty { return "0 dager" }
        return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " og " + (parts.last ?? "")
    }
}
