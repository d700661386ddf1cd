import Foundation
import Regel

/// One rule on its file's page: the statute text it encodes on the left, and on the right its
/// description, hjemmel and period per version, open points, the source of each version with
/// links, what it uses and what uses it, the tests that expect something of it and the coverage
/// of its vilkår.
struct RuleArticle {
    let name: String
    let versions: [RuleDeclaration]
    let file: RuleLibrary.File
    let library: RuleLibrary

    func render(into html: inout HTMLWriter) {
        let anchor = HTMLText.anchor("regel", name)
        html.element("article", [("class", "regel"), ("id", anchor), ("aria-labelledby", anchor + "-tittel")]) { article in
            article.element("h3", [("id", anchor + "-tittel")]) { $0.element("code", text: name) }
            article.element("div", [("class", "kolonner")]) { columns in
                columns.element("div", [("class", "lovtekst-kolonne")]) { statute(into: &$0) }
                columns.element("div", [("class", "regel-kolonne")]) { details(into: &$0) }
            }
        }
    }

    /// The wording of every lovtekst the versions cite, each once.
    func statute(into html: inout HTMLWriter) {
        html.element("p", [("class", "dempet")], text: SiteMessages.statuteColumn)
        var shown = Set<String>()
        for version in versions {
            for case .lovtekst(let reference) in RuleLibrary.allHjemmel(version) where shown.insert(reference.text).inserted {
                for lovtekst in library.wording(of: reference.text) {
                    let validity = lovtekst.validity
                    let period = validity.from == nil && validity.to == nil ? "" : " (" + PeriodText.describe(from: validity.from, to: validity.to) + ")"
                    LovtekstHTML.quote(title: (lovtekst.title ?? reference.text) + period, wording: lovtekst.text, into: &html)
                }
            }
        }
        if shown.isEmpty { html.element("p", [("class", "dempet")], text: SiteMessages.noStatuteText) }
    }

    func details(into html: inout HTMLWriter) {
        let source = file.source
        if let first = versions.first, let description = SourceComments.description(line: source.location(of: first.range.start).line, in: source) {
            html.element("p", text: description)
        }
        html.element("dl", [("class", "fakta")]) { list in
            for (number, version) in versions.enumerated() {
                let label = versions.count > 1 ? SiteMessages.version(number + 1) + ": " : ""
                SitePageFrame.row(label + SiteMessages.hjemmelLabel, into: &list) { cell in
                    cell.text(version.hjemmel.isEmpty ? SiteMessages.noHjemmel : version.hjemmel.map(library.citationText).joined(separator: "; "))
                }
                let cases = RuleLibrary.allHjemmel(version).filter { !version.hjemmel.contains($0) }
                if !cases.isEmpty {
                    SitePageFrame.row(label + SiteMessages.caseHjemmelLabel, into: &list) { $0.text(cases.map(library.citationText).joined(separator: "; ")) }
                }
                SitePageFrame.row(label + SiteMessages.validityLabel, into: &list) { cell in
                    cell.text(PeriodText.describe(from: version.validity.from, to: version.validity.to))
                    if let act = version.enactedBy { cell.text(", " + SiteMessages.enactedBy(act.text)) }
                }
                for clause in version.notEncoded {
                    SitePageFrame.row(SiteMessages.notEncodedLabel, into: &list) { cell in
                        cell.text(PeriodText.describe(from: clause.validity.from, to: clause.validity.to) + (clause.note.map { ": " + $0 } ?? ""))
                        if let condition = clause.condition {
                            cell.text(" (" + SiteMessages.notEncodedOnlyWhen + " ")
                            cell.element("code", text: ExplanationText.oneLine(source.text(condition.range)))
                            cell.text(")")
                        }
                    }
                }
            }
            if let type = library.program.rule(named: name)?.type {
                SitePageFrame.row(SiteMessages.typeLabel, into: &list) { $0.element("code", text: type.displayName) }
            }
            SitePageFrame.row(SiteMessages.usesLabel, into: &list) { cell in
                SitePageFrame.links(uses(), empty: "–", into: &cell)
            }
            SitePageFrame.row(SiteMessages.usedByLabel, into: &list) { cell in
                SitePageFrame.links(library.uses(of: .rule(name)), empty: SiteMessages.notUsed, into: &cell)
            }
        }
        openPoints(into: &html)
        for version in versions { LinkedSourceHTML.render(version.range, in: source, library: library, into: &html) }
        tests(into: &html)
        coverage(into: &html)
    }

