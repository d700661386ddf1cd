import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// «Ikke kodet» apart from «ikke i kraft», the act that brought a version in, and the hjemmel that
/// follows the case: under a `hvis`, under `ellers`, and chosen by a value (`hjemmel etter`).
@Suite struct LawSourcesTests {
    static let source = """
    type Lov: en av hol, nav_loven, barnevernsloven

    lovtekst hol_7_2 "Helse- og omsorgstjenesteloven § 7-2"
      kilde hol § 7-2
      \"\"\"
      Kommunen skal tilby koordinator.
      \"\"\"

    faktum tjenesten.lov: Lov
    faktum behov: ja/nei

    regel rett_til_koordinator
      hjemmel hol_7_2
      gjelder fra 2022-08-01
      innført ved "lov 11. juni 2021 nr. 78"
      ikke kodet til 2022-07-31 "hol § 7-2 i ordlyden før 2022"
      når behov

    regel ny_rett
      hjemmel hol § 7-2 a
      gjelder fra 2022-08-01
      når behov

    regel plikt
      hjemmel hol § 3-4
      hjemmel etter tjenesten.lov
        nav_loven: nav-loven § 15 a
        barnevernsloven: barnevernsloven § 15-8
      når behov

    regel hvem: tekst
      hjemmel hol § 3-4 andre ledd
      hvis tjenesten.lov = barnevernsloven: "instans"
        hjemmel barnevernsloven § 15-8 andre ledd
      ellers: "tjenesteyter"

    regel bruker_koordinator
      hjemmel hol § 7-2
      når rett_til_koordinator eller behov
    """

