import Foundation
import Regel
@testable import RegelInteractive

/// A recorded session: the start text, then each typed line after its prompt, then what the session answered.
/// `^C` typed as a line stands for Ctrl-C, `^D` for Ctrl-D.
enum Transcript {
    static let prompts = ["regel> ", "svar> ", "   ...> "]

    /// The lines typed in a recorded transcript.
    static func inputs(of transcript: String) -> [String] {
        transcript.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            prompts.first { line.hasPrefix($0) }.map { String(line.dropFirst($0.count)) }
        }
    }

    /// Runs `inputs` in a new session and records it. `folder` is shown as `shownAs` so the
    /// transcript does not depend on where the repository is.
    static func record(_ inputs: [String], folder: String, shownAs: String, today: CalendarDate,
                       workingFolder: String = NSTemporaryDirectory()) -> String {
        let session = ReplSession(paths: [folder], today: today, workingFolder: workingFolder)
        var lines = [session.startText]
        for input in inputs where !session.hasEnded {
            lines.append(session.prompt + input)
            let output: String
            switch input {
            case "^C": output = session.cancel()
            case "^D": output = session.endOfInput()
            default: output = session.handle(input)
            }
            if !output.isEmpty { lines.append(output) }
        }
        return lines.joined(separator: "\n").replacingOccurrences(of: folder, with: shownAs) + "\n"
    }
}
