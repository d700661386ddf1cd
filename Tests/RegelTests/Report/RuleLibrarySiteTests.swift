import Foundation
import Testing
import Regel
@testable import RegelReport

/// `RuleLibrarySite` on the real rule library (rules/) and on small folders made for the test.
@Suite struct RuleLibrarySiteTests {
    /// The site of rules/, built once for all the tests.
    static let site: [String: StrictHTML.Element] = {
        let path = Repository.root.appendingPathComponent("rules").path
        guard case .success(let pages) = RuleLibrarySite.build(paths: [path]) else { return [:] }
        var parsed: [String: StrictHTML.Element] = [:]
        for page in pages { parsed[page.path] = PageChecks.check(page.html, name: page.path) }
        return parsed
    }()

    static func page(_ name: String) throws -> StrictHTML.Element { try #require(site[name], "no page \(name)") }

    @Test func everyFileGetsAPageAndEveryPageIsWellFormedAndAccessible() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("rules").path)
            .filter { $0.hasSuffix(".regel") }
        #expect(files.count >= 7)
        #expect(Set(Self.site.keys) == Set(["index.html", "hjemler.html"] + files.map { $0.replacingOccurrences(of: ".regel", with: ".html") }))
    }

    @Test func everyLinkLeadsToAPageAndAnAnchorThatExist() throws {
        var checked = 0
        for (name, root) in Self.site {
            for link in root.all("a").compactMap({ $0.attributes["href"] }) {
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target = parts[0].isEmpty ? root : Self.site[parts[0]]
                #expect(target != nil, "\(name): link to a missing page \(link)")
                if parts.count == 2, let target { #expect(target.byID(parts[1]) != nil, "\(name): link to a missing anchor \(link)") }
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func aRuleStandsBesideItsStatuteWithHjemmelSourceTestsAndCoverage() throws {
        let page = try Self.page("barnekoordinator.html")
        let rule = try #require(page.byID("regel-rett_til_barnekoordinator"))
        let statute = try #require(rule.withClass("lovtekst-kolonne").first)
        #expect(statute.text.contains("Familier som har eller venter barn med alvorlig sykdom"))
        let details = try #require(rule.withClass("regel-kolonne").first)
        #expect(details.first("dl")?.text.contains("pbrl § 2-5 c; hol § 7-2 a første ledd") == true)
        #expect(details.first("dl")?.text.contains("fra 2022-08-01") == true)
        let source = try #require(details.withClass("kilde").first)
        #expect(source.text.hasPrefix("regel rett_til_barnekoordinator\n  hjemmel pbrl_2_5_c, hol_7_2_a\n  gjelder fra 2022-08-01\n  når alle:"))
        #expect(source.all("a").contains { $0.attributes["href"] == "barnekoordinator.html#regel-barnet_er_under_18" && $0.text == "barnet_er_under_18" })
        #expect(source.all("a").contains { $0.attributes["href"] == "barnekoordinator.html#faktum-behov.langvarige_og_sammensatte" })
        let tests = try #require(details.withClass("tester").first).all("li")
        #expect(tests.contains { $0.text == "bestått alle vilkår oppfylt" })
        #expect(tests.allSatisfy { $0.withClass("merke").first?.text == "bestått" })
        let coverage = try #require(details.withClass("dekning").first)
        #expect(coverage.text.contains("behov.langvarige_og_sammensatte"))
    }

    @Test func openPointsAndUsesAreShown() throws {
        let page = try Self.page("barnekoordinator.html")
        let wish = try #require(page.byID("regel-ønske_om_barnekoordinator"))
        #expect(wish.withClass("apne-punkter").first?.text.contains("[uavklart, SOURCES.md § 8]") == true)
        #expect(page.byID("apne-punkter") != nil)
        let fact = try #require(page.byID("faktum-barn.fødselsdato"))
        #expect(fact.all("a").contains { $0.attributes["href"] == "barnekoordinator.html#regel-barnet_er_under_18" })
        let usedBy = try #require(page.byID("regel-barnet_er_under_18")?.first("dl"))
        #expect(usedBy.all("a").contains { $0.attributes["href"] == "barnekoordinator.html#regel-rett_til_barnekoordinator" })
    }

    @Test func theHjemmelIndexAnswersWhichRulesEncodeAParagraph() throws {
        let page = try Self.page("hjemler.html")
        let section = try #require(page.byID("hjemmel-hol-3-4"))
        #expect(section.first("h3")?.text == "§ 3-4")
        #expect(section.parent?.first("h2")?.text == "hol")
        let rules = section.all("li").compactMap { $0.first("code")?.text }
        #expect(rules.contains("loven_har_samarbeidsplikt"))
        #expect(rules.contains("hvem_samordner"))
        let pbrl = try #require(page.byID("hjemmel-pbrl-2-5-c"))
        #expect(pbrl.all("code").contains { $0.text == "rett_til_barnekoordinator" })
    }

    @Test func theStartPageHasASearchWithALabelAndAnIndexThatParses() throws {
        let page = try Self.page("index.html")
        let form = try #require(page.byID("sok"))
        #expect(form.attributes["hidden"] == "", "hidden until the script shows it")
        #expect(form.all("label").first?.attributes["for"] == "sokefelt")
        let data = try #require(page.byID("sokeindeks")?.text)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(data.utf8)) as? [[String: String]])
        #expect(entries.contains { $0["tittel"] == "rett_til_barnekoordinator" && $0["adresse"] == "barnekoordinator.html#regel-rett_til_barnekoordinator" })
        #expect(entries.contains { $0["tittel"] == "hol § 3-4" && $0["adresse"] == "hjemler.html#hjemmel-hol-3-4" })
        #expect(entries.contains { $0["type"] == "vurdering" && $0["tittel"] == "behov.langvarige_og_sammensatte" })
        #expect(page.first("header")?.text.contains("0 feilet") == true)
    }

    @Test func aFailingTestAndHostileTextAreShownAsText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        lovtekst l "Loven </script> <b>§ 1</b>"
          kilde lov § 1
          \"\"\"
          Teksten & <i>mer</i>.
          \"\"\"
        faktum a: ja/nei
          spørsmål "Er det <a>?"
        regel r
          hjemmel l
          når a
        test "</script><b>feil</b>"
          gitt
            vurderingsdato = 2024-01-01
            a = ja
          forvent
            r = nei
        """.write(to: folder.appendingPathComponent("a.regel"), atomically: true, encoding: .utf8)
        guard case .success(let pages) = RuleLibrarySite.build(paths: [folder.path]) else {
            Issue.record("the site was not built")
            return
        }
        for page in pages {
            PageChecks.check(page.html, name: page.path)
            #expect(!page.html.contains("<b>") && !page.html.contains("<i>mer"), "\(page.path) lets markup through")
        }
        let page = try #require(pages.first { $0.path == "a.html" }.map { try StrictHTML.parse($0.html) })
        let row = try #require(page.byID("test-11"))
        #expect(row.first("td")?.text == "</script><b>feil</b>")
        #expect(row.withClass("merke").first?.text == "feilet")
        #expect(row.text.contains("r: forventet nei, fikk ja"))
        let index = try #require(pages.first { $0.path == "index.html" }).html
        #expect(index.contains("\\u003c/script\\u003e"), "the search index cannot close its script element")
        #expect(try #require(StrictHTML.parse(index).first("header")).text.contains("0 besto, 1 feilet"))
    }

    @Test func rulesWithErrorsGiveDiagnosticsAndNoPages() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "regel r\n  når ukjent_navn\n".write(to: folder.appendingPathComponent("a.regel"), atomically: true, encoding: .utf8)
        guard case .failure(let diagnostics) = RuleLibrarySite.build(paths: [folder.path]) else {
            Issue.record("rules with errors gave pages")
            return
        }
        #expect(diagnostics.items.contains { $0.severity == .error })
    }

    @Test func theSourceShownIsTheFormattedText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "faktum a:   ja/nei\nregel   r\n    hjemmel lov § 1\n    når    a\n".write(to: folder.appendingPathComponent("a.regel"), atomically: true, encoding: .utf8)
        guard case .success(let pages) = RuleLibrarySite.build(paths: [folder.path]),
              let page = pages.first(where: { $0.path == "a.html" }) else {
            Issue.record("the site was not built")
            return
        }
        let root = try StrictHTML.parse(page.html)
        #expect(root.withClass("kilde").first?.text == "regel r\n  hjemmel lov § 1\n  når a")
    }

    @Test func textAndBackgroundColoursHaveEnoughContrast() {
        for pair in ReportStyle.Palette.textPairs {
            let ratio = PageChecks.contrast(pair.foreground, pair.background)
            #expect(ratio >= 4.5, "\(pair.name): \(pair.foreground) on \(pair.background) has contrast \(ratio)")
        }
    }

    @Test func naturalOrderPutsParagraphsInNumericOrder() {
        let sorted = ["3-10", "3-4", "7-2 a", "7-2", "2-5 c", "2-5 b", "15-8"].sorted { NaturalOrder.less($0, $1) }
        #expect(sorted == ["2-5 b", "2-5 c", "3-4", "3-10", "7-2", "7-2 a", "15-8"])
    }
}
