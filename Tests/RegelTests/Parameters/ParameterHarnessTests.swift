import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// `regel test` with rules applied to arguments, coverage per parameterised vilkår across every
/// application, the REPL's per-element results and interview, and the case schema's field questions.
@Suite struct ParameterHarnessTests {
    static let rules = """
    type Tjeneste:
      navn: tekst
      lov: en av hol, nav_loven, tannhelse
        spørsmål "Etter hvilken lov yter tjenesten?"
      kommunal: ja/nei
        spørsmål "Er tjenesten kommunal?"

    faktum tjenester: liste av Tjeneste
      spørsmål "Hvilke tjenester er involvert?"

    regel omfattet(t: Tjeneste)
      hjemmel hol § 3-4
      når alle:
        - t.lov i [hol, nav_loven]
        - t.kommunal

    regel alle_omfattet
      hjemmel hol § 3-4
      når alle t i tjenester der omfattet(t)

    """

    static let tests = """
    test "to tjenester"
      gitt
        vurderingsdato = 2024-01-01
        tjenester = [{navn: "Helsestasjon", lov: hol, kommunal: ja}, {navn: "NAV-kontoret", lov: nav_loven, kommunal: nei}]
      forvent
        omfattet(tjenester[0]) = ja
        omfattet(tjenester[1]) = ja
        alle_omfattet = nei
    """

