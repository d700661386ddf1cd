import Testing
import Regel

/// Age on the vurderingsdato, rule versions by date, and "ikke i kraft".
@Suite struct TimeTests {
    static let source = """
    faktum født: dato
    regel under_18
      hjemmel pbrl § 2-5 c
      når alder(født) < 18 år
    regel alder_nå: varighet
      hjemmel pbrl § 2-5 c
      verdi alder(født)
    regel sats: tall
      hjemmel test § 1
      gjelder til 2022-07-31
      verdi 1
    regel sats: tall
      hjemmel test § 2
      gjelder fra 2022-08-01
      verdi 2
    regel ny_rett
      hjemmel test § 3
      gjelder fra 2022-08-01
      når under_18
    """

    @Test(arguments: [
        ("2023-06-14", "ja"),   // the day before the 18th birthday
        ("2023-06-15", "nei"),  // the birthday itself counts: 18
        ("2023-06-16", "nei"),
    ])
    func eighteenthBirthday(on: String, expected: String) throws {
        let program = try #require(compileProgram(Self.source))
        #expect(try program.valueText("under_18", on, ["født": "2005-06-15"]) == expected)
    }

    @Test(arguments: [
        ("2022-02-28", "17 år"),  // no 29 February in 2022: still 17 on the 28th
        ("2022-03-01", "18 år"),  // one year older on 1 March
        ("2024-02-28", "19 år"),
        ("2024-02-29", "20 år"),  // leap year: the real birthday
    ])
    func leapDayBirthday(on: String, expected: String) throws {
        let program = try #require(compileProgram(Self.source))
        #expect(try program.valueText("alder_nå", on, ["født": "2004-02-29"]) == expected)
    }

    @Test func vurderingsdatoBeforeBirthGivesNegativeAge() throws {
        let program = try #require(compileProgram(Self.source))
        #expect(try program.valueText("alder_nå", "2024-06-14", ["født": "2024-06-15"]) == "-1 år")
        #expect(try program.valueText("under_18", "2024-06-14", ["født": "2024-06-15"]) == "ja")
    }

    @Test(arguments: [("2022-07-31", "1"), ("2022-08-01", "2"), ("2030-01-01", "2")])
    func versionByDate(on: String, expected: String) throws {
        let program = try #require(compileProgram(Self.source))
        #expect(try program.valueText("sats", on) == expected)
    }

    @Test func ruleWithNoVersionInForceIsNotInForce() throws {
        let program = try #require(compileProgram(Self.source))
        let outcome = try program.evaluate("ny_rett", in: try program.makeCase("2022-07-31", ["født": "2010-01-01"]))
        #expect(!outcome.isInForce)
        #expect(outcome.value.displayText == "ikke i kraft")
        #expect(outcome.missing.isEmpty)
        #expect(try program.valueText("ny_rett", "2022-08-01", ["født": "2010-01-01"]) == "ja")
    }

    /// «Ikke i kraft» belongs to the rule with no version in force; a rule in force that uses it is ukjent.
    @Test func ruleInForceUsingARuleNotInForceIsUnknown() throws {
        let program = try #require(compileProgram("""
        faktum a: ja/nei
        regel gammel
          hjemmel test § 1
          gjelder til 2000-01-01
          når a
        regel r
          hjemmel test § 2
          når ja og gammel
        """))
        let outcome = try program.evaluate("r", in: try program.makeCase("2024-01-01", ["a": "ja"]))
        #expect(outcome.isInForce)
        #expect(outcome.value == .unknown)
        #expect(outcome.missing.isEmpty)
        let text = ExplanationText.render(try #require(outcome.explanation), wording: false)
        #expect(text.hasPrefix("r = ukjent  (test.regel:6)"), "\(text)")
        #expect(text.contains("gammel: ikke i kraft på vurderingsdatoen  (test.regel:2)"), "\(text)")
        #expect(try program.valueText("gammel", "2024-01-01", ["a": "ja"]) == "ikke i kraft")
        #expect(try program.valueText("r", "1999-01-01", ["a": "ja"]) == "ja")
    }

    /// Dates move by domstolloven § 148 (a missing day is the month's last), while age counts
    /// a 29 February birthday from 1 March: the two rules differ on purpose.
    @Test func monthArithmeticEndsOnTheLastDayWhileAgeWaitsForMarch() throws {
        let program = try #require(compileProgram("""
        faktum født: dato
        regel myndig_fra: dato
          hjemmel test § 1
          verdi født + 18 år
        regel frist: dato
          hjemmel test § 1
          verdi født + 2 uker
        regel myndig
          hjemmel test § 1
          når alder(født) >= 18 år
        """))
        #expect(try program.valueText("myndig", "2022-02-28", ["født": "2004-02-29"]) == "nei")
        #expect(try program.valueText("myndig", "2022-03-01", ["født": "2004-02-29"]) == "ja")
        #expect(try program.valueText("myndig_fra", "2024-01-01", ["født": "2004-02-29"]) == "2022-02-28")
        #expect(try program.valueText("myndig_fra", "2024-01-01", ["født": "2005-06-15"]) == "2023-06-15")
        #expect(try program.valueText("frist", "2024-01-01", ["født": "2024-12-25"]) == "2025-01-08")
    }
}
