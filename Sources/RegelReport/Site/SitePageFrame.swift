import Regel

/// What every page of the site has around its content: the navigation, the footer with the
/// rule set's fingerprint, and the scripts.
enum SitePageFrame {
    static func page(title: String, library: RuleLibrary, scripts: [String] = [ReportScript.folding],
                     header: (inout HTMLWriter) -> Void = { _ in }, main: (inout HTMLWriter) -> Void) -> String {
        HTMLPage.document(title: title, scripts: scripts, header: { top in
            top.element("nav", [("class", "sti"), ("aria-label", SiteMessages.navigation)]) { nav in
                nav.element("ul") { list in
                    list.element("li") { $0.element("a", [("href", SitePaths.start)], text: SiteMessages.startLink) }
                    list.element("li") { $0.element("a", [("href", SitePaths.hjemler)], text: SiteMessages.hjemlerLink) }
                    list.element("li") { $0.element("a", [("href", SitePaths.start + "#sok-overskrift")], text: SiteMessages.searchLink) }
                }
            }
            header(&top)
        }, main: main, footer: { footer in
            footer.element("p", text: SiteMessages.generatedBy(RegelVersion.program, RegelVersion.language,
                                                              fingerprint: library.program.fingerprint))
        })
    }

    /// A `<dl>` row.
    static func row(_ term: String, into html: inout HTMLWriter, _ body: (inout HTMLWriter) -> Void) {
        html.element("dt", text: term)
        html.element("dd", [], body)
    }

    /// Links separated by commas, or `empty` when there are none.
    static func links(_ items: [(title: String, link: String)], empty: String, into html: inout HTMLWriter) {
        guard !items.isEmpty else {
            html.element("span", [("class", "dempet")], text: empty)
            return
        }
        for (position, item) in items.enumerated() {
            if position > 0 { html.text(", ") }
            html.element("a", [("href", item.link)]) { $0.element("code", text: item.title) }
        }
    }
}