    static func program() throws -> CompiledRuleSet { try #require(compileProgram(source)) }

    static func explain(_ rule: String, _ on: String, _ facts: [String: String]) throws -> String {
        let program = try program()
        let outcome = try program.evaluate(rule, in: try program.makeCase(on, facts))
        return try ExplanationText.render(#require(outcome.explanation), wording: false)
    }

    @Test func beforeTheEncodedPeriodTheRuleIsNotEncodedNotOutOfForce() throws {
        let program = try Self.program()
        let outcome = try program.evaluate("rett_til_koordinator", in: program.makeCase("2021-05-01", ["behov": "ja"]))
        #expect(outcome.value == .notEncoded("rett_til_koordinator"))
        #expect(outcome.isInForce && !outcome.isEncoded)
        #expect(outcome.missing.isEmpty)
        #expect(try program.valueText("ny_rett", "2021-05-01", ["behov": "ja"]) == "ikke i kraft")
        #expect(try program.valueText("rett_til_koordinator", "2022-08-01", ["behov": "ja"]) == "ja")
        #expect(OutcomeText.render(outcome, explain: false)
                == "rett_til_koordinator: ikke kodet på vurderingsdatoen (loven gjaldt, men regelen koder den ikke)")
    }

    @Test func theExplanationShowsThePeriodAndTheAct() throws {
        #expect(try Self.explain("rett_til_koordinator", "2021-05-01", ["behov": "ja"]) == """
        rett_til_koordinator: ikke kodet på vurderingsdatoen  (test.regel:12)
          hjemmel: hol § 7-2
          ikke kodet til og med 2022-07-31: hol § 7-2 i ordlyden før 2022 — loven gjaldt, men regelen sier ikke hva den sa
          i kraft fra 2022-08-01, innført ved lov 11. juni 2021 nr. 78
        """)
        #expect(try Self.explain("ny_rett", "2021-05-01", ["behov": "ja"]) == """
        ny_rett: ikke i kraft på vurderingsdatoen  (test.regel:19)
          hjemmel: hol § 7-2 a
          i kraft fra 2022-08-01
        """)
        #expect(try Self.explain("rett_til_koordinator", "2023-01-01", ["behov": "ja"]) == """
        rett_til_koordinator = ja  (test.regel:12)
          hjemmel: hol § 7-2
          (versjonen som gjelder fra 2022-08-01, innført ved lov 11. juni 2021 nr. 78)
          behov = ja (oppgitt)
        """)
    }

    /// In logic «ikke kodet» is ukjent: a rule in force that uses it is decided by its other operands or stays ukjent.
    @Test func aRuleUsingANotEncodedRuleIsUnknownUnlessDecidedOtherwise() throws {
        let program = try Self.program()
        #expect(try program.valueText("bruker_koordinator", "2021-05-01", ["behov": "ja"]) == "ja")
        let open = try program.evaluate("bruker_koordinator", in: program.makeCase("2021-05-01", ["behov": "nei"]))
        #expect(open.value == .unknown)
        #expect(open.missing.isEmpty)
        #expect(try ExplanationText.render(#require(open.explanation), wording: false) == """
        bruker_koordinator = ukjent  (test.regel:37)
          hjemmel: hol § 7-2
          «rett_til_koordinator eller behov» = ikke kodet
            rett_til_koordinator: ikke kodet på vurderingsdatoen  (test.regel:12)
              hjemmel: hol § 7-2
              ikke kodet til og med 2022-07-31: hol § 7-2 i ordlyden før 2022 — loven gjaldt, men regelen sier ikke hva den sa
              i kraft fra 2022-08-01, innført ved lov 11. juni 2021 nr. 78
            behov = nei (oppgitt)
        """)
    }

    @Test func jsonMarksNotEncodedWithThePeriods() throws {
        let program = try Self.program()
        let givenCase = try program.makeCase("2021-05-01", ["behov": "ja"])
        let outcome = try program.evaluate("rett_til_koordinator", in: givenCase)
        let document = ExplanationJSON.object([outcome], program: program, vurderingsdato: givenCase.vurderingsdato)
        let result = try #require((document["resultater"] as? [[String: Any]])?.first)
        #expect(result["verdi"] is NSNull)
        #expect(result["i_kraft"] as? Bool == true)
        #expect(result["kodet"] as? Bool == false)
        let step = try #require(result["forklaring"] as? [String: Any])
        #expect(step["kodet"] as? Bool == false)
        #expect(step["ikke_kodet"] as? [String: String] == ["til": "2022-07-31", "merknad": "hol § 7-2 i ordlyden før 2022"])
        #expect(step["i_kraft_perioder"] as? [[String: String]] == [["fra": "2022-08-01", "innført_ved": "lov 11. juni 2021 nr. 78"]])
    }

    @Test func batchRecordsAndCountsNotEncoded() throws {
        let program = try Self.program()
        var options = BatchOptions()
        options.rules = ["rett_til_koordinator", "ny_rett"]
        var output = ""
        let summary = try BatchRunner(program: program, options: options)
            .run(lines: [#"{"vurderingsdato":"2021-05-01","fakta":{"behov":true}}"#]) { output += $0 }
        #expect(output.contains(
            #""resultater":[{"regel":"rett_til_koordinator","verdi":null,"i_kraft":true,"kodet":false},{"regel":"ny_rett","verdi":null,"i_kraft":false}]"#))
        #expect(summary.rules.map(\.notEncoded) == [1, 0])
        #expect(summary.rules.map(\.notInForce) == [0, 1])
        #expect(summary.text.contains("rett_til_koordinator: ja 0, nei 0, ukjent 0, ikke i kraft 0, ikke kodet 1"))
    }

    @Test func testsCanExpectNotEncoded() throws {
        let program = try #require(compileProgram(Self.source + """

        test "før 2022"
          gitt
            vurderingsdato = 2021-05-01
            behov = ja
          forvent
            rett_til_koordinator = ikke kodet
            ny_rett = ikke i kraft
        test "feil forventning"
          gitt
            vurderingsdato = 2021-05-01
          forvent
            rett_til_koordinator = ikke i kraft
        """))
        let results = program.tests.map { TestRunner.run($0, program: program) }
        #expect(results.map(\.failures.count) == [0, 1])
        #expect(results[1].failures.first.map { "\($0.expected) / \($0.actual)" } == "ikke i kraft / ikke kodet")
    }

    @Test func hjemmelFollowsTheDecidingCase() throws {
        #expect(try Self.explain("hvem", "2023-01-01", ["tjenesten.lov": "barnevernsloven"]) == """
        hvem = "instans"  (test.regel:31)
          hjemmel: barnevernsloven § 15-8 andre ledd
          hvis tjenesten.lov = barnevernsloven: "instans"  → "instans"
            «tjenesten.lov = barnevernsloven» = ja
              tjenesten.lov = barnevernsloven (oppgitt)
        """)
        // `ellers` has no hjemmel of its own: the rule's stands.
        #expect(try Self.explain("hvem", "2023-01-01", ["tjenesten.lov": "hol"]).hasPrefix("""
        hvem = "tjenesteyter"  (test.regel:31)
          hjemmel: hol § 3-4 andre ledd
        """))
        // Open: the rule's own hjemmel.
        #expect(try Self.explain("hvem", "2023-01-01", [:]).hasPrefix("hvem = ukjent  (test.regel:31)\n  hjemmel: hol § 3-4 andre ledd\n"))
    }

    @Test func hjemmelEtterChoosesByValue() throws {
        #expect(try Self.explain("plikt", "2023-01-01", ["behov": "ja", "tjenesten.lov": "nav_loven"]) == """
        plikt = ja  (test.regel:24)
          hjemmel: nav-loven § 15 a
          behov = ja (oppgitt)
        """)
        #expect(try Self.explain("plikt", "2023-01-01", ["behov": "ja", "tjenesten.lov": "barnevernsloven"])
                .contains("hjemmel: barnevernsloven § 15-8\n"))
        // No row for the value, or the value unknown: the rule's own hjemmel.
        #expect(try Self.explain("plikt", "2023-01-01", ["behov": "ja", "tjenesten.lov": "hol"]).contains("hjemmel: hol § 3-4\n"))
        #expect(try Self.explain("plikt", "2023-01-01", ["behov": "ja"]).contains("hjemmel: hol § 3-4\n"))
    }

    @Test func coverageCountsTheHjemlerChosen() throws {
        let program = try #require(compileProgram(Self.source + """

        test "nav"
          gitt
            vurderingsdato = 2023-01-01
            behov = ja
            tjenesten.lov = nav_loven
          forvent
            plikt = ja
            hvem = "tjenesteyter"
        test "før"
          gitt
            vurderingsdato = 2021-05-01
          forvent
            rett_til_koordinator = ikke kodet
        """))
        let report = Coverage.measure(program)
        #expect(report.hjemmelCount.cited == 2)
        #expect(report.hjemmelCount.all == 7)
        #expect(report.untestedHjemler == ["hol § 7-2", "hol § 7-2 a", "hol § 3-4", "barnevernsloven § 15-8",
                                           "barnevernsloven § 15-8 andre ledd"])
        #expect(report.rulesOnlyWithoutVersion == ["rett_til_koordinator"])
        let text = CoverageText.render(report)
        #expect(text.contains("Hjemler: 2/7 er begrunnelsen i minst én test"))
        #expect(text.contains("Regler testene bare prøver når de er «ikke i kraft» eller «ikke kodet»: rett_til_koordinator"))
    }

    @Test func diagnostics() {
        #expect(checkDiagnostics("""
        faktum f: ja/nei
        regel r
          hjemmel x § 1
          gjelder fra 2022-08-01
          ikke kodet fra 2022-01-01 til 2022-08-31
          ikke kodet til 2022-03-01
          når f
        """) == [
            "R0507 5:3 perioden «ikke kodet» for «r» overlapper en versjon av regelen; på en dag er regelen enten i kraft eller ikke kodet",
            "R0507 6:3 to perioder «ikke kodet» for «r» overlapper; skriv perioden én gang",
        ])
        #expect(checkDiagnostics("""
        type Lov: en av hol, nav
        faktum lov: Lov
        faktum n: tall
        regel r
          hjemmel x § 1
          hjemmel etter lov
            hol, nva: x § 2
            hol: x § 3
          når lov = hol
        regel s
          hjemmel x § 1
          hjemmel etter n
            ja: x § 2
          når n > 1
        regel t
          hjemmel x § 1
          hjemmel etter lov
          når lov = hol
        """) == [
            "R0301 7:10 «nva» er ikke en av verdiene i «Lov»: hol, nav",
            "R0508 8:5 hjemmelen for «hol» blir aldri valgt: verdien står allerede på linje 7, og den første linjen vinner",
            "R0401 12:17 «hjemmel etter n» må velge etter en oppramsing eller ja/nei, men «n» er tall",
            "R0220 17:3 «hjemmel etter …» trenger linjer under seg, én per verdi: «verdi: hjemmel»",
        ])
        #expect(checkDiagnostics("""
        faktum f: ja/nei
        regel r: tekst
          hjemmel x § 1
          hvis f: "a"
          hvis f: "b"
            hjemmel x § 2
          ellers: "c"
            hjemmel x § 3
        """) == [
            "R0503 5:8 dette «hvis» nås aldri: vilkåret er allerede dekket av «hvis» på linje 4",
            "R0508 6:13 hjemmelen under dette «hvis» blir aldri valgt: tilfellet nås aldri (det er dekket av linje 4)",
        ])
    }

    @Test func clausesParseAndFormatCanonically() throws {
        let tree = parse(Self.source)
        #expect(tree.diagnostics.isEmpty)
        let rules = tree.declarations.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
        #expect(rules[0].enactedBy?.text == "lov 11. juni 2021 nr. 78")
        #expect(rules[0].notEncoded.map { "\($0.validity.to.map(\.description) ?? "-") \($0.note ?? "-")" } == ["2022-07-31 hol § 7-2 i ordlyden før 2022"])
        #expect(rules[2].hjemmelTable?.rows.map { $0.values.map(\.text) } == [["nav_loven"], ["barnevernsloven"]])
        if case .cases(let cases, _) = rules[3].body { #expect(cases.map(\.hjemmel.count) == [1]) } else { Issue.record("hvem has cases") }
        #expect(RegelFormatter.format(SourceFile(name: "a.regel", text: Self.source + "\n")).text == Self.source + "\n")
    }

    /// A lovtekst with versions: a hjemmel cites the wording in force on the vurderingsdato.
    @Test func aLovtekstWithVersionsIsCitedInTheVersionInForce() throws {
        let program = try #require(compileProgram("""
        lovtekst barnevern_samarbeid "Barnevernloven (1992) § 3-2"
          kilde barnevernloven_1992 § 3-2
          gjelder til 2022-12-31
          \"\"\"
          Gammel ordlyd.
          \"\"\"
        lovtekst barnevern_samarbeid "Barnevernsloven § 15-8"
          kilde barnevernsloven § 15-8
          gjelder fra 2023-01-01
          \"\"\"
          Ny ordlyd.
          \"\"\"
        faktum f: ja/nei
        regel plikt
          hjemmel barnevern_samarbeid, hol § 3-4
          når f
        """))
        func cited(_ day: String) throws -> String {
            let outcome = try program.evaluate("plikt", in: program.makeCase(day, ["f": "ja"]))
            return try ExplanationText.render(#require(outcome.explanation))
        }
        #expect(try cited("2022-10-01") == """
        plikt = ja  (test.regel:14)
          hjemmel: barnevernloven_1992 § 3-2; hol § 3-4
          lovtekst (barnevernloven_1992 § 3-2):
            » Gammel ordlyd.
          f = ja (oppgitt)
        """)
        #expect(try cited("2023-01-01").hasPrefix("plikt = ja  (test.regel:14)\n  hjemmel: barnevernsloven § 15-8; hol § 3-4\n"))
        #expect(try cited("2023-01-01").contains("» Ny ordlyd."))
        let report = Coverage.measure(program)
        #expect(report.hjemmelCount.all == 3)
    }

    /// Between two wordings of a lovtekst (or before the first) the hjemmel is still cited, by the
    /// lovtekst's name, with a note that no wording is in force, rather than dropped.
    @Test func aGapBetweenLovtekstVersionsIsCitedNotDropped() throws {
        let program = try #require(compileProgram("""
        lovtekst l "Gammel"
          kilde x § 1
          gjelder til 2020-12-31
          \"\"\"
          Gammel ordlyd.
          \"\"\"
        lovtekst l "Ny"
          kilde x § 2
          gjelder fra 2023-01-01
          \"\"\"
          Ny ordlyd.
          \"\"\"
        faktum f: ja/nei
        regel r
          hjemmel l
          når f
        """))
        let outcome = try program.evaluate("r", in: program.makeCase("2022-01-01", ["f": "ja"]))
        #expect(try ExplanationText.render(#require(outcome.explanation)) == """
        r = ja  (test.regel:14)
          hjemmel: l (ingen versjon av lovteksten gjelder på vurderingsdatoen)
          f = ja (oppgitt)
        """)
    }

    @Test func lovtekstVersionsMayNotOverlap() {
        let plikt = "faktum f: ja/nei\nregel r\n  hjemmel l\n  når f\n"
        #expect(checkDiagnostics(plikt + """
        lovtekst l
          gjelder fra 2022-01-01
          \"\"\"
          a
          \"\"\"
        lovtekst l
          gjelder fra 2022-06-01
          \"\"\"
          b
          \"\"\"
        """) == ["R0311 10:10 to lovtekster «l» gjelder på samme dag; periodene i «gjelder fra/til» må ikke overlappe"])
        #expect(checkDiagnostics(plikt + """
        lovtekst l
          \"\"\"
          a
          \"\"\"
        lovtekst l
          gjelder fra 2022-06-01
          \"\"\"
          b
          \"\"\"
        """) == ["R0302 9:10 lovteksten «l» er deklarert mer enn én gang"])
    }

    /// `ikke kodet … når …`: earlier law existed only for some cases (the laws that had the duty
    /// before); for the others the rule is «ikke i kraft», and while the `når` is open, ukjent.
    @Test func aNotEncodedPeriodCanHoldForSomeCasesOnly() throws {
        let program = try #require(compileProgram("""
        type Lov: en av hol, nav_loven
        faktum tjenesten.lov: Lov
        faktum behov: ja/nei
        regel plikt
          hjemmel hol § 3-4
          gjelder fra 2022-08-01
          ikke kodet til 2022-07-31 "pliktene slik de lød før 2022"
            når tjenesten.lov = hol
          når behov
        """))
        #expect(try program.valueText("plikt", "2021-01-01", ["tjenesten.lov": "hol"]) == "ikke kodet")
        #expect(try program.valueText("plikt", "2021-01-01", ["tjenesten.lov": "nav_loven"]) == "ikke i kraft")
        let open = try program.evaluate("plikt", in: program.makeCase("2021-01-01", [:]))
        #expect(open.value == .unknown)
        #expect(open.missing.map(\.name) == ["tjenesten.lov"])
        #expect(try ExplanationText.render(#require(open.explanation)) == """
        plikt = ukjent  (test.regel:4)
          hjemmel: hol § 3-4
          i kraft fra 2022-08-01
          «tjenesten.lov = hol» = ukjent
            tjenesten.lov: ikke oppgitt
        """)
        #expect(program.rules[0].notEncodedPeriod(on: date("2021-01-01"))?.isConditional == true)
        #expect(try program.valueText("plikt", "2023-01-01", ["behov": "ja"]) == "ja")
    }

    /// A rule with a parameter: `hjemmel etter` reads the element, and `ikke kodet … når` holds per
    /// element, so one application's «ikke kodet» is not kept for the next.
    @Test func hjemmelAndNotEncodedFollowEachElement() throws {
        let program = try #require(compileProgram("""
        type Lov: en av hol, nav_loven
        type Tjeneste:
          navn: tekst
          lov: Lov
        faktum tjenester: liste av Tjeneste
        regel plikt(t: Tjeneste)
          hjemmel hol § 3-4
          hjemmel etter t.lov
            nav_loven: nav-loven § 15 a
          gjelder fra 2022-08-01
          ikke kodet til 2022-07-31 "pliktene slik de lød før 2022"
            når t.lov = hol
          når t.lov i [hol, nav_loven]
        regel alle_plikter
          hjemmel hol § 3-4
          når alle t i tjenester der plikt(t)
        """))
        let services = "[{navn: \"Helsestasjonen\", lov: hol}, {navn: \"NAV-kontoret\", lov: nav_loven}]"
        let after = try program.evaluate("alle_plikter", in: program.makeCase("2024-03-01", ["tjenester": services]))
        #expect(after.value == .truth(true))
        let text = try ExplanationText.render(#require(after.explanation), wording: false)
        #expect(text.contains("""
            tjeneste 1 (Helsestasjonen): plikt = ja  (test.regel:6)
              hjemmel: hol § 3-4
        """), "\(text)")
        #expect(text.contains("""
            tjeneste 2 (NAV-kontoret): plikt = ja  (test.regel:6)
              hjemmel: nav-loven § 15 a
        """), "\(text)")
        let before = try program.evaluate("alle_plikter", in: program.makeCase("2021-03-01", ["tjenester": services]))
        #expect(before.value == .unknown)
        let beforeText = try ExplanationText.render(#require(before.explanation), wording: false)
        #expect(beforeText.contains("""
            tjeneste 1 (Helsestasjonen): plikt: ikke kodet på vurderingsdatoen  (test.regel:6)
              hjemmel: hol § 3-4
              ikke kodet til og med 2022-07-31: pliktene slik de lød før 2022 — loven gjaldt, men regelen sier ikke hva den sa
              i kraft fra 2022-08-01
              «t.lov = hol» = ja
            tjeneste 2 (NAV-kontoret): plikt: ikke i kraft på vurderingsdatoen  (test.regel:6)
        """), "\(beforeText)")
    }
}
