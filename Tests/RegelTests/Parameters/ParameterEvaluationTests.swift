import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Rules applied to each element of a list: values, membership, positions, `sum`/`minst`/`størst`,
/// explanations that name the element, and missing fields with their path and question.
@Suite struct ParameterEvaluationTests {
    static let source = """
    type Tjeneste:
      navn: tekst
      lov: en av hol, nav_loven, tannhelse
        spørsmål "Etter hvilken lov yter tjenesten?"
      kommunal: ja/nei

    faktum tjenester: liste av Tjeneste
    faktum tall: liste av tall
    faktum varigheter: liste av varighet

    regel omfattet(t: Tjeneste)
      hjemmel hol § 3-4
      når t.lov i [hol, nav_loven] og t.kommunal

    regel alle_omfattet
      hjemmel hol § 3-4
      når alle t i tjenester der omfattet(t)

    regel minst_én_omfattet
      hjemmel hol § 3-4
      når minst én t i tjenester der omfattet(t)

    regel ingen_omfattet
      hjemmel hol § 3-4
      når ingen t i tjenester der omfattet(t)

    regel antall_omfattet: tall
      hjemmel hol § 3-4
      verdi antall t i tjenester der omfattet(t)

    regel første_omfattet
      hjemmel hol § 3-4
      når omfattet(tjenester[0])

    regel tre_er_med
      hjemmel hol § 3-4
      når 3 i tall

    regel summen: tall
      hjemmel hol § 3-4
      verdi sum(tall)

    regel minste: tall
      hjemmel hol § 3-4
      verdi minst(tall)

    regel største: varighet
      hjemmel hol § 3-4
      verdi størst(varigheter)

    regel samlet: varighet
      hjemmel hol § 3-4
      verdi sum(varigheter)

    regel den_tiende: tall
      hjemmel hol § 3-4
      verdi tall[10]
    """

    static let helsestasjon = #"{"navn": "Helsestasjon", "lov": "hol", "kommunal": true}"#
    static let tannlegen = #"{"navn": "Tannlegen", "lov": "tannhelse", "kommunal": true}"#
    /// `lov` absent and `null`: both ukjent, not an error.
    static let navUtenLov = #"{"navn": "NAV-kontoret", "kommunal": true}"#
    static let navMedNull = #"{"navn": "NAV-kontoret", "lov": null, "kommunal": true}"#

