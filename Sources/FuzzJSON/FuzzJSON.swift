// libFuzzer target (f): bytes → JSON reader (JSONValue.parse). See docs/fuzzing.md.
import Foundation
import Regel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        _ = try JSONValue.parse(String(decoding: bytes, as: UTF8.self))
    } catch {
        precondition(error.line >= 1 && error.column >= 1, "a JSON error without a position")
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
