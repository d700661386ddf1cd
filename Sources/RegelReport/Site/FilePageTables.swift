import Regel

/// The lower half of a file's page: its lovtekster with the rules they are hjemmel for, its facts
/// and vurderinger with their uses, its tests with results, and the file's coverage.
struct FilePageTables {
    let file: RuleLibrary.File
    let library: RuleLibrary

    func render(into html: inout HTMLWriter) {
        lovtekster(into: &html)
        facts(into: &html)
        tests(into: &html)
        coverage(into: &html)
    }

    func lovtekster(into html: inout HTMLWriter) {
        let lovtekster = file.tree.declarations.compactMap { declaration -> LovtekstDeclaration? in if case .lovtekst(let lovtekst) = declaration { lovtekst } else { nil } }
        guard !lovtekster.isEmpty else { return }
        html.element("h2", [("id", "lovtekst")], text: SiteMessages.lovtekstHeading)
        for lovtekst in lovtekster {
            let anchor = Anchors.lovtekst(lovtekst, in: file.source, library: library)
            html.element("section", [("class", "lovtekst-blokk"), ("id", anchor), ("aria-labelledby", anchor + "-tittel")]) { section in
                section.element("h3", [("id", anchor + "-tittel")], text: lovtekst.title ?? lovtekst.name.text)
                let validity = lovtekst.validity
                let period = validity.from == nil && validity.to == nil ? nil : PeriodText.describe(from: validity.from, to: validity.to)
                let source = [lovtekst.source?.displayText, period].compactMap { $0 }
                if !source.isEmpty { section.element("p", [("class", "dempet")], text: source.joined(separator: ", ")) }
                section.element("blockquote", [("class", "lovtekst")]) { LovtekstHTML.paragraphs(lovtekst.text, into: &$0) }
                section.element("p") { line in
                    line.element("strong", text: SiteMessages.lovtekstUsedBy + ": ")
                    SitePageFrame.links(library.uses(of: .lovtekst(lovtekst.name.text)), empty: SiteMessages.notUsed, into: &line)
                }
            }
        }
    }

    func facts(into html: inout HTMLWriter) {
        let facts = file.tree.declarations.compactMap { declaration -> FactDeclaration? in if case .fact(let fact) = declaration { fact } else { nil } }
        guard !facts.isEmpty else { return }
        html.element("h2", [("id", "fakta")], text: SiteMessages.factsOfFileHeading)
        html.table([("class", "fakta-tabell")], columns: SiteMessages.factColumns) { body in
            for fact in facts {
                let name = fact.path.text
                body.element("tr", [("id", HTMLText.anchor("faktum", name))]) { row in
                    row.element("td") { FactLabelHTML.render(name: name, isJudgement: fact.isJudgement, into: &$0) }
                    row.element("td") { $0.element("code", text: library.program.fact(named: name)?.type.displayName ?? "") }
                    row.element("td") { cell in
                        cell.text(fact.question ?? "")
                        if let guidance = fact.guidance { cell.element("div", [("class", "dempet")], text: guidance) }
                    }
                    row.element("td") { SitePageFrame.links(library.uses(of: .fact(name)), empty: "–", into: &$0) }
                }
            }
        }
    }

    func tests(into html: inout HTMLWriter) {
        let tests = file.tree.declarations.compactMap { declaration -> TestDeclaration? in if case .test(let test) = declaration { test } else { nil } }
        guard !tests.isEmpty else { return }
        html.element("h2", [("id", "tester")], text: SiteMessages.testsHeading)
        html.table([("class", "test-tabell")], columns: SiteMessages.testColumns) { body in
            for test in tests {
                let result = library.result(of: test, in: file.source)
                body.element("tr", [("id", Anchors.test(test, in: file.source))]) { row in
                    row.element("td", text: test.name)
                    row.element("td", text: String(file.source.location(of: test.range.start).line))
                    row.element("td") { cell in
                        TestResultHTML.mark(result?.passed, into: &cell)
                        for failure in result?.failures ?? [] {
                            cell.element("div", text: SiteMessages.expectedActual(failure.rule, expected: failure.expected, actual: failure.actual))
                        }
                    }
                    row.element("td") { cell in
                        var seen = Set<String>()
                        let rules = test.expectations.map(\.rule.text).filter { seen.insert($0).inserted }
                        SitePageFrame.links(rules.compactMap { rule in library.link(to: .rule(rule)).map { (rule, $0) } }, empty: "–", into: &cell)
                    }
                }
            }
        }
    }

    func coverage(into html: inout HTMLWriter) {
        guard let report = library.coverage.files.first(where: { $0.file == file.source.name }) else { return }
        html.element("h2", [("id", "dekning")], text: SiteMessages.coverageHeading)
        html.element("p", text: SiteMessages.coverageSummary(
            evaluated: report.rules.filter(\.evaluated).count, rules: report.rules.count, conditions: report.conditions.count,
            yes: report.conditions.filter(\.sawTrue).count, no: report.conditions.filter(\.sawFalse).count))
        let partial = report.conditions.filter { !($0.sawTrue && $0.sawFalse) }
        guard !partial.isEmpty else { return }
        html.element("details") { details in
            details.element("summary", text: SiteMessages.partialCoverage(partial.count))
            CoverageTableHTML.render(partial, into: &details)
        }
    }
}
