/// Renders diagnostics for a terminal: header, location, source line and a
/// caret under the exact span, columns counted in characters.
public struct TextRenderer: Sendable {
    /// Whether to colour the output with ANSI escapes.
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    /// All diagnostics, each followed by a blank line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { render($0) + "\n" }.joined(separator: "\n")
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
        let lineText = printable(file.lineText(start.line))
        lines.append("\(start.line) | \(lineText)")
        let endOffset = min(diagnostic.range.end, file.lineStart(start.line) + file.lineText(start.line).utf8.count)
        let endColumn = diagnostic.range.end > diagnostic.range.start ? file.location(of: endOffset).column : start.column
        let width = max(1, endColumn - start.column)
        var marker = String(repeating: " ", count: start.column - 1) + paint(String(repeating: "^", count: width), colour)
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
        return "\(errors) feil og \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")"
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
