import Regel
/// Which typed lines may be written to the history file. A session is about a real person: fact
/// values, interview answers and expressions can hold what is known about them, and a file in the
/// home folder outlives the session. So by default only commands and names are kept.
package enum HistoryPolicy: Equatable, Sendable {
    /// Lines made of a command word and names of rules and facts only, such as `hvorfor rett` or `fakta`.
    case commands
    /// Every line, values and answers included (`REGEL_HISTORIKK_ALT=1`).
    case everything
    /// No history file is read or written (`REGEL_HISTORIKK=av`).
    case off

    /// The policy chosen by the environment: `REGEL_HISTORIKK=av` turns the file off,
    /// `REGEL_HISTORIKK_ALT=1` keeps every line.
    package init(environment: [String: String]) {
        if let value = environment["REGEL_HISTORIKK"]?.lowercased(), ["av", "off", "0", "nei"].contains(value) {
            self = .off
        } else if environment["REGEL_HISTORIKK_ALT"] == "1" {
            self = .everything
        } else {
            self = .commands
        }
    }
}

extension ReplSession {
    /// Whether `line`, about to be handled, may be written to the history file under `policy`.
    /// Call it before `handle`: an answer in an interview or a continued expression is never a command.
    package func mayRemember(_ line: String, under policy: HistoryPolicy) -> Bool {
        switch policy {
        case .off: return false
        case .everything: return true
        case .commands: break
        }
        guard interview == nil, pendingLines.isEmpty else { return false }
        let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = words.first else { return false }
        let isName = { (word: String) -> Bool in
            self.program?.rule(named: word) != nil || self.program?.fact(named: word) != nil
        }
        guard let command = CommandWord.named(first) else { return words.count == 1 && isName(first) }
        // `lagre test "navn"` names a test, which may name the person; `glem alt` is a command alone.
        guard command != .lagre else { return false }
        return words.dropFirst().allSatisfy { isName($0) || (command == .glem && ["alt", "all"].contains($0)) }
    }
}
