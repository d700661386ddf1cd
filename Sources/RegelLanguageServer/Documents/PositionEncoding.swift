import Regel

/// How a client counts the `character` of a position: UTF-16 code units unless it offers UTF-8
/// (`general.positionEncodings`). The library keeps UTF-8 byte offsets; this is the only place
/// that converts between the two.
package enum PositionEncoding: String, Sendable {
    case utf16 = "utf-16"
    case utf8 = "utf-8"
}

/// A protocol position: 0-based line and character in the client's encoding.
package struct Position: Equatable, Sendable {
    package var line: Int
    package var character: Int

    package init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    package var json: JSONValue { .object(["line": .int(line), "character": .int(character)]) }

    /// Reads `{"line":…,"character":…}`; nil when either is missing or not a whole number.
    package init?(_ value: JSONValue?) {
        guard let line = value?["line"]?.intValue, let character = value?["character"]?.intValue else { return nil }
        self.init(line: line, character: character)
    }
}

extension SourceFile {
    /// The UTF-8 offset of a protocol position. A line past the end is the end of the file, a
    /// character past the end of its line is the line's end, and a position inside a character
    /// (half a surrogate pair) is the start of that character: positions are clamped, never refused.
    package func offset(of position: Position, _ encoding: PositionEncoding) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineCount else { return bytes.count }
        let start = lineStart(position.line + 1)
        let end = lineContentEnd(position.line + 1)
        var offset = start, units = 0
        while offset < end {
            let (length, width) = scalarSize(at: offset, encoding)
            if units + width > position.character { break }
            units += width
            offset += length
        }
        return offset
    }

    /// The protocol position of a UTF-8 offset (clamped to the file).
    package func position(of offset: Int, _ encoding: PositionEncoding) -> Position {
        let offset = max(0, min(offset, bytes.count))
        let line = self.line(of: offset)
        var index = lineStart(line), units = 0
        while index < offset {
            let (length, width) = scalarSize(at: index, encoding)
            units += width
            index += length
        }
        return Position(line: line - 1, character: units)
    }

    /// A range as the protocol writes it.
    package func rangeJSON(_ range: SourceRange, _ encoding: PositionEncoding) -> JSONValue {
        .object(["start": position(of: range.start, encoding).json, "end": position(of: range.end, encoding).json])
    }

    /// The offsets of a protocol range (`{"start":…,"end":…}`), ordered; nil when it is not a range.
    package func sourceRange(_ value: JSONValue?, _ encoding: PositionEncoding) -> SourceRange? {
        guard let start = Position(value?["start"]), let end = Position(value?["end"]) else { return nil }
        let a = offset(of: start, encoding), b = offset(of: end, encoding)
        return SourceRange(start: min(a, b), end: max(a, b))
    }

    /// Where the text of a 1-based line ends, before its line break.
    package func lineContentEnd(_ line: Int) -> Int {
        var end = line < lineCount ? lineStart(line + 1) : bytes.count
        let start = lineStart(line)
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return end
    }

    /// The bytes of the character starting at `offset` and how many units it counts in `encoding`.
    /// A byte that starts no valid UTF-8 sequence counts as one byte and one unit, as the
    /// replacement character a client shows for it.
    private func scalarSize(at offset: Int, _ encoding: PositionEncoding) -> (bytes: Int, units: Int) {
        let lead = bytes[offset]
        let length: Int
        switch lead {
        case 0..<0x80: length = 1
        case 0xC2..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF5: length = 4
        default: return (1, 1)
        }
        guard offset + length <= bytes.count,
              bytes[(offset + 1)..<(offset + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (1, 1) }
        switch encoding {
        case .utf8: return (length, length)
        case .utf16: return (length, length == 4 ? 2 : 1)
        }
    }
}
