import Foundation

/// Without libFuzzer (a plain `swift build`): runs each file named on the command line through a
/// fuzz target's entry point once, to reproduce a finding in a debug build.
public func replay(_ fuzzOne: (UnsafePointer<UInt8>?, Int) -> Int32) {
    for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
            print("kan ikke lese \(path)")
            continue
        }
        _ = data.withUnsafeBytes { fuzzOne($0.bindMemory(to: UInt8.self).baseAddress, data.count) }
        print("\(path): ingen krasj")
    }
}
