/// Renders diagnostics for a terminal: header, location, source line and a
/// caret under the exact span, columns counted in characters.
public struct TextRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    public var colors: Bool

    /// A renderer, with ANSI colours when `colors` (for a terminal that shows them).
    public init(colors: Bool = false) {
        self.colors = colors
    }

    /// Diagnostics shown per file; the rest are counted in one closing line, so a file (or a case)
    /// with a million errors gives a page, not a million lines.
    public static let limitPerFile = 100
    /// Characters of a source line shown around the caret; a longer line is cut, with «…» where it was.
    package static let snippetWidth = 100

    /// The diagnostics, each followed by a blank line, at most `limitPerFile` per file; then a line
    /// such as `… og 1 416 895 feil til i fil.regel` for each file that had more.
    public func render(_ diagnostics: [Diagnostic], limitPerFile: Int = TextRenderer.limitPerFile) -> String {
        var shownPerFile: [String: Int] = [:]
        // Files in the order their first hidden diagnostic came, with how many errors and warnings were hidden.
        var hidden: [(file: String, errors: Int, warnings: Int)] = []
        var parts: [String] = []
        for diagnostic in diagnostics {
            let file = diagnostic.file?.name ?? ""
            let shown = shownPerFile[file, default: 0]
            if shown < limitPerFile {
                shownPerFile[file] = shown + 1
                parts.append(render(diagnostic) + "\n")
                continue
            }
            // Sorted diagnostics keep a file's together, so its entry is nearly always the last one.
            let index = hidden.lastIndex { $0.file == file } ?? hidden.count
            if index == hidden.count { hidden.append((file, 0, 0)) }
            if diagnostic.severity == .error { hidden[index].errors += 1 } else { hidden[index].warnings += 1 }
        }
        for (file, errors, warnings) in hidden {
            parts.append(Self.more(errors, warnings, in: file.isEmpty ? nil : file) + "\n")
        }
        return parts.joined(separator: "\n")
    }

    /// `… og 1 416 895 feil til i fil.regel`: the closing line of a list that was cut.
    package static func more(_ errors: Int, _ warnings: Int = 0, in file: String?) -> String {
        var counts: [String] = []
        if errors > 0 || warnings == 0 { counts.append(RenderingMessages.errors(grouped(errors))) }
        if warnings > 0 { counts.append(RenderingMessages.warnings(grouped(warnings), count: warnings)) }
        return RenderingMessages.more(counts, in: file)
    }

    /// A count with spaces between groups of three digits, as written in Norwegian: `1 416 895`.
    package static func grouped(_ number: Int) -> String {
        var digits = Array(String(number.magnitude))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(String(digits), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: " ")
    }

    /// One diagnostic:
    /// ```
    /// feil[R0203]: forventet …
    ///   --> fil.regel:3:7
    ///    |
    ///  3 |   når x og
    ///    |       ^^^ mente du …?
    /// ```
    public func render(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity.rawValue
        let colour = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        var lines = [paint("\(severity)[\(diagnostic.code.code)]", colour) + paint(": \(diagnostic.message)", "\u{1B}[1m")]
        guard let file = diagnostic.file else { return lines.joined(separator: "\n") }
        let start = file.location(of: diagnostic.range.start)
        let gutter = String(repeating: " ", count: String(start.line).count)
        lines.append("\(gutter)--> \(file.name):\(start.line):\(start.column)")
        lines.append("\(gutter) |")
        let endOffset = min(diagnostic.range.end, file.lineStart(start.line) + file.lineText(start.line).utf8.count)
        let endColumn = diagnostic.range.end > diagnostic.range.start ? file.location(of: endOffset).column : start.column
        let snippet = Self.window(printable(file.lineText(start.line)), caret: start.column - 1,
                                  width: max(1, endColumn - start.column), limit: Self.snippetWidth)
        lines.append("\(start.line) | \(snippet.text)")
        var marker = String(repeating: " ", count: snippet.caret) + paint(String(repeating: "^", count: snippet.width), colour)
        if let fix = diagnostic.fix { marker += " " + fix.message }
        lines.append("\(gutter) | \(marker)")
        for note in diagnostic.notes {
            if let range = note.range, let noteFile = note.file {
                lines.append("\(gutter) = merk: \(note.message) (\(noteFile.name):\(noteFile.location(of: range.start)))")
            } else {
                lines.append("\(gutter) = merk: \(note.message)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A summary such as `2 feil og 1 advarsel`.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return RenderingMessages.summary(errors: errors, warnings: warnings)
    }

    /// At most `limit` characters of `line` around the caret (which starts `caret` characters in and is
    /// `width` wide), with «…» for what was cut; and where the caret falls in what is shown.
    static func window(_ line: String, caret: Int, width: Int, limit: Int) -> (text: String, caret: Int, width: Int) {
        let characters = Array(line)
        guard characters.count > limit else { return (line, caret, width) }
        // Some context before the caret, but never so much that the line ends before the window does.
        let from = max(0, min(caret - limit / 3, characters.count - limit))
        let to = min(characters.count, from + limit)
        let cutBefore = from > 0, cutAfter = to < characters.count
        let text = (cutBefore ? "…" : "") + String(characters[from..<to]) + (cutAfter ? "…" : "")
        let shownCaret = caret - from + (cutBefore ? 1 : 0)
        let shownWidth = max(1, min(width, to - max(caret, from) + (cutAfter ? 1 : 0)))
        return (text, shownCaret, shownWidth)
    }

    private func paint(_ text: String, _ code: String) -> String {
        colors ? code + text + "\u{1B}[0m" : text
    }

    /// Control characters would garble the terminal; show them as `�`.
    private func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            if scalar == "\t" { return " " }
            if scalar.value < 0x20 || scalar.value == 0x7F || UTF8Scalar.isBidiControl(scalar) { return "\u{FFFD}" }
            return Character(scalar)
        })
    }
}
