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

    static func diagnostics(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        // A blank line after the last diagnostic, before whatever summary follows.
        err(TextRenderer(colors: colorsOnStderr).render(diagnostics) + "\n")
    }
}
