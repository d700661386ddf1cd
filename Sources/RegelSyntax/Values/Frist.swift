/// Frister as domstolloven §§ 148–149 count them, with the Norwegian public holidays.
///
/// § 148: the day the frist starts to run is not counted; a frist in days ends that many
/// days later; a frist in weeks, months or years ends on the day with the same name or
/// number, and when the last month has no such day, on the last day of that month.
/// § 149: a frist that would end on a Saturday, a Sunday or a public holiday (helgedag or
/// høytidsdag, lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdagar) is extended to
/// the next day that is none of these.
extension CalendarDate {
    /// The last day of a frist of `length` that starts to run on `self`; nil outside years 1–9999.
    package func lastDayOfFrist(_ length: Period) -> CalendarDate? {
        guard var day = adding(length) else { return nil }
        while !day.isWorkingDay {
            guard let next = day.adding(days: 1) else { return nil }
            day = next
        }
        return day
    }

    /// Monday to Friday, and not a public holiday.
    package var isWorkingDay: Bool {
        weekday <= 5 && !isPublicHoliday
    }

    /// 1 for Monday through 7 for Sunday.
    package var weekday: Int {
        // Day number 0 is 0001-01-01, a Monday in the proleptic Gregorian calendar.
        dayNumber % 7 + 1
    }

    /// Norwegian public holidays (helligdager and høytidsdager): 1 January, Skjærtorsdag,
    /// Langfredag, 1. and 2. påskedag, 1 May, 17 May, Kristi himmelfartsdag, 1. and 2. pinsedag,
    /// 25 and 26 December.
    package var isPublicHoliday: Bool {
        switch (month, day) {
        case (1, 1), (5, 1), (5, 17), (12, 25), (12, 26): return true
        default: break
        }
        guard let easter = CalendarDate.easterSunday(year: year) else { return false }
        let offset = dayNumber - easter.dayNumber
        return [-3, -2, 0, 1, 39, 49, 50].contains(offset)
    }

    /// 1. påskedag in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher).
    package static func easterSunday(year: Int) -> CalendarDate? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: year, month: month, day: day)
    }
}
