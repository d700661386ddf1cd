import Foundation

/// The lines typed before, newest last, for Up and Down; kept in a file between sessions.
public struct History: Sendable {
    public private(set) var entries: [String]
    /// How many lines are kept.
    public let limit: Int
    /// The entry shown now; `entries.count` is the line being typed.
    private var position: Int
    /// The line being typed, kept while browsing older ones.
    private var draft = ""

    public init(entries: [String] = [], limit: Int = 1000) {
        self.entries = Array(entries.suffix(limit))
        self.limit = limit
        self.position = self.entries.count
    }

    /// Adds a submitted line, unless it is blank or repeats the last one.
    public mutating func add(_ line: String) {
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
    public static func load(from path: String, limit: Int = 1000) -> History {
        guard let data = FileManager.default.contents(atPath: path) else { return History(limit: limit) }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        return History(entries: lines, limit: limit)
    }

    /// Writes the history file, one line per entry. Fails quietly: history is a convenience.
    public func save(to path: String) {
        let text = entries.map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
    }
}
