import Regel

/// `hjemler.html`: one heading per law, one per paragraph, and under each the rules and exceptions
/// whose hjemmel names it and the lovtekster that quote it.
enum HjemmelPage {
    static func render(_ index: HjemmelIndex, library: RuleLibrary) -> String {
        SitePageFrame.page(title: SiteMessages.hjemlerTitle, library: library, header: { header in
            header.element("p", text: SiteMessages.hjemlerIntro)
        }, main: { main in
            for (law, sections) in index.laws {
                let lawAnchor = HTMLText.anchor("lov", law)
                main.element("section", [("aria-labelledby", lawAnchor)]) { lawSection in
                    lawSection.element("h2", [("id", lawAnchor)], text: law)
                    for section in sections { render(section, into: &lawSection) }
                }
            }
        })
    }

    static func render(_ section: HjemmelIndex.Section, into html: inout HTMLWriter) {
        html.element("section", [("class", "paragraf"), ("id", section.anchor), ("aria-labelledby", section.anchor + "-tittel")]) { block in
            block.element("h3", [("id", section.anchor + "-tittel")], text: section.section.map { "§ " + $0 } ?? section.law)
            if !section.lovtekster.isEmpty {
                block.element("p") { line in
                    line.element("strong", text: SiteMessages.statuteTextFor + ": ")
                    for (position, lovtekst) in section.lovtekster.enumerated() {
                        if position > 0 { line.text(", ") }
                        line.element("a", [("href", lovtekst.link)], text: lovtekst.title)
                    }
                }
            }
            guard !section.entries.isEmpty else { return }
            block.element("ul", [("class", "hjemmel-regler")]) { list in
                for entry in section.entries {
                    list.element("li") { item in
                        item.element("a", [("href", entry.link)]) { $0.element("code", text: entry.title) }
                        item.text(" ")
                        item.element("span", [("class", "dempet")], text: entry.citation)
                    }
                }
            }
        }
    }
}