    func program() throws -> CompiledRuleSet { try #require(compileProgram(Self.source)) }

    func caseWith(_ facts: String, _ program: CompiledRuleSet) throws -> Case {
        try CaseJSON.decode(#"{"vurderingsdato": "2024-01-01", "fakta": {"# + facts + "}}", program: program,
                            defaultDate: date("2024-01-01")).get()
    }

    func value(_ rule: String, _ facts: String) throws -> String {
        let program = try program()
        return try program.evaluate(rule, in: try caseWith(facts, program)).value.displayText
    }

    @Test func quantifiersOverRuleApplications() throws {
        let both = #""tjenester": [\#(Self.helsestasjon), \#(Self.tannlegen)]"#
        #expect(try value("alle_omfattet", both) == "nei")
        #expect(try value("minst_én_omfattet", both) == "ja")
        #expect(try value("ingen_omfattet", both) == "nei")
        #expect(try value("antall_omfattet", both) == "1")
        #expect(try value("første_omfattet", both) == "ja")
        let none = #""tjenester": []"#
        #expect(try value("alle_omfattet", none) == "ja")
        #expect(try value("minst_én_omfattet", none) == "nei")
        #expect(try value("ingen_omfattet", none) == "ja")
        #expect(try value("antall_omfattet", none) == "0")
        #expect(try value("første_omfattet", none) == "ukjent")
    }

    @Test func anAbsentOrNullFieldIsUnknown() throws {
        for nav in [Self.navUtenLov, Self.navMedNull] {
            let facts = #""tjenester": [\#(Self.helsestasjon), \#(nav)]"#
            #expect(try value("alle_omfattet", facts) == "ukjent")
            #expect(try value("minst_én_omfattet", facts) == "ja")
            #expect(try value("ingen_omfattet", facts) == "nei")
            #expect(try value("antall_omfattet", facts) == "ukjent")
        }
        // With the tannlege, which is not omfattet, `alle` is decided whatever NAV's law is.
        #expect(try value("alle_omfattet", #""tjenester": [\#(Self.tannlegen), \#(Self.navUtenLov)]"#) == "nei")
    }

    @Test func membershipIsKleene() throws {
        #expect(try value("tre_er_med", #""tall": [1, 3]"#) == "ja")
        #expect(try value("tre_er_med", #""tall": [1, 2]"#) == "nei")
        #expect(try value("tre_er_med", #""tall": []"#) == "nei")
        #expect(try value("tre_er_med", "") == "ukjent")
        let program = try program()
        let tjeneste = try #require(program.typeTable["Tjeneste"])
        guard case .record(let record) = tjeneste else { Issue.record("not a record"); return }
        let known = Value.record(record, [.text("A"), .enumeration(try #require(enumeration(record, "lov")), 0), .truth(true)])
        let open = Value.record(record, [.text("A"), .unknown, .truth(true)])
        let other = Value.record(record, [.text("B"), .unknown, .truth(true)])
        // Equal when known; could be equal when a field is not given; never equal when a known field differs.
        #expect(Operations.couldEqual(known, known) == .yes)
        #expect(Operations.couldEqual(known, open) == .unknown)
        #expect(Operations.couldEqual(known, other) == .no)
        #expect(Operations.couldEqual(.list([.number(Number(1))]), .list([.number(Number(1)), .number(Number(2))])) == .no)
    }

    func enumeration(_ record: RecordType, _ field: String) -> EnumerationType? {
        guard let index = record.fieldIndex(field), case .enumeration(let type) = record.fields[index].type else { return nil }
        return type
    }

    @Test func sumSmallestAndLargest() throws {
        #expect(try value("summen", #""tall": [1.5, 2, "1/3"]"#) == "3,83333333333333333333…")
        #expect(try value("summen", #""tall": []"#) == "0")
        let program = try program()
        var withUnknown = try caseWith("", program)
        try withUnknown.set("tall", .list([.number(Number(1)), .unknown]))
        #expect(try program.evaluate("summen", in: withUnknown).value == .unknown)
        #expect(try program.evaluate("minste", in: withUnknown).value == .unknown)
        #expect(try value("minste", #""tall": [3, -2, 7]"#) == "-2")
        #expect(try value("minste", #""tall": []"#) == "ukjent")
        #expect(try value("største", #""varigheter": ["6 måneder", "1 år", "10 dager"]"#) == "1 år")
        #expect(try value("samlet", #""varigheter": ["6 måneder", "1 år", "10 dager"]"#) == "1 år, 6 måneder og 10 dager")
        #expect(try value("samlet", #""varigheter": []"#) == "0 dager")
    }

    @Test func anEmptyListHasNoSmallestAndTheExplanationSaysWhy() throws {
        let program = try program()
        let outcome = try program.evaluate("minste", in: try caseWith(#""tall": []"#, program))
        let text = OutcomeText.render(outcome, explain: true)
        #expect(text.contains("«minst(tall)» = ukjent: listen er tom, så den har ikke noe minste eller største element"), "\(text)")
    }

    @Test func aPositionOutsideTheListIsAnExplainedUnknown() throws {
        let program = try program()
        let outcome = try program.evaluate("den_tiende", in: try caseWith(#""tall": [1, 2]"#, program))
        #expect(outcome.value == .unknown)
        #expect(OutcomeText.render(outcome, explain: true).contains("«tall[10]» = ukjent: plassnummeret er ikke et helt tall fra 0"))
        #expect(outcome.missing.isEmpty)
    }

    @Test func theExplanationNamesEachElement() throws {
        let program = try program()
        let outcome = try program.evaluate("alle_omfattet",
                                           in: try caseWith(#""tjenester": [\#(Self.helsestasjon), \#(Self.navUtenLov)]"#, program))
        #expect(OutcomeText.render(outcome, explain: true) == """
        alle_omfattet = ukjent  (test.regel:15)
          hjemmel: hol § 3-4
          «alle t i tjenester der omfattet(t)» = ukjent
            tjenester = [{navn: "Helsestasjon", lov: hol, kommunal: ja}, {navn: "NAV-kontoret", lov: ukjent, kommunal: ja}] (oppgitt)
            tjeneste 1 (Helsestasjon): omfattet = ja  (test.regel:11)
              hjemmel: hol § 3-4
              «t.lov i [hol, nav_loven] og t.kommunal» = ja
                «t.lov i [hol, nav_loven]» = ja
                «t.kommunal» = ja
            tjeneste 2 (NAV-kontoret): omfattet = ukjent  (test.regel:11)
              hjemmel: hol § 3-4
              «t.lov i [hol, nav_loven] og t.kommunal» = ukjent
                «t.lov i [hol, nav_loven]» = ukjent
                  tjeneste 2 (NAV-kontoret): tjenester[1].lov: ikke oppgitt
                «t.kommunal» = ja
        mangler for å avgjøre «alle_omfattet»:
          - tjenester[1].lov: tjeneste 2 (NAV-kontoret): Etter hvilken lov yter tjenesten?
        """)
        let explanation = try #require(outcome.explanation)
        let elements = explanation.children.flatMap(\.children).compactMap(\.element)
        #expect(elements == [ElementLabel(path: "tjenester[0]", text: "tjeneste 1 (Helsestasjon)"),
                             ElementLabel(path: "tjenester[1]", text: "tjeneste 2 (NAV-kontoret)")])
    }

    @Test func missingFieldsCarryTheirPathAndQuestion() throws {
        let program = try program()
        let outcome = try program.evaluate("antall_omfattet",
                                           in: try caseWith(#""tjenester": [\#(Self.navMedNull), \#(Self.navUtenLov)]"#, program))
        #expect(outcome.missing.map(\.name) == ["tjenester[0].lov", "tjenester[1].lov"])
        #expect(outcome.missing.map(\.question) == ["Etter hvilken lov yter tjenesten?", "Etter hvilken lov yter tjenesten?"])
        #expect(outcome.missing.map { $0.element?.text } == ["tjeneste 1 (NAV-kontoret)", "tjeneste 2 (NAV-kontoret)"])
        #expect(outcome.missing.allSatisfy { $0.type.displayName == "en av hol, nav_loven, tannhelse" && !$0.isJudgement })
        // The whole list missing is the fact itself.
        #expect(try program.evaluate("alle_omfattet", in: try caseWith("", program)).missing.map(\.name) == ["tjenester"])
    }

    @Test func theJSONExplanationHasTheElementAndItsPath() throws {
        let program = try program()
        let givenCase = try caseWith(#""tjenester": [\#(Self.helsestasjon), \#(Self.navUtenLov)]"#, program)
        let json = ExplanationJSON.render([try program.evaluate("alle_omfattet", in: givenCase)], program: program,
                                          vurderingsdato: givenCase.vurderingsdato)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let result = try #require((document["resultater"] as? [[String: Any]])?.first)
        let missing = try #require((result["mangler"] as? [[String: Any]])?.first)
        #expect(missing["navn"] as? String == "tjenester[1].lov")
        #expect(missing["element"] as? String == "tjeneste 2 (NAV-kontoret)")
        #expect(missing["spørsmål"] as? String == "Etter hvilken lov yter tjenesten?")
        let quantifier = try #require((result["forklaring"] as? [String: Any])?["steg"] as? [[String: Any]])
        let steps = try #require(quantifier.first?["steg"] as? [[String: Any]])
        #expect(steps.compactMap { $0["element"] as? String } == ["tjeneste 1 (Helsestasjon)", "tjeneste 2 (NAV-kontoret)"])
        #expect(steps.compactMap { $0["element_sti"] as? String } == ["tjenester[0]", "tjenester[1]"])
    }

    @Test func anElementWithoutANameIsNamedByItsNumber() {
        let record = RecordType(name: "Sak")
        record.fields = [("dato", .date)]
        #expect(ElementLabel.describe(.record(record, [.unknown]), position: 2) == "sak 3")
        #expect(ElementLabel.describe(.number(Number(5)), position: 0) == "element 1")
        let named = RecordType(name: "Person")
        named.fields = [("alder", .number), ("fornavn", .text)]
        #expect(ElementLabel.describe(.record(named, [.number(Number(3)), .text("Kari")]), position: 0) == "person 1 (Kari)")
    }

    @Test func aRuleWithParametersIsNotAnsweredAlone() throws {
        let program = try program()
        let givenCase = try caseWith("", program)
        #expect(throws: RegelError.ruleNeedsArguments("omfattet", parameters: ["t: «Tjeneste»"])) {
            try program.evaluate("omfattet", in: givenCase)
        }
        #expect(RegelError.ruleNeedsArguments("omfattet", parameters: ["t: «Tjeneste»"]).description
                    == "regelen «omfattet» har parametre (t: «Tjeneste») og har bare en verdi for argumenter; "
                    + "spør etter en regel som bruker den, eller test den med argumenter: «omfattet(…) = …» i en test")
        #expect(!program.evaluateAll(in: givenCase).map(\.rule).contains("omfattet"))
        #expect(program.evaluateAll(in: givenCase).count == program.rules.count - 1)
    }

    @Test func aCallIsKeptPerArgumentsWithinOneEvaluation() throws {
        let program = try program()
        #expect(program.cachesRules)
        let cache = RuleCache.take(for: program).takeUnretainedValue()
        let first = CallKey(rule: 0, arguments: [.number(Number(1))])
        cache.store(.truth(true), for: first)
        #expect(cache.value(first) == .truth(true))
        #expect(cache.value(CallKey(rule: 0, arguments: [.number(Number(2))])) == nil)
        RuleCache.give(Unmanaged.passUnretained(cache))
        // The next evaluation starts with nothing kept.
        let next = RuleCache.take(for: program)
        #expect(next.takeUnretainedValue().value(first) == nil)
        RuleCache.give(next)
    }

    @Test func theSameElementTwiceIsExplainedOnceAndReused() throws {
        let program = try #require(compileProgram(Self.source + """

        regel to_ganger
          hjemmel hol § 3-4
          når omfattet(tjenester[0]) og alle t i tjenester der omfattet(t)
        """))
        let outcome = try program.evaluate("to_ganger", in: try caseWith(#""tjenester": [\#(Self.helsestasjon)]"#, program))
        #expect(outcome.value == .truth(true))
        let text = OutcomeText.render(outcome, explain: true)
        #expect(text.components(separatedBy: "tjeneste 1 (Helsestasjon): omfattet = ja").count - 1 == 2, "\(text)")
    }

    @Test func setsAFieldOfAnElementByItsPath() throws {
        let program = try program()
        var givenCase = try caseWith(#""tjenester": [\#(Self.helsestasjon), \#(Self.navUtenLov)]"#, program)
        try givenCase.set(path: "tjenester[1].lov", try program.parseValue("nav_loven", forFact: "tjenester[1].lov").get())
        #expect(try program.evaluate("alle_omfattet", in: givenCase).value == .truth(true))
        #expect(givenCase.value(of: "tjenester").displayText.contains("{navn: \"NAV-kontoret\", lov: nav_loven, kommunal: ja}"))
        #expect(throws: CaseError.self) { try givenCase.set(path: "tjenester[2].lov", .unknown) }
        #expect(throws: CaseError.self) { try givenCase.set(path: "tjenester[0].fylke", .unknown) }
        #expect(throws: CaseError.self) { try givenCase.set(path: "tjenester[0].kommunal", .number(Number(1))) }
        #expect(CasePath.parse("tjenester[0]", program: program)?.steps == [.element(0)])
        #expect(CasePath.parse("tjenester[x]", program: program) == nil)
        #expect(CasePath.parse("tall[0].navn", program: program) == nil)
    }
}

/// `[verdi for t i liste der vilkår]`: one value per element, for `sum`, `minst`, `størst` and `i`.
@Suite struct ComprehensionTests {
    static let source = """
    type Tjeneste:
      navn: tekst
      timer: tall
        spørsmål "Hvor mange timer i uken?"
      ventetid: varighet
      kommunal: ja/nei
    faktum tjenester: liste av Tjeneste
    regel kommunale_timer: tall
      hjemmel x § 1
      verdi sum([t.timer for t i tjenester der t.kommunal])
    regel lengste_ventetid: varighet
      hjemmel x § 1
      verdi størst([t.ventetid for t i tjenester])
    regel noen_har_ti
      hjemmel x § 1
      når 10 i [t.timer for t i tjenester]
    """

    func outcome(_ rule: String, _ tjenester: String) throws -> Outcome {
        let program = try #require(compileProgram(Self.source))
        let givenCase = try CaseJSON.decode(#"{"vurderingsdato": "2024-01-01", "fakta": {"tjenester": \#(tjenester)}}"#, program: program,
                                            defaultDate: date("2024-01-01")).get()
        return try program.evaluate(rule, in: givenCase)
    }

    static let three = #"""
    [{"navn": "A", "timer": 4, "kommunal": true, "ventetid": "3 måneder"},
     {"navn": "B", "timer": 10, "kommunal": false, "ventetid": "1 år"},
     {"navn": "C", "timer": 2.5, "kommunal": true, "ventetid": "2 uker"}]
    """#

    @Test func valuesOfTheElementsTheConditionHoldsFor() throws {
        #expect(try outcome("kommunale_timer", Self.three).value.displayText == "6,5")
        #expect(try outcome("lengste_ventetid", Self.three).value.displayText == "1 år")
        #expect(try outcome("noen_har_ti", Self.three).value == .truth(true))
        #expect(try outcome("kommunale_timer", "[]").value.displayText == "0")
    }

    @Test func aFieldNotGivenIsAskedForByItsPath() throws {
        let result = try outcome("kommunale_timer", #"[{"navn": "A", "timer": 4, "kommunal": true}, {"navn": "C", "kommunal": true}]"#)
        #expect(result.value == .unknown)
        #expect(result.missing.map(\.name) == ["tjenester[1].timer"])
        #expect(result.missing.first?.question == "Hvor mange timer i uken?")
        // An element whose condition is nei does not count, given or not.
        #expect(try outcome("kommunale_timer", #"[{"navn": "A", "timer": 4, "kommunal": true}, {"navn": "C", "kommunal": false}]"#)
                    .value.displayText == "4")
    }

    @Test func anOpenConditionLeavesTheListOpen() throws {
        let result = try outcome("kommunale_timer", #"[{"navn": "A", "timer": 4}]"#)
        #expect(result.value == .unknown)
        #expect(result.missing.map(\.name) == ["tjenester[0].kommunal"])
    }

    @Test func theTypeIsAListOfTheValuesType() {
        #expect(checkDiagnostics(Self.source + "\nregel r: tall\n  hjemmel x § 1\n  verdi sum([t.kommunal for t i tjenester])\n")
                    == ["R0401 19:13 «sum» trenger liste av tall eller liste av varighet, men fikk liste av ja/nei"])
        #expect(checkDiagnostics(Self.source + "\nregel r: tall\n  hjemmel x § 1\n  verdi sum([t.timer for t i tjenester der t.timer])\n")
                    == ["R0403 19:44 vilkåret «t.timer» må være ja/nei, men er tall"])
    }

    @Test func aComprehensionHasOneValue() {
        let found = diagnostics(of: "regel r: tall\n  hjemmel x § 1\n  verdi sum([t for t i l, 2])\n").map(summary)
        #expect(found == ["R0203 3:27 en liste med «for» har ett uttrykk før «for» og ingen flere elementer; skriv «[t.timer for t i tjenester]»"])
    }
}
