import Foundation
import Testing
import Regel
@testable import RegelReport

/// The report and the site show what a rule file says about law: «ikke kodet» apart from «ikke i
/// kraft», the act that brought a version in, hjemmel under a `hvis` case or chosen by a value, and
/// a lovtekst with versions.
@Suite struct LawSourcesReportTests {
    static let source = """
    type Lov: en av hol, barnevernsloven

    lovtekst samarbeid "Barnevernloven (1992) § 3-2"
      kilde barnevernloven_1992 § 3-2
      gjelder til 2022-12-31
      \"\"\"
      Gammel ordlyd.
      \"\"\"
    lovtekst samarbeid "Barnevernsloven § 15-8"
      kilde barnevernsloven § 15-8
      gjelder fra 2023-01-01
      \"\"\"
      Ny ordlyd.
      \"\"\"

    faktum tjenesten.lov: Lov
    faktum behov: ja/nei

    regel rett_til_koordinator
      hjemmel samarbeid
      gjelder fra 2022-08-01
      innført ved "lov 11. juni 2021 nr. 78"
      ikke kodet til 2022-07-31 "hol § 7-2 i ordlyden før 2022"
      når behov

    regel plikt
      hjemmel hol § 3-4
      gjelder fra 2022-08-01
      ikke kodet til 2022-07-31 "pliktene slik de lød før 2022"
        når tjenesten.lov = hol
      når behov

    regel hvem: tekst
      hjemmel hol § 3-4 andre ledd
      hvis tjenesten.lov = barnevernsloven: "instans"
        hjemmel barnevernsloven § 15-8 andre ledd
      ellers: "tjenesteyter"

    test "kodet fra august 2022"
      gitt
        vurderingsdato = 2022-08-01
        behov = ja
      forvent
        rett_til_koordinator = ja
    """

    /// The report of `rett_til_koordinator` with `behov = ja` on `date`, parsed.
    static func report(on date: String) throws -> StrictHTML.Element {
        let program = try ReportFixtures.program(Self.source)
        var givenCase = program.makeCase(vurderingsdato: try #require(CalendarDate(iso: date)))
        try givenCase.set("behov", .truth(true))
        let report = DecisionReport(program: program, givenCase: givenCase, outcomes: [try program.evaluate("rett_til_koordinator", in: givenCase)])
        return try #require(PageChecks.check(DecisionReportHTML.render(report), name: "rapport \(date)"))
    }

    @Test func aRuleNotEncodedOnTheDateSaysSoWithItsPeriods() throws {
        let root = try Self.report(on: "2021-05-01")
        #expect(root.withClass("svar").first?.text == "ikke kodet på vurderingsdatoen")
        #expect(root.withClass("svar").first?.attributes["class"] == "svar ukjent")
        let tree = try #require(root.withClass("tre").first).text
        #expect(tree.contains("Ikke kodet til og med 2022-07-31: loven gjaldt, men regelen koder den ikke (hol § 7-2 i ordlyden før 2022)."))
        #expect(tree.contains("Regelen er i kraft fra 2022-08-01, innført ved lov 11. juni 2021 nr. 78."))
    }

    @Test func theVersionInForceCitesItsActAndItsWording() throws {
        let root = try Self.report(on: "2023-02-01")
        #expect(root.text.contains("Versjonen som gjelder fra 2022-08-01, innført ved lov 11. juni 2021 nr. 78."))
        #expect(root.all("blockquote").map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) } == ["Ny ordlyd."])
    }

    @Test func theSiteShowsVersionsOfTheWordingCaseHjemmelActsAndLawNotEncoded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-kilder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.source.write(to: folder.appendingPathComponent("kilder.regel"), atomically: true, encoding: .utf8)
        guard case .success(let pages) = RuleLibrarySite.build(paths: [folder.path]) else {
            Issue.record("the site was not built")
            return
        }
        var parsed: [String: StrictHTML.Element] = [:]
        for page in pages { parsed[page.path] = PageChecks.check(page.html, name: page.path) }
        let file = try #require(parsed["kilder.html"])
        let rule = try #require(file.byID("regel-rett_til_koordinator"))
        let statute = try #require(rule.withClass("lovtekst-kolonne").first).text
        #expect(statute.contains("Barnevernloven (1992) § 3-2 (til og med 2022-12-31)") && statute.contains("Gammel ordlyd."))
        #expect(statute.contains("Barnevernsloven § 15-8 (fra 2023-01-01)") && statute.contains("Ny ordlyd."))
        let facts = try #require(rule.first("dl")).text
        #expect(facts.contains("fra 2022-08-01, innført ved lov 11. juni 2021 nr. 78"))
        #expect(facts.contains("Ikke kodet") && facts.contains("til og med 2022-07-31: hol § 7-2 i ordlyden før 2022"))
        #expect(file.byID("lovtekst-samarbeid") != nil && file.byID("lovtekst-samarbeid-linje-9") != nil, "each version of the wording has its own anchor")
        let duty = try #require(file.byID("regel-plikt")?.first("dl")).text
        #expect(duty.contains("til og med 2022-07-31: pliktene slik de lød før 2022 (bare når tjenesten.lov = hol)"))
        let who = try #require(file.byID("regel-hvem")?.first("dl")).text
        #expect(who.contains("Hjemmel i tilfellene") && who.contains("barnevernsloven § 15-8 andre ledd"))
        let index = try #require(parsed["hjemler.html"])
        #expect(index.byID("hjemmel-barnevernsloven-15-8")?.all("code").contains { $0.text == "hvem" } == true, "the hjemmel under a hvis case is indexed")
        for paragraph in ["hjemmel-barnevernloven_1992-3-2", "hjemmel-barnevernsloven-15-8"] {
            #expect(index.byID(paragraph)?.all("code").contains { $0.text == "rett_til_koordinator" } == true,
                    "a rule citing a lovtekst with versions is listed under the kilde of each: \(paragraph)")
        }
    }
}