    /// The rules and facts named in the versions' text, each once, in the order they appear.
    func uses() -> [(title: String, link: String)] {
        var seen = Set<String>()
        var result: [(String, String)] = []
        let occurrences = library.index.occurrences.filter { occurrence in
            !occurrence.isDefinition && occurrence.file == file.source.name
                && versions.contains { $0.range.start <= occurrence.range.start && occurrence.range.end <= $0.range.end }
        }.sorted { $0.range.start < $1.range.start }
        for occurrence in occurrences {
            let title: String
            switch occurrence.symbol {
            case .rule(let name), .fact(let name): title = name
            default: continue
            }
            guard let link = library.link(to: occurrence.symbol), seen.insert(link).inserted else { continue }
            result.append((title, link))
        }
        return result
    }

    /// `[uavklart]` lines in the comments above, in the versions and in the lovtekster they cite.
    func openPoints(into html: inout HTMLWriter) {
        let source = file.source
        var points: [String] = []
        for version in versions {
            points += SourceComments.above(line: source.location(of: version.range.start).line, in: source)
                .flatMap { SourceComments.openPoints(in: $0) }
            points += SourceComments.openPoints(in: source.text(version.range))
            for case .lovtekst(let reference) in RuleLibrary.allHjemmel(version) {
                points += library.wording(of: reference.text).flatMap { SourceComments.openPoints(in: $0.text) }
            }
        }
        var seen = Set<String>()
        points = points.filter { seen.insert($0).inserted }
        guard !points.isEmpty else { return }
        html.element("div", [("class", "apne-punkter")]) { box in
            box.element("strong", text: SiteMessages.openPointsHeading)
            box.element("ul") { list in
                for point in points { list.element("li", text: point) }
            }
        }
    }

    /// The tests whose `forvent` names this rule, with their results.
    func tests(into html: inout HTMLWriter) {
        var items: [(title: String, link: String, passed: Bool?)] = []
        for source in library.files {
            for case .test(let test) in source.tree.declarations where test.expectations.contains(where: { $0.rule.text == name }) {
                let result = library.result(of: test, in: source.source)
                items.append((test.name, source.page + "#" + Anchors.test(test, in: source.source), result?.passed))
            }
        }
        html.element("p") { $0.element("strong", text: SiteMessages.testsLabel) }
        guard !items.isEmpty else {
            html.element("p", [("class", "dempet")], text: SiteMessages.noTests)
            return
        }
        html.element("ul", [("class", "tester")]) { list in
            for item in items {
                list.element("li") { entry in
                    TestResultHTML.mark(item.passed, into: &entry)
                    entry.text(" ")
                    entry.element("a", [("href", item.link)], text: item.title)
                }
            }
        }
    }

    /// Which outcomes the tests saw for each vilkår of the rule.
    func coverage(into html: inout HTMLWriter) {
        let conditions = library.conditions(of: name)
        guard !conditions.isEmpty else { return }
        html.element("details", [("class", "dekning")]) { details in
            details.element("summary") { $0.element("strong", text: SiteMessages.coverageLabel) }
            CoverageTableHTML.render(conditions, into: &details)
        }
    }
}

/// A test's result as a mark.
enum TestResultHTML {
    static func mark(_ passed: Bool?, into html: inout HTMLWriter) {
        switch passed {
        case true?: html.element("span", [("class", "merke ja")], text: SiteMessages.passed)
        case false?: html.element("span", [("class", "merke nei")], text: SiteMessages.failed)
        case nil: html.element("span", [("class", "merke ukjent")], text: ReportMessages.unresolved)
        }
    }
}

/// Vilkår with the outcomes the tests saw, one row each.
enum CoverageTableHTML {
    static func render(_ conditions: [CoverageReport.Condition], into html: inout HTMLWriter) {
        html.table([("class", "dekning")], columns: SiteMessages.coverageColumns) { body in
            for condition in conditions {
                body.element("tr") { row in
                    row.element("td", text: String(condition.info.line))
                    row.element("td") { $0.element("code", text: condition.info.text.trimmingCharacters(in: .whitespaces)) }
                    for (saw, value) in [(condition.sawTrue, "ja"), (condition.sawFalse, "nei"), (condition.sawUnknown, "ukjent")] {
                        row.element("td") { cell in
                            cell.element("span", [("class", saw ? "merke " + value : "merke dempet")],
                                         text: saw ? SiteMessages.seen : SiteMessages.notSeen)
                        }
                    }
                }
            }
        }
    }
}
