import Regel

/// The search index embedded in the start page: one entry per rule, fact, vurdering, lovtekst,
/// test and paragraph, with its title, kind, a short text and its address.
enum SearchIndex {
    /// The longest text kept per entry; the search looks for words, not whole statutes.
    static let textLimit = 240

    static func json(_ library: RuleLibrary, hjemler: HjemmelIndex) -> String {
        var entries: [[String: Any]] = []
        func add(_ title: String, _ kind: String, _ text: String, _ link: String?) {
            guard let link else { return }
            entries.append(["tittel": title, "type": kind, "tekst": String(ExplanationText.oneLine(text).prefix(textLimit)), "adresse": link])
        }
        for rule in library.program.rules {
            add(rule.name, SiteMessages.kindRule, rule.hjemmel.map(\.citation).joined(separator: "; "), library.link(to: .rule(rule.name)))
        }
        for fact in library.program.facts {
            add(fact.name, fact.isJudgement ? SiteMessages.kindJudgement : SiteMessages.kindFact, fact.question ?? "", library.link(to: .fact(fact.name)))
        }
        for (name, versions) in library.lovtekster.sorted(by: { $0.key < $1.key }) {
            guard let first = versions.first?.declaration else { continue }
            add(first.title ?? name, SiteMessages.kindLovtekst, first.text, library.link(to: .lovtekst(name)))
        }
        for file in library.files {
            for case .test(let test) in file.tree.declarations {
                add(test.name, SiteMessages.kindTest, file.title, file.page + "#" + Anchors.test(test, in: file.source))
            }
        }
        for (_, sections) in hjemler.laws {
            for section in sections {
                add(section.heading, SiteMessages.kindHjemmel, section.entries.map(\.title).joined(separator: ", "), SitePaths.hjemler + "#" + section.anchor)
            }
        }
        return HTMLText.scriptSafe(JSONText.encodeCompact(entries))
    }
}
