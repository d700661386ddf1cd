import Foundation

/// Runs the built `regel` executable, which sits next to the test bundle.
struct CLIRunner {
    struct Result {
        let exitCode: Int32
        let stdout: String
        let stderr: String
    }

    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the tests run from `<build>/debug/RegelPackageTests.xctest`.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("regel").path), directory.path != "/" {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("regel")
    }

    /// Runs `regel` with `arguments`, optional standard input and extra environment.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read stderr on another thread, so a full pipe can never stall the child.
        let errorBox = DataBox()
        let reader = Thread { errorBox.data = err.fileHandleForReading.readDataToEndOfFile(); errorBox.done.signal() }
        reader.start()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errorBox.done.wait()
        let errData = errorBox.data
        process.waitUntilExit()
        return Result(exitCode: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Data handed from the reader thread.
final class DataBox: @unchecked Sendable {
    var data = Data()
    var count = 0
    let done = DispatchSemaphore(value: 0)
}
