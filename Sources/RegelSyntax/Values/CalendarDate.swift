/// A date in the proleptic Gregorian calendar, with no time of day or zone.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// A valid date, or nil when the day does not exist (2022-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    package init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (ASCII digits only).
    public init?(iso text: String) {
        self.init(anyISOBytes: text.utf8)
    }

    /// The same from UTF-8 bytes, so a reader need not make a `String` first. Not generic: a generic
    /// initializer called from another module would run unspecialised, through metadata lookups.
    package init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        self.init(anyISOBytes: bytes)
    }

    init?<Bytes: Collection<UInt8>>(anyISOBytes bytes: Bytes) {
        guard bytes.count == 10 else { return nil }
        var number = 0
        for (position, byte) in bytes.enumerated() {
            if position == 4 || position == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
            }
        }
        // `number` is YYYYMMDD.
        self.init(year: number / 10_000, month: number / 100 % 100, day: number % 100)
    }

    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// Earlier dates are smaller.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 0001-01-01, for day arithmetic.
    package var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 12 : month
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + day - 307
    }

    /// Day numbers of 0001-01-01 and 9999-12-31: the calendar Regel counts in.
    static let dayNumbers = 0...3_652_058

    /// The date with the given day number, or nil outside years 1–9999.
    package init?(dayNumber: Int) {
        guard CalendarDate.dayNumbers.contains(dayNumber) else { return nil }
        // Inverse of `dayNumber`, by the civil-from-days algorithm.
        let z = dayNumber + 306
        let era = z / 146097
        let dayOfEra = z - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// Whole years from `self` to `date`: the birthday counts, and a
    /// 29 February birthday falls on 1 March in a year without one.
    public func wholeYears(until date: CalendarDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// Whole months from `self` to `date`, by the same rule as `wholeYears`.
    public func wholeMonths(until date: CalendarDate) -> Int {
        var months = (date.year - year) * 12 + date.month - month
        if date.day < day { months -= 1 }
        return months
    }

    /// Adds (or with a negative count subtracts) calendar months; nil outside years 1–9999.
    ///
    /// A day that does not exist in the target month becomes the last day of that month,
    /// so 2024-01-31 plus one month is 2024-02-29: «I mangel av tilsvarende dag løper
    /// fristen ut på den siste dag i måneden» (foreldelsesloven § 29 nr. 1; domstolloven
    /// § 148 andre ledd). Age is counted by another rule; see `wholeYears(until:)`.
    public func adding(months: Int) -> CalendarDate? {
        let (total, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, total >= 12 else { return nil }
        let newYear = total / 12, newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.daysIn(month: newMonth, year: newYear)))
    }

    /// Adds days; nil outside years 1–9999.
    public func adding(days: Int) -> CalendarDate? {
        let (total, overflow) = dayNumber.addingReportingOverflow(days)
        return overflow ? nil : CalendarDate(dayNumber: total)
    }

    /// Months first, then days, as a person counts on a calendar; nil outside years 1–9999.
    public func adding(_ period: Period) -> CalendarDate? {
        adding(months: period.months)?.adding(days: period.days)
    }
}

import Foundation

extension CalendarDate {
    /// Today's date in the machine's time zone.
    public static var today: CalendarDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return CalendarDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CalendarDate(unchecked: 2000, 1, 1)
    }
}
