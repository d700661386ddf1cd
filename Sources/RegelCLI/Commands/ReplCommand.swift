import Foundation
import Regel
import RegelInteractive

/// `regel repl` (help in `CommandCatalogue.repl`): an interactive session; line editing on a terminal, plain lines from a pipe
/// or a terminal without cursor control (`TERM=dumb`).
enum ReplCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.repl)
        let paths = arguments.operands.isEmpty ? ["rules"] : arguments.operands
        try UsageError.requireExisting(paths)
        let session = ReplSession(paths: paths, today: .today)
        let environment = ProcessInfo.processInfo.environment
        let onTerminal = isatty(0) == 1
        Output.out(session.startText)
        if onTerminal && environment["TERM"] != "dumb" && RawMode.enter() {
            defer { RawMode.leave() }
            let policy = HistoryPolicy(environment: environment)
            LineSource.runInteractive(session, history: policy == .off ? nil : (historyPath(environment), policy))
            return 0
        }
        LineSource.runPlain(session, prompts: onTerminal)
        // A script fed through a pipe fails when any of its lines did; someone at a terminal saw the errors.
        return !onTerminal && session.errorCount > 0 ? 1 : 0
    }

    /// `~/.regel_historikk`, or the file named by `REGEL_HISTORIKK`.
    static func historyPath(_ environment: [String: String]) -> String {
        if let path = environment["REGEL_HISTORIKK"], !path.isEmpty { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.regel_historikk"
    }
}
