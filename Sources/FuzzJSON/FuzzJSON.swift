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
/// Without libFuzzer (a plain `swift build`): runs each file named on the command line through
/// the target once, to reproduce a finding in a debug build.
@main enum Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("kan ikke lese \(path)")
                continue
            }
            _ = data.withUnsafeBytes { fuzzOne($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
            print("\(path): ingen krasj")
        }
    }
}
#endif
