import Regel

/// The frame every page shares: doctype, `lang="nb"`, the style sheet, a skip link to the main
/// content, a header with the title, and the scripts at the end of the body.
package enum HTMLPage {
    /// A whole document. `header` adds to the header under the `<h1>` (navigation, a summary);
    /// `main` is the content, whose headings start at `<h2>`.
    package static func document(title: String, scripts: [String], header: (inout HTMLWriter) -> Void = { _ in },
                                 main: (inout HTMLWriter) -> Void, footer: (inout HTMLWriter) -> Void = { _ in }) -> String {
        var html = HTMLWriter()
        html.trusted("<!DOCTYPE html>\n")
        html.start("html", [("lang", "nb")])
        html.newline()
        html.element("head") { head in
            head.void("meta", [("charset", "utf-8")])
            head.void("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
            head.void("meta", [("name", "generator"), ("content", "regel \(RegelVersion.program)")])
            head.element("title", text: title)
            head.element("style") { $0.trusted(ReportStyle.css) }
        }
        html.start("body")
        html.newline()
        html.element("a", [("class", "hopp"), ("href", "#innhold")], text: ReportMessages.skipToContent)
        html.element("header", [("class", "topp")]) { top in
            top.element("h1", text: title)
            header(&top)
        }
        html.element("main", [("id", "innhold")], main)
        html.element("footer", [("class", "bunn")], footer)
        for script in scripts { html.element("script") { $0.trusted(script) } }
        html.newline()
        return html.finish() + "\n"
    }

    /// «Vis alle steg» and «Skjul alle steg», hidden until the folding script shows them: without
    /// JavaScript they could do nothing, and every fold still opens and closes by itself.
    package static func foldButtons(into html: inout HTMLWriter) {
        html.element("div", [("class", "knapper"), ("hidden", "")]) { bar in
            bar.element("button", [("type", "button"), ("data-fold", "open")], text: ReportMessages.unfoldAll)
            bar.text(" ")
            bar.element("button", [("type", "button"), ("data-fold", "lukk")], text: ReportMessages.foldAll)
        }
    }
}
