import Foundation

/// The terminal settings from before raw mode, for restoring them on the way out, also from a signal
/// handler. A pointer allocated once, so the handler reads it without Swift's access bookkeeping.
nonisolated(unsafe) private let savedSettings = UnsafeMutablePointer<termios>.allocate(capacity: 1)

/// Raw mode: bytes arrive one key at a time, unechoed, and Ctrl-C arrives as a byte instead of a
/// signal — the line editor does the rest. Output processing stays on, so "\n" still starts a line.
enum RawMode {
    /// Signals after which the terminal must be given back before the process ends: being
    /// stopped from outside (`kill`, a closed window) and crashing.
    static let restoringSignals = [SIGINT, SIGTERM, SIGHUP, SIGQUIT,
                                   SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP]

    /// Switches stdin to raw mode; false when it is not a terminal or refuses.
    static func enter() -> Bool {
        guard isatty(0) == 1, tcgetattr(0, savedSettings) == 0 else { return false }
        var raw = savedSettings.pointee
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        // Handlers first: a signal between the switch and the handlers would leave the terminal raw.
        for signalNumber in restoringSignals {
            signal(signalNumber) { number in
                // Only async-signal-safe calls: restore at once (not waiting for output to drain),
                // then die of the same signal with its default action, so the exit status tells why.
                tcsetattr(0, TCSANOW, savedSettings)
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        guard tcsetattr(0, TCSADRAIN, &raw) == 0 else { return false }
        return true
    }

    static func leave() {
        tcsetattr(0, TCSADRAIN, savedSettings)
    }

    /// The terminal's width in columns.
    static var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
