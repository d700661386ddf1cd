import Testing
@testable import Regel
@testable import RegelSyntax

/// Calculations in rules: exact numbers, checked dates and durations, frister, rounding, and
/// failures that give an explained `ukjent` instead of a crash or a silent answer.
@Suite struct CalculationTests {
    static let source = """
    faktum n: tall
    faktum m: tall
    faktum start: dato
    faktum lengde: varighet
    regel produkt: tall
      hjemmel x § 1
      verdi n * m
    regel kvotient: tall
      hjemmel x § 1
      verdi n / m
    regel positiv
      hjemmel x § 1
      når n * m > 0
    regel flyttet: dato
      hjemmel x § 1
      verdi start + lengde
    regel ganget: varighet
      hjemmel x § 1
      verdi n * lengde
    regel frist: dato
      hjemmel x § 1
      verdi fristens_siste_dag(start, lengde)
    regel avrundet: tall
      hjemmel x § 1
      verdi avrund(n, m)
    """

    func program() throws -> CompiledRuleSet { try #require(compileProgram(Self.source)) }

    func explain(_ rule: String, _ facts: [String: String]) throws -> (String, String) {
        let program = try program()
        let outcome = try program.evaluate(rule, in: try program.makeCase("2024-03-01", facts))
        return (outcome.value.displayText, ExplanationText.render(try #require(outcome.explanation), wording: false))
    }

    @Test func tinyNumbersMultiplyExactly() throws {
        let program = try program()
        let givenCase = try CaseJSON.decode(#"{"vurderingsdato":"2024-03-01","fakta":{"n": 1e-65, "m": 1e-65}}"#,
                                           program: program, defaultDate: date("2024-01-01")).get()
        #expect(try program.evaluate("produkt", in: givenCase).value.displayText == "0," + String(repeating: "0", count: 129) + "1")
        #expect(try program.evaluate("positiv", in: givenCase).value == .truth(true))
    }

    @Test func divisionByZeroIsAnExplainedUnknown() throws {
        let (value, text) = try explain("kvotient", ["n": "5", "m": "0"])
        #expect(value == "ukjent")
        #expect(text.contains("«n / m» = ukjent: divisjon med null (verdiene var 5 og 0)  (test.regel:10)"), "\(text)")
        #expect(try program().evaluate("kvotient", in: try program().makeCase("2024-03-01", ["n": "5", "m": "0"])).missing.isEmpty)
    }

    @Test func dateOverflowIsAnExplainedUnknown() throws {
        let (value, text) = try explain("flyttet", ["start": "2024-01-01", "lengde": "9223372036854775807 dager"])
        #expect(value == "ukjent")
        #expect(text.contains("ukjent: datoen havner utenfor kalenderen (år 1–9999) (verdiene var 2024-01-01 og 9223372036854775807 dager)"), "\(text)")
        let (months, monthText) = try explain("flyttet", ["start": "2024-01-01", "lengde": "768614336404564650 måneder"])
        #expect(months == "ukjent")
        #expect(monthText.contains("utenfor kalenderen"))
    }

    @Test func durationTimesNumberIsExactOrExplained() throws {
        #expect(try explain("ganget", ["n": "1,5", "lengde": "2 år"]).0 == "3 år")
        #expect(try explain("ganget", ["n": "1,5", "lengde": "1 år"]).0 == "1 år og 6 måneder")
        let (value, text) = try explain("ganget", ["n": "1,5", "lengde": "1 måned"])
        #expect(value == "ukjent")
        #expect(text.contains("gir ikke et helt antall måneder og dager (verdiene var 1,5 og 1 måned)"), "\(text)")
        let (huge, hugeText) = try explain("ganget", ["n": "99999999999999999999", "lengde": "1 dag"])
        #expect(huge == "ukjent")
        #expect(hugeText.contains("varigheten blir for lang"))
    }

    /// foreldelsesloven § 29 nr. 1 and domstolloven § 148: a missing day is the last day of the month.
    @Test func monthsEndOnTheLastDayOfAShortMonth() throws {
        #expect(try explain("flyttet", ["start": "2024-01-31", "lengde": "1 måned"]).0 == "2024-02-29")
        #expect(try explain("flyttet", ["start": "2023-01-31", "lengde": "1 måned"]).0 == "2023-02-28")
        #expect(try explain("flyttet", ["start": "2024-03-31", "lengde": "-1 måned"]).0 == "2024-02-29")
        #expect(try explain("flyttet", ["start": "2024-02-29", "lengde": "1 år"]).0 == "2025-02-28")
        #expect(try explain("flyttet", ["start": "2024-01-31", "lengde": "32 dager"]).0 == "2024-03-03")
        #expect(Period.parse("1 år, 2 måneder og 3 dager") == .success(Period(months: 14, days: 3)))
        #expect(Period.parse("1 år og 1,5 måned") == .failure(.notWhole))
        #expect(Period(months: Int.min, days: Int.min).description == "-768614336404564650 år, -8 måneder og -9223372036854775808 dager")
        #expect(Period.parse("-9223372036854775808 dager").map(\.description) == .success("-9223372036854775808 dager"))
        #expect(Period.parse("-9223372036854775808 dager").map { $0.negated } == .success(nil))
    }

    /// domstolloven § 149: past Saturdays, Sundays and public holidays, Easter included.
    @Test func fristMovesToTheNextWorkingDay() throws {
        // 2024-03-30 is påskeaften (a Saturday); 31 March and 1 April are 1. and 2. påskedag.
        #expect(try explain("frist", ["start": "2024-03-16", "lengde": "2 uker"]).0 == "2024-04-02")
        // 17 May 2025 is a Saturday.
        #expect(try explain("frist", ["start": "2025-04-17", "lengde": "1 måned"]).0 == "2025-05-19")
        // Skjærtorsdag 2025 is 17 April, langfredag 18 April, 2. påskedag 21 April.
        #expect(try explain("frist", ["start": "2025-04-07", "lengde": "10 dager"]).0 == "2025-04-22")
        // A working day stays; 31 January plus one month is the last day of February.
        #expect(try explain("frist", ["start": "2024-01-31", "lengde": "1 måned"]).0 == "2024-02-29")
        #expect(try explain("frist", ["start": "2024-05-01", "lengde": "8 dager"]).0 == "2024-05-10")  // Kristi himmelfart 9 May
        #expect(try explain("frist", ["start": "2024-12-24", "lengde": "1 dag"]).0 == "2024-12-27")
    }

    @Test func easterIsComputed() {
        let known = [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2000, "2000-04-23"), (2038, "2038-04-25")]
        for (year, text) in known { #expect(CalendarDate.easterSunday(year: year)?.description == text) }
        #expect(date("2026-05-14").isPublicHoliday)  // Kristi himmelfartsdag
        #expect(date("2026-05-25").isPublicHoliday)  // 2. pinsedag
        #expect(!date("2026-05-26").isPublicHoliday)
        #expect(date("2026-11-30").weekday == 1)
    }

    @Test func roundingInRules() throws {
        #expect(try explain("avrundet", ["n": "2,5", "m": "0"]).0 == "3")
        #expect(try explain("avrundet", ["n": "-2,5", "m": "0"]).0 == "-3")
        #expect(try explain("avrundet", ["n": "1234,5678", "m": "2"]).0 == "1234,57")
        let (value, text) = try explain("avrundet", ["n": "1", "m": "0,5"])
        #expect(value == "ukjent")
        #expect(text.contains("antall desimaler må være et helt tall"), "\(text)")
    }

    @Test func constantCalculationsThatFailAreDiagnosed() {
        let found = RegelChecker.check(files: [SourceFile(name: "k.regel", text: """
        regel a: tall
          hjemmel x § 1
          verdi 1 / 0
        regel b: dato
          hjemmel x § 1
          verdi 2024-01-01 + 9223372036854775807 dager
        regel c: varighet
          hjemmel x § 1
          verdi 768614336404564651 år
        regel d: varighet
          hjemmel x § 1
          verdi 1,5 måned + 0,5 uke
        regel e: varighet
          hjemmel x § 1
          verdi 1,5 * 1 måned
        """)]).diagnostics
        #expect(found.map(summary) == [
            "R0405 3:9 «1 / 0» kan ikke regnes ut: divisjon med null; verdien ville alltid bli ukjent",
            "R0405 6:9 «2024-01-01 + 9223372036854775807 dager» kan ikke regnes ut: datoen havner utenfor kalenderen (år 1–9999); verdien ville alltid bli ukjent",
            "R0114 9:9 varigheten «768614336404564651 år» er for lang til å regne med; ingen dato ligger så langt unna",
            "R0115 12:9 varigheten «1,5 måned» er ikke et helt antall måneder eller dager; en måned har ikke et fast antall dager, så skriv hele måneder eller dager, for eksempel «6 uker» eller «45 dager»",
            "R0115 12:21 varigheten «0,5 uke» er ikke et helt antall måneder eller dager; en måned har ikke et fast antall dager, så skriv hele måneder eller dager, for eksempel «6 uker» eller «45 dager»",
            "R0405 15:9 «1,5 * 1 måned» kan ikke regnes ut: gir ikke et helt antall måneder og dager; verdien ville alltid bli ukjent",
        ])
    }

    @Test func durationsInCasesAreCheckedNotTrapped() throws {
        let program = try program()
        let result = CaseJSON.decode(#"{"vurderingsdato":"2024-03-01","fakta":{"lengde":"768614336404564651 år"}}"#,
                                     program: program, defaultDate: date("2024-01-01"))
        guard case .failure(let errors) = result else { Issue.record("expected an error"); return }
        #expect(errors.errors.map { "\($0.code.code) \($0.path): \($0.message)" } == ["R0603 $.fakta[\"lengde\"]: varigheten «768614336404564651 år» er for lang"])
    }

    @Test func largeJSONNumbersAreExactAndWrittenBackExactly() throws {
        let program = try program()
        let digits = "12345678901234567890123456789012345678901234567890"
        let givenCase = try CaseJSON.decode(#"{"vurderingsdato":"2024-03-01","fakta":{"n": \#(digits), "m": 0.1}}"#,
                                           program: program, defaultDate: date("2024-01-01")).get()
        #expect(givenCase.value(of: "n").displayText == digits)
        let written = CaseJSON.encode(givenCase)
        #expect(written.contains("\"n\" : \(digits)"), "\(written)")
        #expect(written.contains("\"m\" : 0.1"), "\(written)")
        let third = try CaseJSON.decode(#"{"vurderingsdato":"2024-03-01","fakta":{"n": "1/3"}}"#, program: program, defaultDate: date("2024-01-01")).get()
        #expect(CaseJSON.encode(third).contains("\"n\" : \"1/3\""))
    }
}
