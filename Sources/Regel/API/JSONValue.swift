import Foundation

/// A JSON document, read by hand so numbers keep their exact decimal text
/// and errors can say where they are.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// The number exactly as written.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order.
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)), (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)): return a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: return false
        }
    }

    /// A syntax error with its 1-based line and column.
    public struct SyntaxError: Error, Sendable {
        public let message: String
        public let line: Int
        public let column: Int
    }

    /// Parses a whole document; nesting deeper than 512 is refused. A leading byte order mark is skipped,
    /// as in rule files; a key given twice in one object (also as two spellings of one name, NFC and NFD)
    /// and an escaped surrogate without its pair are errors.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var reader = JSONReader(scalars: Array(text.unicodeScalars))
        if reader.scalars.first == "\u{FEFF}" { reader.index = 1 }
        reader.skipBlanks()
        let value = try reader.readValue(depth: 0)
        reader.skipBlanks()
        guard reader.index == reader.scalars.count else { throw reader.error("uventet tekst etter JSON-dokumentet") }
        return value
    }
}

struct JSONReader {
    let scalars: [Unicode.Scalar]
    var index = 0

    func error(_ message: String) -> JSONValue.SyntaxError {
        var line = 1, column = 1
        for scalar in scalars[..<min(index, scalars.count)] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return JSONValue.SyntaxError(message: message, line: line, column: column)
    }

    mutating func skipBlanks() {
        while index < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[index]) { index += 1 }
    }

    mutating func readValue(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth < 512 else { throw error("JSON-dokumentet er nestet for dypt") }
        guard index < scalars.count else { throw error("dokumentet slutter midt i en verdi") }
        switch scalars[index] {
        case "{": return try readObject(depth: depth)
        case "[": return try readArray(depth: depth)
        case "\"": return .string(try readString())
        case "t": return try readWord("true", .bool(true))
        case "f": return try readWord("false", .bool(false))
        case "n": return try readWord("null", .null)
        case "-", "0"..."9": return try readNumber()
        default: throw error("forventet en JSON-verdi, fant «\(Character(scalars[index]))»")
        }
    }

    mutating func readWord(_ word: String, _ value: JSONValue) throws(JSONValue.SyntaxError) -> JSONValue {
        let end = index + word.unicodeScalars.count
        guard end <= scalars.count, String(String.UnicodeScalarView(scalars[index..<end])) == word else {
            throw error("ugyldig JSON-verdi")
        }
        index = end
        return value
    }

    mutating func readNumber() throws(JSONValue.SyntaxError) -> JSONValue {
        let start = index
        while index < scalars.count, "-+.eE0123456789".unicodeScalars.contains(scalars[index]) { index += 1 }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        guard JSONReader.isNumber(text.utf8) else {
            index = start
            throw error("ugyldig tall «\(text)»")
        }
        return .number(text)
    }

    /// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    static func isNumber(_ text: String.UTF8View) -> Bool {
        var bytes = text[...]
        func digits() -> Int {
            let count = bytes.prefix { $0 >= 48 && $0 <= 57 }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        if bytes.first == UInt8(ascii: "0") { bytes = bytes.dropFirst() } else if digits() == 0 { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }

    mutating func readString() throws(JSONValue.SyntaxError) -> String {
        index += 1
        var result = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\"": return String(result)
            case "\\":
                guard index < scalars.count else { break }
                let escaped = scalars[index]
                index += 1
                switch escaped {
                case "\"", "\\", "/": result.append(escaped)
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "b": result.append("\u{8}")
                case "f": result.append("\u{C}")
                case "u": result.append(try readUnicodeEscape())
                default: index -= 2; throw error("ugyldig escape-sekvens i JSON-tekst")
                }
            default:
                if scalar.value < 0x20 { index -= 1; throw error("kontrolltegn i JSON-tekst") }
                result.append(scalar)
            }
        }
        throw error("JSON-teksten mangler avsluttende anførselstegn")
    }

    mutating func readUnicodeEscape() throws(JSONValue.SyntaxError) -> Unicode.Scalar {
        func hex() throws(JSONValue.SyntaxError) -> UInt32 {
            guard index + 4 <= scalars.count else { throw error("ugyldig \\u-escape i JSON-tekst") }
            var value: UInt32 = 0
            for scalar in scalars[index..<index + 4] {
                guard scalar.isASCII, let digit = Character(scalar).hexDigitValue else { throw error("ugyldig \\u-escape i JSON-tekst") }
                value = value * 16 + UInt32(digit)
            }
            index += 4
            return value
        }
        let start = index - 2
        var value = try hex()
        if (0xDC00...0xDFFF).contains(value) {
            index = start
            throw error("\\u-escapen er andre halvdel av et surrogatpar uten første halvdel")
        }
        if (0xD800...0xDBFF).contains(value) {
            guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
                index = start
                throw error("\\u-escapen er første halvdel av et surrogatpar, men andre halvdel mangler")
            }
            index += 2
            let low = try hex()
            guard (0xDC00...0xDFFF).contains(low) else {
                index = start
                throw error("\\u-escapen er første halvdel av et surrogatpar, men det neste er ikke andre halvdel")
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw error("ugyldig tegn i \\u-escape") }
        return scalar
    }

    mutating func readArray(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipBlanks()
        if index < scalars.count, scalars[index] == "]" { index += 1; return .array(items) }
        while true {
            skipBlanks()
            items.append(try readValue(depth: depth + 1))
            skipBlanks()
            guard index < scalars.count else { throw error("listen mangler avsluttende «]»") }
            if scalars[index] == "]" { index += 1; return .array(items) }
            guard scalars[index] == "," else { throw error("forventet «,» eller «]» i listen") }
            index += 1
        }
    }

    mutating func readObject(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        // Swift compares strings by canonical equivalence, so NFC and NFD spellings are one key here.
        var keys = Set<String>()
        skipBlanks()
        if index < scalars.count, scalars[index] == "}" { index += 1; return .object(members) }
        while true {
            skipBlanks()
            guard index < scalars.count, scalars[index] == "\"" else { throw error("forventet et feltnavn i anførselstegn") }
            let keyStart = index
            let key = try readString()
            guard keys.insert(key).inserted else {
                index = keyStart
                throw error("feltet «\(key)» står to ganger i samme objekt")
            }
            skipBlanks()
            guard index < scalars.count, scalars[index] == ":" else { throw error("forventet «:» etter feltnavnet «\(key)»") }
            index += 1
            skipBlanks()
            members.append((key, try readValue(depth: depth + 1)))
            skipBlanks()
            guard index < scalars.count else { throw error("objektet mangler avsluttende «}»") }
            if scalars[index] == "}" { index += 1; return .object(members) }
            guard scalars[index] == "," else { throw error("forventet «,» eller «}» i objektet") }
            index += 1
        }
    }
}
