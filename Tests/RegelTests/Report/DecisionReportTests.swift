import Foundation
import Testing
import Regel
@testable import RegelReport

/// `DecisionReportHTML`: a well-formed, self-contained page that holds the answer, the hjemmel,
/// the statute wording, the facts (vurderinger marked), what is missing and «hva skal til», with
/// every value from the case escaped.
@Suite struct DecisionReportTests {
    static func report(alternatives: [String: ChangeAlternatives] = [:], rules: [String] = ["rett"]) throws -> (html: String, program: CompiledRuleSet) {
        let program = try ReportFixtures.program()
        let givenCase = try ReportFixtures.undecidedCase(program)
        let outcomes = try rules.map { try program.evaluate($0, in: givenCase) }
        let report = DecisionReport(program: program, givenCase: givenCase, outcomes: outcomes, alternatives: alternatives)
        return (DecisionReportHTML.render(report), program)
    }

    @Test func holdsTheQuestionAnswerDateFingerprintAndVersions() throws {
        let (html, program) = try Self.report()
        let root = try #require(PageChecks.check(html, name: "rapport"))
        #expect(root.first("title")?.text == "Vurdering: rett")
        let answer = try #require(root.withClass("svar").first)
        #expect(answer.text == "ukjent")
        #expect(answer.attributes["class"] == "svar ukjent")
        #expect(root.byID("vurderingsdato")?.text == "2024-03-01")
        #expect(root.byID("fingeravtrykk")?.text == program.fingerprint)
        #expect(root.first("header")?.text.contains("regel \(RegelVersion.program), regelspråk \(RegelVersion.language)") == true)
        #expect(root.withClass("sporsmal").first?.text.contains("«rett»") == true)
        // The comment above the rule describes it.
        #expect(root.byID("regel-rett")?.parent?.text.contains("Retten til barnekoordinator for familier med barn under 18 år.") == true)
    }

    @Test func explanationTreeHasHjemmelWordingAndFolds() throws {
        let root = try #require(PageChecks.check(try Self.report().html, name: "rapport"))
        let hjemmel = root.withClass("hjemmel").map(\.text)
        #expect(hjemmel.contains { $0.contains("pbrl § 2-5 c") })
        let quotes = root.all("blockquote").filter { $0.attributes["class"] == "lovtekst" }
        #expect(quotes.count == 1, "the wording is quoted once")
        #expect(quotes.first?.text.trimmingCharacters(in: .whitespacesAndNewlines) == "Familier som har eller venter barn med alvorlig sykdom, skade eller nedsatt funksjonsevne, har rett til barnekoordinator.")
        let folds = root.all("details")
        #expect(!folds.isEmpty && folds.allSatisfy { $0.attributes["open"] == "" }, "every step is unfolded from the start")
        let tree = try #require(root.withClass("tre").first)
        #expect(tree.text.contains("alder(barn.fødselsdato) < 18 år"))
        #expect(tree.withClass("vurdering").contains { $0.text == "vurdering" })
        #expect(tree.text.contains("ikke oppgitt"))
        #expect(root.text.contains("Versjonen som gjelder fra 2022-08-01."))
    }

    @Test func caseValuesAreEscaped() throws {
        let html = try Self.report(rules: ["rett", "hilsen"]).html
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<i>hei</i>"))
        let root = try #require(PageChecks.check(html, name: "rapport"))
        let rows = root.all("tr").filter { $0.text.contains("barn.navn") }
        #expect(rows.first?.withClass("faktaverdi").first?.text == "\"<script>alert(1)</script>\"")
        #expect(root.all("script").count == 1, "only the folding script")
        #expect(root.withClass("svar").last?.text == "\"<i>hei</i> & ha det\"")
    }

