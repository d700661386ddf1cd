import Testing
@testable import Regel
@testable import RegelSyntax

/// The value-only path takes short cuts (one byte per ja/nei step, comparisons with whole numbers
/// read in place, quantifier variables in plain memory); it must agree with the explained path.
@Suite struct FastPathTests {
    static let source = """
    faktum a: tall
    faktum b: tall
    faktum f: ja/nei
    faktum g: ja/nei
    regel under_18
      hjemmel x § 1
      når a < 18
    regel voksen_og_f
      hjemmel x § 2
      når a >= 18 og f
    regel null_eller_negativ
      hjemmel x § 3
      når a = 0 eller a <= -3 eller ikke (a != 7)
    regel b_over_a
      hjemmel x § 4
      når b > a og (f eller g)
    regel brøk
      hjemmel x § 5
      når a < 18,5 og a > -1
    regel begge
      hjemmel x § 6
      når under_18 og ikke voksen_og_f eller brøk
    regel med_unntak
      hjemmel x § 7
      når under_18
    unntak for med_unntak
      hjemmel x § 7 andre ledd
      når g
      gir nei
    regel fra_2030
      hjemmel x § 8
      gjelder fra 2030-01-01
      når f
    regel bruker_fra_2030
      hjemmel x § 9
      når fra_2030 eller g
    """

    static let numbers: [Value] = [.unknown, .number(0), .number(7), .number(-3), .number(-4), .number(17), .number(18),
                                   .number(19), .number(Number(numerator: 35, denominator: 2)!),
                                   .number(Number(numerator: 37, denominator: 2)!), .number(try! Number.parse("1e30").get()),
                                   .number(try! Number.parse("-1e30").get())]
    static let truths: [Value] = [.unknown, .truth(true), .truth(false)]

    @Test func valueOnlyAgreesWithTheExplanationOnEveryCombination() throws {
        let program = try #require(compileProgram(Self.source))
        var compared = 0
        for a in Self.numbers {
            for b in Self.numbers {
                for f in Self.truths {
                    for g in Self.truths {
                        var givenCase = program.makeCase(vurderingsdato: CalendarDate(year: 2024, month: 3, day: 1)!)
                        try givenCase.set("a", a)
                        try givenCase.set("b", b)
                        try givenCase.set("f", f)
                        try givenCase.set("g", g)
                        for rule in program.rules.indices {
                            let fast = program.value(ofRule: rule, in: givenCase)
                            let explained = program.evaluate(ruleNumber: rule, in: givenCase).value
                            #expect(fast == explained, "\(program.rules[rule].name) a=\(a) b=\(b) f=\(f) g=\(g)")
                            compared += 1
                        }
                    }
                }
            }
        }
        #expect(compared == 12 * 12 * 3 * 3 * 9)
    }

    @Test func aComparisonWithAWholeNumberIsPlannedAsOne() throws {
        let program = try #require(compileProgram(Self.source))
        let codes = program.plan.steps.map(\.code)
        // a < 18, a >= 18, a = 0, a <= -3, a != 7, a > -1: whole numbers; a < 18,5 and b > a are not.
        #expect(codes.filter { $0 == .compareWithInteger }.count == 6)
        #expect(codes.filter { $0 == .compare }.count == 2)
    }

    @Test func aCopiedCaseKeepsItsOwnFacts() throws {
        let program = try #require(compileProgram(Self.source))
        var original = program.makeCase(vurderingsdato: CalendarDate(year: 2024, month: 3, day: 1)!)
        try original.set("a", .number(3))
        var copy = original
        try copy.set("a", .number(30))
        copy.clear("f")
        #expect(original.value(of: "a") == .number(3))
        #expect(copy.value(of: "a") == .number(30))
        #expect(program.value(ofRule: 0, in: original) == .truth(true))
        #expect(program.value(ofRule: 0, in: copy) == .truth(false))
        #expect(original.program === copy.program)
    }

    /// A rule used inside a quantifier has a quantifier of its own with the same variable number;
    /// the outer variable must read its own item again afterwards.
    @Test func aQuantifierInARuleUsedInAQuantifierLeavesTheOuterVariableAlone() throws {
        let program = try #require(compileProgram("""
        faktum tall_liste: liste av tall
        regel alle_over_2
          hjemmel x § 1
          når alle x i tall_liste der x > 2
        regel teller: tall
          hjemmel x § 2
          verdi antall y i tall_liste der (alle_over_2 og y < 4)
        """))
        var givenCase = program.makeCase(vurderingsdato: CalendarDate(year: 2024, month: 3, day: 1)!)
        try givenCase.set("tall_liste", .list([.number(3), .number(4)]))
        let rule = try #require(program.ruleNumber("teller"))
        #expect(program.value(ofRule: rule, in: givenCase) == .number(1))
        #expect(program.evaluate(ruleNumber: rule, in: givenCase).value == .number(1))
    }
}