    @Test func aFailedApplicationNamesTheElement() throws {
        let program = try #require(compileProgram(Self.rules + Self.tests))
        let report = TestRunner.run(program)
        #expect(report.summaryLine == "0 passed, 1 failed")
        let failed = try #require(report.results.first)
        #expect(failed.failures.count == 1)
        #expect(TestReportText.failure(failed) == """
        FEILET: «to tjenester» (test.regel:20)
          omfattet(tjenester[1]) — tjeneste 2 (NAV-kontoret) (linje 26)
            forventet: ja
            faktisk:   nei
            forklaring:
              tjeneste 2 (NAV-kontoret): omfattet = nei  (test.regel:11)
                hjemmel: hol § 3-4
                «t.kommunal» = nei
        """)
    }

    @Test func aTestExpectsOneValuePerElement() throws {
        let perElement = Self.tests.replacingOccurrences(of: "    omfattet(tjenester[0]) = ja\n    omfattet(tjenester[1]) = ja\n",
                                                         with: "    [omfattet(t) for t i tjenester] = [ja, nei]\n")
        let program = try #require(compileProgram(Self.rules + perElement))
        #expect(TestRunner.run(program).summaryLine == "1 passed, 0 failed")
        #expect(Coverage.measure(program).files[0].conditions.map(\.sawFalse) == [false, true])
        let wrong = try #require(compileProgram(Self.rules + perElement.replacingOccurrences(of: "[ja, nei]", with: "[ja, ja]")))
        let failed = try #require(TestRunner.run(wrong).results.first)
        let text = TestReportText.failure(failed)
        #expect(text.hasPrefix("""
        FEILET: «to tjenester» (test.regel:20)
          [omfattet(t) for t i tjenester] (linje 25)
            forventet: [ja, ja]
            faktisk:   [ja, nei]
        """), "\(text)")
        #expect(text.contains("tjeneste 2 (NAV-kontoret): omfattet = nei"))
        // The values must be a list of the rule's type.
        let typed = checkDiagnostics(Self.rules + perElement.replacingOccurrences(of: "[ja, nei]", with: "ja"))
        #expect(typed == ["R0401 25:39 «omfattet» er liste av ja/nei, men testen gir ja/nei"])
    }

    @Test func coverageCountsAParameterisedVilkårOverEveryApplication() throws {
        let program = try #require(compileProgram(Self.rules + Self.tests.replacingOccurrences(of: "omfattet(tjenester[1]) = ja",
                                                                                               with: "omfattet(tjenester[1]) = nei")))
        #expect(TestRunner.run(program).summaryLine == "1 passed, 0 failed")
        let report = Coverage.measure(program)
        #expect(report.rulePercent == 100)
        let items = report.files[0].conditions
        #expect(items.map(\.info.text) == ["t.lov i [hol, nav_loven]", "t.kommunal"])
        // `t.kommunal` was ja for the helsestasjon and nei for the NAV-kontor: both seen, from one rule.
        #expect(items.map { [$0.sawTrue, $0.sawFalse, $0.sawUnknown] } == [[true, false, false], [true, true, false]])
    }

    @Test func theReplShowsEachElementAndAsksPerElement() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-parametre-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.rules.write(to: folder.appendingPathComponent("tjenester.regel"), atomically: true, encoding: .utf8)
        let transcript = Transcript.record([
            "vurderingsdato = 2024-01-01",
            #"tjenester = [{navn: "Helsestasjon", lov: hol, kommunal: ja}, {navn: "NAV-kontoret", kommunal: ja}]"#,
            "omfattet",
            "omfattet(tjenester[1])",
            "tjenester[5].lov = hol",
            "intervju alle_omfattet",
            "nav_loven",
            "fakta",
        ], folder: folder.path, shownAs: "regler", today: date("2024-01-01"))
        #expect(transcript == """
        Regel – utforsk en sak etter reglene. Skriv «hjelp» for kommandoene og «avslutt» for å gå ut.
        leste 1 fil, 2 regler, 1 fakta og vurderinger
        vurderingsdato = 2024-01-01 (i dag; endre med «vurderingsdato = ÅÅÅÅ-MM-DD»)
        regel> vurderingsdato = 2024-01-01
        regel> tjenester = [{navn: "Helsestasjon", lov: hol, kommunal: ja}, {navn: "NAV-kontoret", kommunal: ja}]
        regel> omfattet
        tjeneste 1 (Helsestasjon): ja
        tjeneste 2 (NAV-kontoret): ukjent
          - tjenester[1].lov: tjeneste 2 (NAV-kontoret): Etter hvilken lov yter tjenesten?
        regel> omfattet(tjenester[1])
        omfattet(tjenester[1]) = ukjent
        mangler for å avgjøre «omfattet(tjenester[1])»:
          - tjenester[1].lov: tjeneste 2 (NAV-kontoret): Etter hvilken lov yter tjenesten?
        regel> tjenester[5].lov = hol
        feil: «tjenester[5].lov» finnes ikke: listen har 2 elementer, talt fra 0; oppgi listen først
          tjenester[5].lov = hol
          ^^^^^^^^^^^^^^^^
        regel> intervju alle_omfattet
        intervju om «alle_omfattet»: svar på spørsmålene; «vet ikke» hopper over et spørsmål, «avbryt» eller Ctrl-C stopper
        tjenester[1].lov (en av: hol, nav_loven, tannhelse): tjeneste 2 (NAV-kontoret): Etter hvilken lov yter tjenesten?
        svar> nav_loven

        avgjort:
        alle_omfattet = ja  (regler/tjenester.regel:17)
          hjemmel: hol § 3-4
          «alle t i tjenester der omfattet(t)» = ja
            tjenester = [{navn: "Helsestasjon", lov: hol, kommunal: ja}, {navn: "NAV-kontoret", lov: nav_loven, kommunal: ja}] (oppgitt)
            tjeneste 1 (Helsestasjon): omfattet = ja  (regler/tjenester.regel:11)
              hjemmel: hol § 3-4
              «t.lov i [hol, nav_loven]» = ja
              «t.kommunal» = ja
            tjeneste 2 (NAV-kontoret): omfattet = ja  (regler/tjenester.regel:11)
              hjemmel: hol § 3-4
              «t.lov i [hol, nav_loven]» = ja
              «t.kommunal» = ja
        regel> fakta
        vurderingsdato = 2024-01-01
        tjenester = [{navn: "Helsestasjon", lov: hol, kommunal: ja}, {navn: "NAV-kontoret", lov: nav_loven, kommunal: ja}]

        """)
    }

    @Test func theCaseSchemaAsksTheFieldsQuestions() throws {
        let program = try #require(compileProgram(Self.rules))
        let schema = CaseSchema.json(for: program)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any])
        let record = try #require((document["$defs"] as? [String: Any])?["Tjeneste"] as? [String: Any])
        let properties = try #require(record["properties"] as? [String: [String: Any]])
        #expect(properties["lov"]?["description"] as? String == "Etter hvilken lov yter tjenesten?")
        #expect(properties["kommunal"]?["description"] as? String == "Er tjenesten kommunal?")
        #expect(properties["navn"]?["description"] == nil)
    }
}
