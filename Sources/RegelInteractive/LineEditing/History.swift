import Regel
import Foundation

/// The lines typed before, newest last, for Up and Down; kept in a file between sessions.
package struct History: Sendable {
    package private(set) var entries: [String]
    /// How many lines are kept.
    package let limit: Int
    /// The entry shown now; `entries.count` is the line being typed.
    private var position: Int
    /// The line being typed, kept while browsing older ones.
    private var draft = ""

    package init(entries: [String] = [], limit: Int = 1000) {
        self.entries = Array(entries.suffix(limit))
        self.limit = limit
        self.position = self.entries.count
    }

    /// Adds a submitted line, unless it is blank or repeats the last one.
    package mutating func add(_ line: String) {
        defer { position = entries.count }
        guard !line.allSatisfy(\.isWhitespace), entries.last != line else { return }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }

    /// The entry before the one shown; `current` is remembered when leaving the line being typed.
    mutating func previous(current: String) -> String? {
        guard position > 0 else { return nil }
        if position == entries.count { draft = current }
        position -= 1
        return entries[position]
    }

    /// The entry after the one shown, or the line that was being typed.
    mutating func next() -> String? {
        guard position < entries.count else { return nil }
        position += 1
        return position == entries.count ? draft : entries[position]
    }

    /// Reads the history file; a missing or unreadable file gives an empty history.
    package static func load(from path: String, limit: Int = 1000) -> History {
        guard let data = FileManager.default.contents(atPath: path) else { return History(limit: limit) }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return History(entries: lines, limit: limit)
    }

    /// Writes the history file, one line per entry, readable by its owner only (0600, also when the
    /// file was there before with wider permissions). Throws when it cannot be written, so the user
    /// can be told: a silent failure would leave them believing what they typed was kept, or not.
    package func save(to path: String) throws(HistoryError) {
        let text = entries.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw HistoryError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        guard fchmod(descriptor, 0o600) == 0 else { throw HistoryError(path: path, reason: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw HistoryError(path: path, reason: String(cString: strerror(errno))) }
            written += count
        }
    }
}

/// The history file could not be written.
package struct HistoryError: Error, Sendable, CustomStringConvertible {
    package let path: String
    /// The system's reason, as it gives it.
    package let reason: String

    package var description: String {
        SessionMessages.historyNotSaved(path, reason)
    }
}
