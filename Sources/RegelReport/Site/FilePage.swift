import Foundation
import Regel

/// The page of one rule file: its introduction, open points, each rule beside the statute text it
/// encodes, the exceptions, the lovtekster, the facts, the tests with their results, and coverage.
struct FilePage {
    let file: RuleLibrary.File
    let library: RuleLibrary

    func render() -> String {
        SitePageFrame.page(title: SiteMessages.fileTitle(file.title), library: library, header: { header in
            let introduction = leadingComment()
            if !introduction.isEmpty { header.element("p", [("class", "innledning dempet")], text: introduction.joined(separator: "\n")) }
        }, main: { main in
            HTMLPage.foldButtons(into: &main)
            openPoints(into: &main)
            rules(into: &main)
            exceptions(into: &main)
            FilePageTables(file: file, library: library).render(into: &main)
        })
    }

    var declarations: [Declaration] { file.tree.declarations }

    /// The comment block at the top of the file, up to the first blank line or declaration.
    func leadingComment() -> [String] {
        var lines: [String] = []
        for line in 1...max(1, file.source.lineCount) {
            let text = file.source.lineText(line).trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("#") else { break }
            lines.append(String(text.dropFirst()).trimmingCharacters(in: .whitespaces))
        }
        return lines
    }

    func openPoints(into html: inout HTMLWriter) {
        let points = (1...max(1, file.source.lineCount)).compactMap { line -> (Int, String)? in
            SourceComments.openPoints(in: file.source.lineText(line)).first.map { (line, $0) }
        }
        guard !points.isEmpty else { return }
        html.element("section", [("class", "apne-punkter"), ("aria-labelledby", "apne-punkter")]) { section in
            section.element("h2", [("id", "apne-punkter")], text: SiteMessages.openPointsHeading)
            section.element("p", text: SiteMessages.openPointsIntro)
            section.element("ul") { list in
                for (line, text) in points {
                    list.element("li") { item in
                        item.element("span", [("class", "sted")], text: SiteMessages.line(line))
                        item.text(" " + text)
                    }
                }
            }
        }
    }

    /// The versions of each rule in the file, grouped under the rule's name in file order.
    var ruleGroups: [(name: String, versions: [RuleDeclaration])] {
        var order: [String] = []
        var versions: [String: [RuleDeclaration]] = [:]
        for case .rule(let rule) in declarations {
            if versions[rule.name.text] == nil { order.append(rule.name.text) }
            versions[rule.name.text, default: []].append(rule)
        }
        return order.map { ($0, versions[$0] ?? []) }
    }

    func rules(into html: inout HTMLWriter) {
        html.element("h2", [("id", "regler")], text: SiteMessages.fileRulesHeading)
        let groups = ruleGroups
        if groups.isEmpty { html.element("p", text: SiteMessages.noRules) }
        for group in groups { RuleArticle(name: group.name, versions: group.versions, file: file, library: library).render(into: &html) }
    }

    func exceptions(into html: inout HTMLWriter) {
        let exceptions = declarations.compactMap { declaration -> ExceptionDeclaration? in if case .exception(let exception) = declaration { exception } else { nil } }
        guard !exceptions.isEmpty else { return }
        html.element("h2", [("id", "unntak")], text: SiteMessages.exceptionsHeading)
        for exception in exceptions {
            html.element("article", [("class", "regel"), ("id", Anchors.exception(exception, in: file.source))]) { article in
                article.element("h3") { heading in
                    heading.text(SiteMessages.exceptionFor + " ")
                    if let link = library.link(to: .rule(exception.rule.text)) {
                        heading.element("a", [("href", link)]) { $0.element("code", text: exception.rule.text) }
                    } else {
                        heading.element("code", text: exception.rule.text)
                    }
                }
                article.element("p") { line in
                    line.element("strong", text: SiteMessages.hjemmelLabel + ": ")
                    line.text(exception.hjemmel.isEmpty ? SiteMessages.noHjemmel : exception.hjemmel.map(library.citationText).joined(separator: "; "))
                }
                LinkedSourceHTML.render(exception.range, in: file.source, library: library, into: &article)
            }
        }
    }
}
