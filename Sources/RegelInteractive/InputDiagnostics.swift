import Regel
/// Problems with a typed line, shown under the line itself: the user has just typed it,
/// so a caret under the exact characters says more than a file name and line number.
///
/// ```
/// feil[R0301]: ukjent navn «barn.fødselsdat»
///   barn.fødselsdat < 2010-01-01
///   ^^^^^^^^^^^^^^^ mente du «barn.fødselsdato»?
/// ```
enum InputDiagnostics {
    /// The text of `fragment` as its own source, padded so that the columns of its diagnostics match the typed line.
    static func padded(_ fragment: Fragment) -> String {
        String(repeating: " ", count: fragment.column) + fragment.text
    }

    /// `input` is one line: what is typed over several lines is joined before it is read.
    static func render(_ diagnostics: [Diagnostic], input: String) -> String {
        diagnostics.map { render($0, input: input) }.joined(separator: "\n")
    }

    static func render(_ diagnostic: Diagnostic, input: String) -> String {
        var text = "\(diagnostic.severity.rawValue)[\(diagnostic.code.code)]: \(diagnostic.message)"
        if let file = diagnostic.file {
            let start = file.location(of: diagnostic.range.start)
            let end = file.location(of: diagnostic.range.end)
            let width = end.line == start.line ? max(1, end.column - start.column) : 1
            text += "\n  \(input)\n  " + String(repeating: " ", count: start.column - 1) + String(repeating: "^", count: width)
            if let fix = diagnostic.fix { text += " " + fix.message }
        }
        for note in diagnostic.notes { text += "\n  = merk: \(note.message)" }
        return text
    }

    /// A message of the session's own (not from the compiler), pointing at `fragment` of the line.
    static func render(_ message: String, at fragment: Fragment, input: String) -> String {
        let width = max(1, fragment.text.count)
        return "feil: \(message)\n  \(input)\n  " + String(repeating: " ", count: fragment.column) + String(repeating: "^", count: width)
    }
}
