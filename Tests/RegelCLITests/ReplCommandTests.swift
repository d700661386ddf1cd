import Foundation
import Testing

/// `regel repl` as a user meets it: from a pipe (plain lines, no escape codes) and on a pseudo-terminal
/// (raw mode, line editing, history file).
@Suite struct ReplCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RegelTests/Interactive/Fixtures").path

    @Test func pipedSessionPrintsOnlyAnswers() throws {
        let result = try CLIRunner.run(["repl", Self.fixtures], stdin: "vurderingsdato = 2024-03-01\nbarn.ventes = ja\nbarnet_er_under_18\nglem x\n")
        // A line gave an error, so the script failed.
        #expect(result.exitCode == 1)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("regel> "))
        #expect(result.stdout.hasSuffix("""
            barnet_er_under_18 = ja
            feil: «x» er ikke et faktum
              glem x
                   ^

            """))
    }

    @Test func pipedSessionWithoutErrorsExitsWithZero() throws {
        let result = try CLIRunner.run(["repl", Self.fixtures], stdin: "1 + 1\n18 år > 12 måneder\nbarn.ventes = ja\nbarnet_er_under_18\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("1 + 1 = 2\n18 år > 12 måneder = ja\nbarnet_er_under_18 = ja\n"))
    }

    @Test func endOfInputEndsAnInterviewCleanly() throws {
        let result = try CLIRunner.run(["repl", Self.fixtures], stdin: "intervju rett_til_barnekoordinator\nja\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("Har barnet en alvorlig sykdom?\n  veiledning: «Alvorlig» er en faglig vurdering; det kreves ingen diagnose.\nintervjuet er avbrutt\n"))
    }

    /// `regel repl` on a fresh pseudo-terminal, with `environment` added to the test's own.
    static func onTerminal(_ environment: [String: String] = [:], directory: URL? = nil) throws -> (PseudoTerminal, Process) {
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["repl", Self.fixtures]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = terminal.follower
        process.standardOutput = terminal.follower
        process.standardError = terminal.follower
        // The child inherits the signal mask of the thread that starts it, and the test runner's threads
        // block some signals; a user's shell blocks none, so start the child as a shell would.
        var all = sigset_t(), previous = sigset_t()
        sigfillset(&all)
        pthread_sigmask(SIG_UNBLOCK, &all, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
        return (terminal, process)
    }

    /// Waits at most ten seconds for `process` to end; kills it and reports an issue otherwise.
    static func waitForExit(_ process: Process, sourceLocation: SourceLocation = #_sourceLocation) {
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            Issue.record("regel repl did not end", sourceLocation: sourceLocation)
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
    }

    @Test func onATerminalEditsLinesAndKeepsHistory() throws {
        let history = NSTemporaryDirectory() + "regel-historikk-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: history) }
        let (terminal, process) = try Self.onTerminal(["REGEL_HISTORIKK": history])
        _ = terminal.read(until: "regel> ")
        // Type «barn.v», complete it with Tab, fix a typo with Left/Backspace, submit.
        terminal.write("barn.v\t= jx\u{7F}a\r")
        _ = terminal.read(until: "regel> ")
        terminal.write("halvskrevet\u{03}")
        let cancelled = terminal.read(until: "regel> ")
        #expect(cancelled.contains("^C"))
        terminal.write("barnet_er_under_19\u{1B}[D\u{1B}[3~8\r")
        let answer = terminal.read(until: "barnet_er_under_18 = ja")
        #expect(answer.contains("barnet_er_under_18 = ja"))
        _ = terminal.read(until: "regel> ")
        terminal.write("\u{04}")
        Self.waitForExit(process)
        #expect(process.terminationStatus == 0)
        // The fact's value is not written to the file; the name asked about is.
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved == "barnet_er_under_18\n")
    }
}

/// A pseudo-terminal pair: the leader side for the test, the follower for the child process.
final class PseudoTerminal {
    let leader: Int32
    let follower: FileHandle

    init() throws {
        #if os(Linux)
        // posix_openpt and friends are not imported from Glibc; these are the ioctls they make
        // (TIOCSPTLCK and TIOCGPTN, whose macros are not imported either).
        leader = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard leader >= 0, ioctl(leader, 0x4004_5431, &unlock) == 0, ioctl(leader, 0x8004_5430, &number) == 0 else {
            throw CocoaError(.fileReadUnknown)
        }
        let followerName = "/dev/pts/\(number)"
        #else
        leader = posix_openpt(O_RDWR | O_NOCTTY)
        guard leader >= 0, grantpt(leader) == 0, unlockpt(leader) == 0, let name = ptsname(leader) else {
            throw CocoaError(.fileReadUnknown)
        }
        let followerName = String(cString: name)
        #endif
        let followerDescriptor = open(followerName, O_RDWR | O_NOCTTY)
        guard followerDescriptor >= 0 else { throw CocoaError(.fileReadUnknown) }
        follower = FileHandle(fileDescriptor: followerDescriptor, closeOnDealloc: true)
    }

    deinit { close(leader) }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Foundation.write(leader, $0.baseAddress, $0.count) }
    }

    /// Reads what has been written until nothing more comes for a fifth of a second.
    func drain() -> String {
        var collected = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        var descriptor = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
        while poll(&descriptor, 1, 200) > 0 {
            let count = Foundation.read(leader, &buffer, buffer.count)
            guard count > 0 else { break }
            collected.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: collected, as: UTF8.self)
    }

    /// Reads until `marker` has appeared or ten seconds have passed.
    func read(until marker: String) -> String {
        var collected = Data()
        let deadline = Date().addingTimeInterval(10)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var descriptor = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            let count = Foundation.read(leader, &buffer, buffer.count)
            guard count > 0 else { break }
            collected.append(contentsOf: buffer[0..<count])
            if String(decoding: collected, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: collected, as: UTF8.self)
    }
}
