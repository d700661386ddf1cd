import Foundation
import Regel

/// Feeds a session from a terminal with line editing, or from a pipe line by line.
enum LineSource {
    /// Plain reading for scripts and tests: no prompts, no escape codes, one output per line.
    static func runPlain(_ session: ReplSession) {
        while !session.hasEnded, let line = readLine(strippingNewline: true) {
            show(session.handle(line))
        }
        if !session.hasEnded { show(session.endOfInput()) }
    }

    /// Raw-mode editing with history and completion.
    static func runInteractive(_ session: ReplSession, historyPath: String) {
        var editor = LineEditor(history: History.load(from: historyPath))
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
                    show(session.handle(line))
                    editor.history.save(to: historyPath)
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
        editor.history.save(to: historyPath)
    }

    private static func show(_ text: String) {
        if !text.isEmpty { write(text + "\n") }
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
