// libFuzzer target (c): lines typed in a REPL session over Tests/Fuzz/repl.regel, one line per
// input line. Never touches the history file or the home folder. See docs/fuzzing.md.
import Foundation
import Regel
import RegelInteractive

/// A small rule set with types, lists, records, versions and exceptions: the session reads it
/// for every input, and the whole of rules/ would make that fifty times slower.
let rulesFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Tests/Fuzz/repl.regel").path

/// A scratch folder for the session's working folder and HOME, so nothing typed can reach real files.
let scratch: String = {
    let path = NSTemporaryDirectory() + "regel-fuzz-repl-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    setenv("HOME", path, 1)
    return path
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).prefix(64).map(String.init)
    // «lagre test "x" til FIL» would write a file: without the words «til» and «to» the test is only shown.
    if lines.contains(where: { $0.contains("lagre") || $0.contains("save") }) {
        lines = lines.map { $0.replacingOccurrences(of: "til", with: "t_l").replacingOccurrences(of: "to", with: "t_") }
    }
    guard let today = CalendarDate(iso: "2024-03-01") else { return 0 }
    let session = ReplSession(paths: [rulesFile], today: today, workingFolder: scratch)
    for line in lines where !session.hasEnded {
        _ = session.prompt
        _ = session.handle(line)
    }
    _ = session.cancel()
    _ = session.endOfInput()
    return 0
}

#if !FUZZING
import FuzzReplay

/// Without libFuzzer: replays the files named on the command line (see `FuzzReplay.replay`).
@main enum Replay {
    static func main() { replay(fuzzOne) }
}
#endif
