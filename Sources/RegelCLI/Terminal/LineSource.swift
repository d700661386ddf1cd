import Foundation
import Regel
import RegelInteractive

/// Feeds a session from a terminal with line editing, or from a pipe line by line.
enum LineSource {
    /// Plain reading for scripts, tests and dumb terminals: no escape codes, one output per line;
    /// a plain prompt only when someone is typing.
    static func runPlain(_ session: ReplSession, prompts: Bool) {
        while !session.hasEnded {
            if prompts { write(session.prompt) }
            guard let line = readLine(strippingNewline: true) else { break }
            show(session.handle(line))
        }
        if !session.hasEnded { show(session.endOfInput()) }
    }

    /// Raw-mode editing with history and completion. The editor remembers every line for this session;
    /// the history file gets only the lines `policy` allows, and no file at all when `history` is nil.
    static func runInteractive(_ session: ReplSession, history: (path: String, policy: HistoryPolicy)?) {
        // Lines kept by an older version, or under REGEL_HISTORIKK_ALT, are dropped when the policy no longer allows them.
        var saved = history.map { history in
            History(entries: History.load(from: history.path).entries.filter { session.mayRemember($0, under: history.policy) })
        } ?? History()
        var editor = LineEditor(history: saved)
        var failureShown = false
        func remember(_ line: String) {
            guard let history, session.mayRemember(line, under: history.policy) else { return }
            saved.add(line)
            do throws(HistoryError) {
                try saved.save(to: history.path)
            } catch {
                if !failureShown { write("merk: \(error.description)\n") }
                failureShown = true
            }
        }
        var decoder = KeyDecoder()
        var buffer = [UInt8](repeating: 0, count: 256)
        write(editor.render(prompt: session.prompt, width: RawMode.width))
        reading: while !session.hasEnded {
            let count = read(0, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                write("\n")
                show(session.endOfInput())
                break
            }
            for key in decoder.feed(Array(buffer[0..<count])) {
                switch editor.apply(key, complete: session.completions) {
                case .redraw: break
                case .submit(let line):
                    write("\n")
                    remember(line)
                    show(session.handle(line))
                    if session.hasEnded { break reading }
                case .interrupt:
                    write("^C\n")
                    show(session.cancel())
                case .endOfInput:
                    write("\n")
                    show(session.endOfInput())
                    break reading
                case .showCandidates(let candidates):
                    write("\n" + candidates.joined(separator: "  ") + "\n")
                case .clearScreen:
                    write("\u{1B}[H\u{1B}[2J")
                }
            }
            write(editor.render(prompt: session.prompt, width: RawMode.width))
        }
    }

    private static func show(_ text: String) {
        if !text.isEmpty { write(text + "\n") }
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
