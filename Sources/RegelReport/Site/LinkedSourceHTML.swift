import Regel

/// A declaration's source text in a `<pre>`, with every rule, fact and lovtekst it names linked
/// to where that is declared.
enum LinkedSourceHTML {
    static func render(_ range: SourceRange, in file: SourceFile, library: RuleLibrary, into html: inout HTMLWriter) {
        let uses = library.index.occurrences
            .filter { $0.file == file.name && !$0.isDefinition && range.start <= $0.range.start && $0.range.end <= range.end }
            .sorted { ($0.range.start, $1.range.end) < ($1.range.start, $0.range.end) }
        let startLine = file.location(of: range.start).line
        html.start("pre", [("class", "kilde"), ("data-linje", String(startLine))])
        html.start("code")
        var position = range.start
        for use in uses where use.range.start >= position {
            guard let link = library.link(to: use.symbol) else { continue }
            html.text(file.text(SourceRange(start: position, end: use.range.start)))
            html.element("a", [("href", link)], text: file.text(use.range))
            position = use.range.end
        }
        html.text(file.text(SourceRange(start: position, end: range.end)))
        html.end()
        html.end()
    }
}
