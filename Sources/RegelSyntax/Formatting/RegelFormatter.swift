/// `regel formater`: writes a file in the canonical layout (grammar/README.md, «Kanonisk
/// oppsett»). Works on the tokens and their trivia, so every comment and the author's groups of
/// lines are kept:
///
/// - indentation is two spaces per level, the levels read from the file's own indentation (a
///   line deeper than the one above opens a level, a shallower one closes levels down to it);
/// - a comment on a line of its own takes the indentation of the code below it;
/// - blanks between tokens become one space, none after `(`, `[`, `{` and before `)`, `]`, `}`,
///   `,`, and one on each side of a comparison; where the author wrote no blank, none is added;
/// - trailing blanks go, runs of blank lines become one, the file ends in one line break (LF);
/// - text blocks (`"""`) keep their text; only their indentation moves with their line.
///
/// A file with syntax errors is not formatted. The result is parsed again and must give the same
/// declarations as the original; if it ever did not, the file is left as it is.
public enum RegelFormatter {
    /// What formatting a file gave.
    public struct Result: Sendable {
        /// The formatted text, or nil when the file was left as it is (see `diagnostics`).
        public let text: String?
        /// Why the file was not formatted: its syntax errors, or R0005 if the layout could not be changed safely.
        public let diagnostics: [Diagnostic]
        /// Whether the formatted text differs from the file.
        public let changed: Bool
    }

    /// Formats one file; a file with syntax errors comes back unformatted with its errors.
    public static func format(_ file: SourceFile) -> Result {
        let tree = Parser.parse(file)
        let errors = tree.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return Result(text: nil, diagnostics: errors.sortedForReading(), changed: false) }
        guard let text = Layout(file: file).render() else {
            return Result(text: nil, diagnostics: [refusal(file, FormatMessages.textBlockIndentation)], changed: false)
        }
        let formatted = Parser.parse(SourceFile(name: file.name, text: text))
        guard formatted.diagnostics.allSatisfy({ $0.severity != .error }),
              SyntaxShape.of(formatted.declarations) == SyntaxShape.of(tree.declarations) else {
            return Result(text: nil, diagnostics: [refusal(file, FormatMessages.meaningWouldChange)], changed: false)
        }
        return Result(text: text, diagnostics: [], changed: Array(text.utf8) != file.bytes)
    }

    static func refusal(_ file: SourceFile, _ message: String) -> Diagnostic {
        Diagnostic(.cannotFormat, message, file: file, range: SourceRange(start: 0, end: 0))
    }
}
