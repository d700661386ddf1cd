import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// `regel test` in the library: results, failure reports, JUnit and coverage.
@Suite struct HarnessTests {
    static let source = """
    faktum a: ja/nei
    faktum b: ja/nei
    regel begge
      hjemmel lov § 1
      når alle:
        - a
        - b
    regel hvilken: tekst
      hjemmel lov § 2
      hvis a: "a"
      ellers: "ikke a"
    test "begge ja"
      gitt
        vurderingsdato = 2024-01-01
        a = ja
        b = ja
      forvent
        begge = ja
    test "feil med vilje"
      gitt
        vurderingsdato = 2024-01-01
        a = nei
      forvent
        begge = ja
    test "ukjent med mangler"
      gitt
        vurderingsdato = 2024-01-01
        a = ja
      forvent
        begge = ukjent mangler b
    """

    @Test func resultsAndSummaryLine() throws {
        let program = try #require(compileProgram(Self.source))
        let report = TestRunner.run(program)
        #expect(report.results.map(\.passed) == [true, false, true])
        #expect(report.summaryLine == "2 passed, 1 failed")
        #expect(TestRunner.run(program, filter: "BEGGE").summaryLine == "1 passed, 0 failed")
    }

    @Test func failureShowsExpectedActualAndExplanation() throws {
        let program = try #require(compileProgram(Self.source))
        let failed = try #require(TestRunner.run(program).results.first { !$0.passed })
        #expect(TestReportText.failure(failed) == """
        FEILET: «feil med vilje» (test.regel:19)
          begge (linje 24)
            forventet: ja
            faktisk:   nei
            forklaring:
              begge = nei  (test.regel:3)
                hjemmel: lov § 1
                a = nei (oppgitt)
        """)
    }

    @Test func missingFactsMustMatch() throws {
        let program = try #require(compileProgram(Self.source.replacingOccurrences(of: "mangler b", with: "mangler a")))
        let failure = try #require(TestRunner.run(program).results[2].failures.first)
        #expect(failure.expected == "ukjent mangler a")
        #expect(failure.actual == "ukjent mangler b")
    }

    @Test func junitXML() throws {
        let program = try #require(compileProgram(Self.source))
        let xml = JUnitWriter.xml(TestRunner.run(program))
        #expect(xml.contains(#"<testsuites tests="3" failures="1">"#))
        #expect(xml.contains(#"<testcase name="begge ja" classname="test.regel" file="test.regel" line="12"/>"#))
        #expect(xml.contains(#"<failure message="begge: forventet ja, fikk nei">"#))
        #expect(JUnitWriter.escape("a<b & \"c\"\u{1}") == "a&lt;b &amp; &quot;c&quot;\u{FFFD}")
    }

    @Test func coverageCountsRulesAndOutcomes() throws {
        let program = try #require(compileProgram(Self.source))
        let report = Coverage.measure(program)
        #expect(report.rulePercent == 50)
        let items = report.files[0].conditions
        #expect(items.map(\.info.text) == ["a", "b", "hvis a: \"a\""])
        #expect(items.map { [$0.sawTrue, $0.sawFalse, $0.sawUnknown] } == [[true, true, false], [true, false, true], [false, false, false]])
        #expect(report.untestedHjemler == ["lov § 2"])
        #expect(CoverageText.render(report) == """
        Dekning:
          test.regel: regler 1/2, vilkår 3: sett ja 2, nei 1, ukjent 1
            regelen «hvilken» brukes ikke av noen test
            linje 6: vilkåret «a» (i «begge») aldri sett: ukjent
            linje 7: vilkåret «b» (i «begge») aldri sett: nei
            linje 10: «hvis a: "a"» (i «hvilken») aldri sett: ja, nei, ukjent
        Totalt: regler 1/2 (50,0 %), vilkår 3: sett ja 2, nei 1, ukjent 1 (ja/nei: 50,0 %)
        Hjemler: 1/2 er begrunnelsen i minst én test (for «hvis» og «hjemmel etter» teller hjemmelen som ble valgt)
        Hjemler ingen test får som begrunnelse: lov § 2
        """)
    }
}
