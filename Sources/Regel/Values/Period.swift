/// A calendar duration: whole months (years are twelve) and whole days (weeks are seven).
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let months: Int
    public let days: Int

    public init(months: Int = 0, days: Int = 0) {
        self.months = months
        self.days = days
    }

    /// Parses the text of a duration token: `18 år`, `6 måneder`, `2 uker`, `1 dag`.
    init?(literal: String) {
        let digits = literal.prefix { $0.isASCII && $0.isNumber }
        let unit = literal.dropFirst(digits.count).trimmingPrefix(while: { $0 == " " })
        guard let count = Int(digits) else { return nil }
        switch unit {
        case "år": self.init(months: count * 12)
        case "måned", "måneder": self.init(months: count)
        case "uke", "uker": self.init(days: count * 7)
        case "dag", "dager": self.init(days: count)
        default: return nil
        }
    }

    /// Periods of one kind compare by size; a mix of months and days compares
    /// months first, since a month has no fixed number of days.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.months, lhs.days) < (rhs.months, rhs.days)
    }

    public static func + (lhs: Period, rhs: Period) -> Period {
        Period(months: lhs.months + rhs.months, days: lhs.days + rhs.days)
    }

    public static prefix func - (period: Period) -> Period {
        Period(months: -period.months, days: -period.days)
    }

    /// Norwegian text: `18 år`, `1 år og 6 måneder`, `14 dager`.
    public var description: String {
        var parts: [String] = []
        let years = months / 12, rest = months % 12
        if years != 0 { parts.append("\(years) år") }
        if rest != 0 { parts.append("\(rest) \(abs(rest) == 1 ? "måned" : "måneder")") }
        if days != 0 { parts.append("\(days) \(abs(days) == 1 ? "dag" : "dager")") }
        if parts.isEmpty { return "0 dager" }
        return parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " og " + (parts.last ?? "")
    }
}

extension Substring {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        drop(while: predicate)
    }
}
