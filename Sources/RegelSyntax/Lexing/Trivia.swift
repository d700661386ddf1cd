/// What lies between tokens: blanks, line breaks and comments. The lexer skips them, but every
/// token knows where its trivia starts (`Token.triviaStart`), so the file can be read back byte
/// for byte — which a formatter and an editor need.
public enum TriviaPiece: Hashable, Sendable {
    case spaces(Int)
    case tabs(Int)
    /// `"\n"`, `"\r\n"` or `"\r"`.
    case lineBreak(String)
    /// From `#` to the end of the line, without the line break.
    case comment(String)
    /// Bytes that are none of the above (the lexer reported them as they were skipped).
    case other(String)

    /// The piece as it stands in the file.
    public var text: String {
        switch self {
        case .spaces(let count): return String(repeating: " ", count: count)
        case .tabs(let count): return String(repeating: "\t", count: count)
        case .lineBreak(let text), .comment(let text), .other(let text): return text
        }
    }

    /// Splits trivia bytes into pieces.
    package static func pieces(_ bytes: ArraySlice<UInt8>) -> [TriviaPiece] {
        var pieces: [TriviaPiece] = []
        var index = bytes.startIndex
        func run(of byte: UInt8) -> Int {
            let start = index
            while index < bytes.endIndex && bytes[index] == byte { index += 1 }
            return index - start
        }
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: " "): pieces.append(.spaces(run(of: UInt8(ascii: " "))))
            case 0x09: pieces.append(.tabs(run(of: 0x09)))
            case 0x0D:
                let crlf = index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A
                index += crlf ? 2 : 1
                pieces.append(.lineBreak(crlf ? "\r\n" : "\r"))
            case 0x0A:
                index += 1
                pieces.append(.lineBreak("\n"))
            case UInt8(ascii: "#"):
                let start = index
                while index < bytes.endIndex && bytes[index] != 0x0A && bytes[index] != 0x0D { index += 1 }
                pieces.append(.comment(String(decoding: bytes[start..<index], as: UTF8.self)))
            default:
                let start = index
                while index < bytes.endIndex && ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "#")].contains(bytes[index]) { index += 1 }
                pieces.append(.other(String(decoding: bytes[start..<index], as: UTF8.self)))
            }
        }
        return pieces
    }
}