    @Test func givenFactsMarkJudgementsAndMissingFactsHaveQuestions() throws {
        let root = try #require(PageChecks.check(try Self.report().html, name: "rapport"))
        let judgement = try #require(root.all("tr").first { $0.text.contains("behov.sammensatte") })
        #expect(judgement.attributes["class"] == "rad-vurdering")
        #expect(judgement.withClass("vurdering").first?.text == "vurdering")
        let fact = try #require(root.all("tr").first { $0.text.contains("barn.fødselsdato") })
        #expect(fact.attributes["class"] == "rad-faktum")
        let missing = try #require(root.withClass("mangler").first).all("li")
        #expect(missing.count == 1)
        #expect(missing.first?.text == "faktum foreldrene.ønsker: Ønsker foreldrene barnekoordinator?")
    }

    @Test func alternativesAreShownOnlyWhenGiven() throws {
        let without = try #require(PageChecks.check(try Self.report().html, name: "rapport"))
        #expect(without.withClass("alternativer").isEmpty)
        #expect(!without.text.contains("Hva skal til"))

        let program = try ReportFixtures.program()
        var changed = try ReportFixtures.undecidedCase(program)
        try changed.set("foreldrene.ønsker", .truth(true))
        let after = try program.evaluate("rett", in: changed)
        let alternatives = ChangeAlternatives(target: .truth(true), alternatives: [
            ChangeAlternative(changes: [FactChange(name: "foreldrene.ønsker", isJudgement: false, from: .unknown, to: .truth(true))],
                              explanation: after.explanation),
            ChangeAlternative(changes: [FactChange(name: "behov.sammensatte", isJudgement: true, from: .truth(true), to: .truth(false),
                                                   wording: "hvis <behovet> ble vurdert annerledes")]),
        ], isCutShort: true)
        let html = try Self.report(alternatives: ["rett": alternatives]).html
        let root = try #require(PageChecks.check(html, name: "rapport med alternativer"))
        let list = try #require(root.withClass("alternativer").first)
        let items = list.children.compactMap(\.element)
        #expect(items.count == 2)
        #expect(items.first?.text.contains("foreldrene.ønsker hvis det ble oppgitt at verdien er ja") == true)
        #expect(items.first?.first("details")?.withClass("svar").isEmpty == true)
        #expect(items.first?.first("details")?.text.contains("foreldrene.ønsker") == true)
        #expect(items.last?.withClass("vurdering").first?.text == "vurdering")
        #expect(items.last?.text.contains("hvis <behovet> ble vurdert annerledes") == true)
        #expect(root.text.contains("Hva skal til for at svaret blir «ja»"))
        #expect(root.text.contains("Søket ble avbrutt"))
        // The statute is quoted once in the whole report, not again in the alternative's explanation.
        #expect(root.all("blockquote").count == 1)
    }

