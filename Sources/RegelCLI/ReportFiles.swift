import Foundation

/// Writing the HTML that `regel forklar --html` and `regel dokumenter` make.
enum ReportFiles {
    /// Writes `text` to `path`, replacing what was there; on failure says why on stderr.
    static func write(_ text: String, to path: String) -> Bool {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            return true
        } catch {
            Output.err(CLIMessages.cannotWriteReport(path, reason: error.localizedDescription))
            return false
        }
    }
}
