import Regel
/// What the terminal should do after a key.
package enum EditAction: Equatable, Sendable {
    /// Draw the line again.
    case redraw
    /// The line is done (Enter).
    case submit(String)
    /// Ctrl-C: drop the line.
    case interrupt
    /// Ctrl-D on an empty line.
    case endOfInput
    /// Tab with several possible completions: list them under the line.
    case showCandidates([String])
    case clearScreen
}

/// The line being typed: a cursor over characters (not bytes, so æøå move as one), editing keys,
/// history and tab completion. Knows nothing of the terminal; `render` gives the bytes to draw it.
package struct LineEditor: Sendable {
    package private(set) var characters: [Character] = []
    /// Position in `characters`, 0…count.
    package private(set) var cursor = 0
    package var history: History

    package init(history: History = History()) {
        self.history = history
    }

    package var text: String { String(characters) }

    /// Applies one key. `complete` gives the candidates for the text before the cursor.
    package mutating func apply(_ key: Key, complete: (String) -> [String] = { _ in [] }) -> EditAction {
        switch key {
        case .text(let character):
            characters.insert(character, at: cursor)
            cursor += 1
        case .enter:
            let line = text
            history.add(line)
            characters = []
            cursor = 0
            return .submit(line)
        case .tab: return completeWord(complete)
        case .backspace:
            guard cursor > 0 else { break }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .up: if let line = history.previous(current: text) { replace(with: line) }
        case .down: if let line = history.next() { replace(with: line) }
        case .deleteWordBefore:
            let start = wordStart(before: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .deleteToEnd: characters.removeSubrange(cursor...)
        case .deleteToStart:
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .interrupt:
            characters = []
            cursor = 0
            return .interrupt
        case .endOfInput:
            if characters.isEmpty { return .endOfInput }
            if cursor < characters.count { characters.remove(at: cursor) }
        case .clearScreen: return .clearScreen
        }
        return .redraw
    }

    /// Fills in the word before the cursor as far as all candidates agree; lists them when that adds nothing.
    private mutating func completeWord(_ complete: (String) -> [String]) -> EditAction {
        let before = String(characters[..<cursor])
        let candidates = complete(before)
        let typed = before.reversed().prefix(while: \.isDottedNamePart).count
        let common = Self.commonPrefix(candidates)
        guard common.count > typed else { return candidates.count > 1 ? .showCandidates(candidates) : .redraw }
        var addition = Array(common.dropFirst(typed))
        if candidates.count == 1 { addition.append(" ") }
        characters.insert(contentsOf: addition, at: cursor)
        cursor += addition.count
        return .redraw
    }

    private mutating func replace(with line: String) {
        characters = Array(line)
        cursor = characters.count
    }

    private func isWordCharacter(_ index: Int) -> Bool {
        characters[index].isNamePart
    }

    private func wordStart(before position: Int) -> Int {
        var index = position
        while index > 0 && !isWordCharacter(index - 1) { index -= 1 }
        while index > 0 && isWordCharacter(index - 1) { index -= 1 }
        return index
    }

    private func wordEnd(after position: Int) -> Int {
        var index = position
        while index < characters.count && !isWordCharacter(index) { index += 1 }
        while index < characters.count && isWordCharacter(index) { index += 1 }
        return index
    }

    /// The longest text all candidates start with.
    static func commonPrefix(_ candidates: [String]) -> String {
        guard var prefix = candidates.first.map(Array.init) else { return "" }
        for candidate in candidates.dropFirst() {
            let characters = Array(candidate)
            var length = 0
            while length < min(prefix.count, characters.count) && prefix[length] == characters[length] { length += 1 }
            prefix = Array(prefix[..<length])
        }
        return String(prefix)
    }

    /// The bytes that redraw the line in place: back to column 0, prompt and text, clear the rest,
    /// cursor to its column. A line wider than the terminal scrolls sideways to keep the cursor in view.
    package func render(prompt: String, width: Int) -> String {
        let promptWidth = DisplayWidth.of(prompt)
        let room = max(1, width - promptWidth - 1)
        var first = 0
        while DisplayWidth.of(characters[first..<cursor]) > room { first += 1 }
        var last = first
        var used = 0
        while last < characters.count && used + DisplayWidth.of(characters[last]) <= room {
            used += DisplayWidth.of(characters[last])
            last += 1
        }
        let visible = String(characters[first..<last])
        let column = promptWidth + DisplayWidth.of(characters[first..<cursor])
        return "\r" + prompt + visible + "\u{1B}[K" + "\r" + (column > 0 ? "\u{1B}[\(column)C" : "")
    }
}
