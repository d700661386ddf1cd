import Foundation
import Testing

/// `regel repl` as a user meets it: from a pipe (plain lines, no escape codes) and on a pseudo-terminal
/// (raw mode, line editing, history file).
@Suite struct ReplCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RegelTests/Interactive/Fixtures").path

    @Test func pipedSessionPrintsOnlyAnswers() throws {
        let result = try CLIRunner.run(["repl", Self.fixtures], stdin: "vurderingsdato = 2024-03-01\nbarn.ventes = ja\nbarnet_er_under_18\nglem x\n")
        #expect(result.exitCode == 0)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("regel> "))
        #expect(result.stdout.hasSuffix("""
            barnet_er_under_18 = ja
            feil: «x» er ikke et faktum
              glem x
                   ^

            """))
    }

    @Test func endOfInputEndsAnInterviewCleanly() throws {
        let result = try CLIRunner.run(["repl", Self.fixtures], stdin: "intervju rett_til_barnekoordinator\nja\n")
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("Har barnet en alvorlig sykdom?\n  veiledning: «Alvorlig» er en faglig vurdering; det kreves ingen diagnose.\nintervjuet er avbrutt\n"))
    }

    @Test func onATerminalEditsLinesAndKeepsHistory() throws {
        let history = NSTemporaryDirectory() + "regel-historikk-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: history) }
        let terminal = try PseudoTerminal()
        let process = Process()
        process.executableURL = CLIRunner.executable
        process.arguments = ["repl", Self.fixtures]
        process.environment = ProcessInfo.processInfo.environment.merging(["REGEL_HISTORIKK": history]) { $1 }
        process.standardInput = terminal.follower
        process.standardOutput = terminal.follower
        process.standardError = terminal.follower
        try process.run()
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
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved == "barn.ventes = ja\nbarnet_er_under_18\n")
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
