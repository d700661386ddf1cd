// libFuzzer target (e): bytes → parser (lexer included). See docs/fuzzing.md.
import Foundation
import Regel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let tree = Parser.parse(SourceFile(name: "fuzz.regel", bytes: bytes))
    for diagnostic in tree.diagnostics {
        precondition(diagnostic.range.start <= diagnostic.range.end && diagnostic.range.end <= bytes.count,
                     "a diagnostic lies outside the input")
    }
    return 0
}

#if !FUZZING
import FuzzReplay

/// Without libFuzzer: replays the files named on the command line (see `FuzzReplay.replay`).
@main enum Replay {
    static func main() { replay(fuzzOne) }
}
#endif
