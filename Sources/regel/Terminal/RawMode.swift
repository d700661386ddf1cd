import Foundation

/// The terminal settings from before raw mode, for restoring them on the way out,
/// also from a signal handler (which can capture nothing).
nonisolated(unsafe) private var savedSettings = termios()

/// Raw mode: bytes arrive one key at a time, unechoed, and Ctrl-C arrives as a byte instead of a
/// signal — the line editor does the rest. Output processing stays on, so "\n" still starts a line.
enum RawMode {
    /// Switches stdin to raw mode; false when it is not a terminal or refuses.
    static func enter() -> Bool {
        guard isatty(0) == 1, tcgetattr(0, &savedSettings) == 0 else { return false }
        var raw = savedSettings
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | BRKINT | INPCK | ISTRIP)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        guard tcsetattr(0, TCSADRAIN, &raw) == 0 else { return false }
        for signalNumber in [SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { number in
                RawMode.leave()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        return true
    }

    static func leave() {
        tcsetattr(0, TCSADRAIN, &savedSettings)
    }

    /// The terminal's width in columns.
    static var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
