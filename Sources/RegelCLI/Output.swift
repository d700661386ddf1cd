import Foundation
import Regel

/// Writing to the terminal, with colour only where it helps.
enum Output {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Colour when stderr is a terminal and NO_COLOR is not set.
    static var colorsOnStderr: Bool {
        ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true ? isatty(2) == 1 : false
    }

    /// The errors of a case file, at most `TextRenderer.limitPerFile` of them, then how many more there were.
    static func caseErrors(_ errors: [CaseError], in path: String) {
        var text = errors.prefix(TextRenderer.limitPerFile).map { "feil[\($0.code.code)]: \(path): \($0.path): \($0.message)\n" }.joined()
        if errors.count > TextRenderer.limitPerFile {
            text += TextRenderer.more(errors.count - TextRenderer.limitPerFile, in: path) + "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    static func diagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        // A blank line after the last diagnostic, before whatever summary follows.
        err(TextRenderer(colors: colorsOnStderr).render(diagnostics) + "\n")
    }
}
