/// One source text with its name and a table of line starts.
///
/// The text is kept as UTF-8 bytes exactly as read (minus a leading BOM), so
/// offsets stay valid even when the file holds invalid UTF-8.
public final class SourceFile: Sendable {
    /// The name used in diagnostics, usually a path relative to the rules folder.
    public let name: String
    /// The bytes of the file, without a UTF-8 byte order mark.
    public let bytes: [UInt8]
    /// Offsets where each line starts; line 1 starts at offset 0.
    let lineStarts: [Int]

    /// Creates a source file from raw bytes; a leading UTF-8 BOM is dropped.
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        let hasBOM = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        self.bytes = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        self.lineStarts = SourceFile.computeLineStarts(self.bytes)
    }

    /// Creates a source file from a Swift string.
    public convenience init(name: String, text: String) {
        self.init(name: name, bytes: Array(text.utf8))
    }

    private static func computeLineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
            } else if byte == 0x0D {
                // CRLF counts as one line break; a lone CR as one too.
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                starts.append(index + 1)
            }
            index += 1
        }
        return starts
    }

    /// The number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// The 1-based line containing `offset`.
    public func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Line and column (both 1-based, the column counted in characters) of `offset`.
    public func location(of offset: Int) -> SourceLocation {
        let line = line(of: offset)
        let start = lineStarts[line - 1]
        let clamped = min(max(offset, start), bytes.count)
        return SourceLocation(line: line, column: SourceFile.characterCount(bytes[start..<clamped]) + 1)
    }

    /// The text of a 1-based line, without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start && (bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The offset where a 1-based line starts.
    public func lineStart(_ line: Int) -> Int { lineStarts[max(0, min(line - 1, lineStarts.count - 1))] }

    /// The text covered by `range`.
    public func text(_ range: SourceRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func characterCount(_ slice: ArraySlice<UInt8>) -> Int {
        String(decoding: slice, as: UTF8.self).count
    }
}

/// A 1-based line and character column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in characters.
    public let column: Int
    /// A location from a 1-based line and column.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
    /// `line:column`, as diagnostics print it.
    public var description: String { "\(line):\(column)" }
}

/// A half-open range of UTF-8 offsets in one source file.
public struct SourceRange: Hashable, Sendable {
    /// The offset of the first byte.
    public var start: Int
    /// The offset just past the last byte; never before `start`.
    public var end: Int
    /// A range from `start` to `end`; an `end` before `start` gives an empty range.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }
    /// An empty range at `offset`.
    public static func at(_ offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }
    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }
}
