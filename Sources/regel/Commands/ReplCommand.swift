import Foundation
import Regel

/// `regel repl [REGLER]`: an interactive session; line editing on a terminal, plain lines from a pipe.
enum ReplCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: [], known: [])
        let paths = arguments.operands.isEmpty ? ["rules"] : arguments.operands
        try UsageError.requireExisting(paths)
        let session = ReplSession(paths: paths, today: .today)
        Output.out(session.startText)
        if RawMode.enter() {
            defer { RawMode.leave() }
            LineSource.runInteractive(session, historyPath: historyPath)
        } else {
            LineSource.runPlain(session)
        }
        return 0
    }

    /// `~/.regel_historikk`, or the file named by `REGEL_HISTORIKK`.
    static var historyPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["REGEL_HISTORIKK"], !path.isEmpty { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.regel_historikk"
    }
}
