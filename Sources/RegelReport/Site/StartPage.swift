import Regel

/// `index.html`: the search box, the files with their tests and coverage, and every rule and fact
/// in alphabetical order, so that everything can be reached without JavaScript too.
enum StartPage {
    static func render(_ library: RuleLibrary, hjemler: HjemmelIndex) -> String {
        SitePageFrame.page(title: SiteMessages.siteTitle, library: library, scripts: [ReportScript.folding, ReportScript.search], header: { header in
            header.element("p", text: SiteMessages.testSummary(passed: library.tests.passedCount, failed: library.tests.failedCount))
        }, main: { main in
            search(library, hjemler: hjemler, into: &main)
            files(library, into: &main)
            main.element("h2", [("id", "alle-regler")], text: SiteMessages.rulesHeading)
            list(library.program.rules.map(\.name).sorted { NaturalOrder.less($0, $1) }.compactMap { name in
                library.link(to: .rule(name)).map { (name, $0) }
            }, into: &main)
            main.element("h2", [("id", "alle-fakta")], text: SiteMessages.factsHeading)
            list(library.program.facts.map(\.name).sorted { NaturalOrder.less($0, $1) }.compactMap { name in
                library.link(to: .fact(name)).map { (name, $0) }
            }, into: &main)
        })
    }

    /// The form is hidden until the script shows it: without JavaScript it could do nothing, and
    /// the lists below hold the same entries.
    static func search(_ library: RuleLibrary, hjemler: HjemmelIndex, into html: inout HTMLWriter) {
        html.element("h2", [("id", "sok-overskrift")], text: SiteMessages.searchHeading)
        html.element("form", [("class", "sok"), ("id", "sok"), ("role", "search"), ("hidden", ""), ("aria-labelledby", "sok-overskrift")]) { form in
            form.element("label", [("for", "sokefelt")], text: SiteMessages.searchLabel)
            form.void("input", [("type", "search"), ("id", "sokefelt"), ("name", "q"), ("autocomplete", "off")])
            form.element("p", [("id", "sokestatus"), ("role", "status"), ("aria-live", "polite"),
                               ("data-ingen", SiteMessages.searchNoHits), ("data-treff", SiteMessages.searchHits)], text: "")
            form.element("ul", [("id", "soketreff")]) { _ in }
        }
        html.element("noscript") { $0.element("p", text: SiteMessages.searchWithoutScript) }
        html.element("script", [("type", "application/json"), ("id", "sokeindeks")]) { $0.trusted(SearchIndex.json(library, hjemler: hjemler)) }
    }

    static func files(_ library: RuleLibrary, into html: inout HTMLWriter) {
        html.element("h2", [("id", "filer")], text: SiteMessages.filesHeading)
        html.table([], columns: SiteMessages.fileColumns) { body in
            for file in library.files {
                let results = library.tests.results.filter { $0.file == file.source.name }
                let coverage = library.coverage.files.first { $0.file == file.source.name }
                body.element("tr") { row in
                    row.element("td") { $0.element("a", [("href", file.page)], text: file.title) }
                    row.element("td", text: String(coverage?.rules.count ?? 0))
                    row.element("td", text: SiteMessages.testsCell(passed: results.filter(\.passed).count, failed: results.filter { !$0.passed }.count))
                    row.element("td", text: SiteMessages.percent(CoverageText.format(percentSeenBothWays(coverage?.conditions ?? []))))
                }
            }
        }
    }

    /// Vilkår outcomes ja and nei seen, in percent of all, as `regel test --dekning` counts them.
    static func percentSeenBothWays(_ conditions: [CoverageReport.Condition]) -> Double {
        guard !conditions.isEmpty else { return 100 }
        let seen = conditions.reduce(0) { $0 + ($1.sawTrue ? 1 : 0) + ($1.sawFalse ? 1 : 0) }
        return Double(seen) * 100 / Double(conditions.count * 2)
    }

    static func list(_ items: [(title: String, link: String)], into html: inout HTMLWriter) {
        html.element("ul", [("class", "alfabetisk")]) { list in
            for item in items {
                list.element("li") { $0.element("a", [("href", item.link)]) { $0.element("code", text: item.title) } }
            }
        }
    }
}
