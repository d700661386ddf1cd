import Foundation
import Testing

/// The REPL on a pseudo-terminal: the terminal given back after signals, no escape codes for a
/// dumb terminal, and what the history file may hold.
@Suite struct ReplTerminalTests {
    /// Whether the terminal is in its normal line mode: typed characters echoed, lines edited by the terminal.
    static func isCooked(_ terminal: PseudoTerminal) -> Bool {
        var settings = termios()
        guard tcgetattr(terminal.follower.fileDescriptor, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ECHO) != 0 && settings.c_lflag & tcflag_t(ICANON) != 0
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-repl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP])
    func aSignalGivesTheTerminalBack(signalNumber: Int32) throws {
        let (terminal, process) = try ReplCommandTests.onTerminal(["REGEL_HISTORIKK": "av", "SWIFT_BACKTRACE": "enable=no"])
        _ = terminal.read(until: "regel> ")
        #expect(!Self.isCooked(terminal), "the REPL did not enter raw mode")
        kill(process.processIdentifier, signalNumber)
        ReplCommandTests.waitForExit(process)
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signalNumber)
        #expect(Self.isCooked(terminal), "signal \(signalNumber) left the terminal in raw mode")
    }

    @Test func aDumbTerminalGetsPlainLines() throws {
        let (terminal, process) = try ReplCommandTests.onTerminal(["TERM": "dumb", "REGEL_HISTORIKK": "av"])
        var shown = terminal.read(until: "regel> ")
        terminal.write("1 + 1\n")
        shown += terminal.read(until: "1 + 1 = 2")
        terminal.write("avslutt\n")
        ReplCommandTests.waitForExit(process)
        shown += terminal.drain()
        #expect(process.terminationStatus == 0)
        #expect(shown.contains("regel> 1 + 1"))
        #expect(!shown.contains("\u{1B}"))
        #expect(Self.isCooked(terminal))
    }

    /// Types `lines` one by one, each answered before the next, then ends the session.
    static func type(_ lines: [String], _ environment: [String: String], directory: URL? = nil) throws -> String {
        let (terminal, process) = try ReplCommandTests.onTerminal(environment, directory: directory)
        var shown = terminal.read(until: "regel> ")
        for line in lines {
            terminal.write(line + "\r")
            shown += terminal.read(until: "> ")
        }
        terminal.write("\u{04}")
        ReplCommandTests.waitForExit(process)
        return shown + terminal.drain()
    }

    static let typed = ["barn.fødselsdato = 2012-09-14", "fakta", "alder(barn.fødselsdato)", "hvorfor barnet_er_under_18",
                        "intervju rett_til_barnekoordinator", "ja", "avbryt", "glem barn.fødselsdato", "Ola_Nordmann",
                        "lagre test \"Ola\""]

    @Test func byDefaultOnlyCommandsAndNamesAreSaved() throws {
        let folder = try Self.temporaryFolder()
        let history = folder.appendingPathComponent("historikk").path
        _ = try Self.type(Self.typed, ["REGEL_HISTORIKK": history], directory: folder)
        #expect(try String(contentsOfFile: history, encoding: .utf8) == """
            fakta
            hvorfor barnet_er_under_18
            intervju rett_til_barnekoordinator
            glem barn.fødselsdato

            """)
        let attributes = try FileManager.default.attributesOfItem(atPath: history)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func everythingIsSavedOnlyWhenAskedFor() throws {
        let folder = try Self.temporaryFolder()
        let history = folder.appendingPathComponent("historikk").path
        _ = try Self.type(Self.typed, ["REGEL_HISTORIKK": history, "REGEL_HISTORIKK_ALT": "1"], directory: folder)
        #expect(try String(contentsOfFile: history, encoding: .utf8) == Self.typed.joined(separator: "\n") + "\n")
    }

    @Test func historyCanBeTurnedOff() throws {
        let home = try Self.temporaryFolder()
        _ = try Self.type(["fakta"], ["REGEL_HISTORIKK": "av", "HOME": home.path], directory: home)
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.path).isEmpty)
    }

    @Test func anExistingFileIsMadeOwnerOnly() throws {
        let folder = try Self.temporaryFolder()
        let history = folder.appendingPathComponent("historikk").path
        #expect(FileManager.default.createFile(atPath: history, contents: Data("regler\n".utf8), attributes: [.posixPermissions: 0o644]))
        _ = try Self.type(["fakta"], ["REGEL_HISTORIKK": history], directory: folder)
        #expect(try String(contentsOfFile: history, encoding: .utf8) == "regler\nfakta\n")
        #expect((try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aFailedWriteIsReportedOnce() throws {
        let shown = try Self.type(["fakta", "regler", "hjelp"], ["REGEL_HISTORIKK": "/finnes/ikke/historikk"])
        let message = "merk: kunne ikke lagre historikken i «/finnes/ikke/historikk» (No such file or directory); skru historikken av med REGEL_HISTORIKK=av"
        #expect(shown.components(separatedBy: message).count - 1 == 1)
    }
}
