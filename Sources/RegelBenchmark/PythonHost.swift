import Foundation

/// What a Python host pays per case through the C interface (bindings/python/ytelse.py), on the
/// barnekoordinator rules, printed beside the Swift figures. It needs libRegelC.so built next to
/// this executable (`swift build -c release --product RegelC`) and python3; without them it says so.
enum PythonHost {
    /// False when the script ran and failed (its two ways gave different answers); skipping is not failing.
    static func report(source: String, cases: Int) -> Bool {
        print("barnekoordinator from Python through the C interface (rett_til_barnekoordinator, \(cases) cases):")
        fflush(nil)  // every stream: the script writes to the same output, and its lines must come after this one
        let binaries = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let library = binaries.appendingPathComponent("libRegelC.so")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bindings/python/ytelse.py")
        guard FileManager.default.fileExists(atPath: library.path) else {
            print("  skipped: no \(library.path); build it with `swift build -c release --product RegelC`")
            return true
        }
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("regel-benchmark-\(getpid()).regel")
        defer { try? FileManager.default.removeItem(at: rules) }
        do {
            try source.write(to: rules, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", script.path, "--regler", rules.path, "--saker", "\(cases)", "--bibliotek", library.path]
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus != 0 { print("  python3 failed (exit \(process.terminationStatus))") }
            return process.terminationStatus == 0
        } catch {
            print("  skipped: python3 could not be started (\(error))")
            return true
        }
    }
}