    /// `searchAlternatives` runs «hva skal til» for the ja/nei rules that are not ja, and a date
    /// that is a boundary keeps its «eller senere».
    @Test func theSearchFillsTheAlternativesOfRulesThatAreNotJa() throws {
        let program = try ReportFixtures.program()
        var givenCase = try ReportFixtures.undecidedCase(program)
        try givenCase.set("barn.fødselsdato", .date(try #require(CalendarDate(iso: "2000-01-01"))))
        try givenCase.set("foreldrene.ønsker", .truth(true))
        let outcomes = try ["rett", "hilsen"].map { try program.evaluate($0, in: givenCase) }
        #expect(outcomes.map(\.value) == [.truth(false), .text("<i>hei</i> & ha det")])
        var report = DecisionReport(program: program, givenCase: givenCase, outcomes: outcomes)
        report.searchAlternatives()
        #expect(report.alternatives.keys.sorted() == ["rett"], "a text rule gets no search")
        let found = try #require(report.alternatives["rett"])
        #expect(found.target == .truth(true) && !found.isCutShort)
        #expect(found.alternatives.count == 1)
        let change = try #require(found.alternatives.first?.changes.first)
        #expect(change.name == "barn.fødselsdato" && !change.isJudgement)
        #expect(change.from == .date(try #require(CalendarDate(iso: "2000-01-01"))))
        #expect(change.to == .date(try #require(CalendarDate(iso: "2006-03-02"))))
        #expect(change.wording == "hvis verdien var 2006-03-02 eller senere i stedet for 2000-01-01")
        #expect(found.alternatives.first?.explanation?.value == .truth(true))
        let html = DecisionReportHTML.render(report)
        #expect(html.contains("hvis verdien var 2006-03-02 eller senere i stedet for 2000-01-01"))

        try givenCase.set("barn.fødselsdato", .date(try #require(CalendarDate(iso: "2015-01-01"))))
        var decided = DecisionReport(program: program, givenCase: givenCase, outcomes: [try program.evaluate("rett", in: givenCase)])
        decided.searchAlternatives()
        #expect(decided.alternatives.isEmpty, "a ja needs no «hva skal til»")
    }

    @Test func aJudgementWithoutWordingIsPutAsAJudgementToReconsider() throws {
        var html = HTMLWriter()
        AlternativesHTML.change(FactChange(name: "behov.sammensatte", isJudgement: true, from: .truth(false), to: .truth(true)), into: &html)
        #expect(html.finish().contains("hvis vurderingen på nytt ble ja (nå nei)"))
    }

    @Test func anEmptySearchSaysSo() throws {
        let html = try Self.report(alternatives: ["rett": ChangeAlternatives(target: .truth(true), alternatives: [])]).html
        #expect(html.contains(ReportMessages.noAlternatives))
    }

    @Test func aDeepChainIsCutOffAndStaysWellFormed() throws {
        let depth = ExplanationHTML.maxDepth + 20
        var source = "faktum a: ja/nei\n"
        for level in 0..<depth { source += "regel r\(level)\n  hjemmel x § 1\n  når \(level + 1 < depth ? "r\(level + 1)" : "a")\n" }
        let program = try ReportFixtures.program(source)
        var givenCase = program.makeCase(vurderingsdato: try #require(CalendarDate(iso: "2024-01-01")))
        try givenCase.set("a", .truth(true))
        let report = DecisionReport(program: program, givenCase: givenCase, outcomes: [try program.evaluate("r0", in: givenCase)])
        let html = DecisionReportHTML.render(report)
        PageChecks.check(html, name: "dyp kjede")
        #expect(html.contains(ReportMessages.treeTooDeep(ExplanationHTML.maxDepth)))
    }

    @Test func printStylesheetMakesA4AndThePageLoadsNothing() throws {
        let html = try Self.report().html
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("@media print"))
        #expect(html.contains("details::details-content"))
        #expect(html.contains("beforeprint"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func theReportOfTheExampleCaseMatchesTheReviewedGolden() throws {
        let program = try ReportFixtures.program()
        var givenCase = try ReportFixtures.undecidedCase(program)
        try givenCase.set("barn.navn", .text("Kari"))
        let outcome = try program.evaluate("rett", in: givenCase)
        var changed = givenCase
        try changed.set("foreldrene.ønsker", .truth(true))
        let alternatives = ChangeAlternatives(target: .truth(true), alternatives: [
            ChangeAlternative(changes: [FactChange(name: "foreldrene.ønsker", isJudgement: false, from: .unknown, to: .truth(true))],
                              explanation: try program.evaluate("rett", in: changed).explanation),
        ])
        let html = DecisionReportHTML.render(DecisionReport(program: program, givenCase: givenCase, outcomes: [outcome],
                                                            alternatives: ["rett": alternatives]))
        // The fingerprint and version change with the rules and the program; the golden holds the rest.
        let stable = html.replacingOccurrences(of: program.fingerprint, with: "FINGERAVTRYKK")
            .replacingOccurrences(of: "regel \(RegelVersion.program)", with: "regel VERSJON")
            .replacing(/<style>[^<]*<\/style>/, with: "<style>…</style>").replacing(/<script>[^<]*<\/script>/, with: "<script>…</script>")
        // The style sheet and script are checked by their own tests; the golden is the page's structure and text.
        assertGolden(stable, "rapport.html")
    }
}
