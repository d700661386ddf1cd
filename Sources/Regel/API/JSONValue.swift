/// A JSON document, read by hand from UTF-8 bytes so numbers keep their exact decimal text
/// and errors can say where they are.
public enum JSONValue: Sendable, Equatable {
    // Not `indirect`: arrays already hold their elements on the heap, and boxing every value cost an
    // allocation per value read.
    case null
    case bool(Bool)
    /// The number exactly as written.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in document order.
    case object([(key: String, value: JSONValue)])

    /// Structural equality; objects are equal only with the same keys in the same order.
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

    /// A syntax error with its 1-based line and column (in characters) and the JSON path of the
    /// value being read (`$.fakta["beløp"]`).
    public struct SyntaxError: Error, Sendable {
        /// What is wrong, in Norwegian.
        public let message: String
        /// The 1-based line where reading stopped.
        public let line: Int
        /// The 1-based column, in characters.
        public let column: Int
        /// The JSON path of the value being read, such as `$.fakta["beløp"]`.
        public let path: String
    }

    /// The deepest nesting of arrays and objects accepted.
    public static let maxDepth = 512

    /// Parses a whole document. Strict: a key given twice in one object (also as two spellings of
    /// one name, NFC and NFD), an escaped surrogate without its pair, a control character in a
    /// string and anything after the document are errors. A leading byte order mark is skipped, as
    /// in rule files.
    public static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
        var text = text
        let result: Result<JSONValue, SyntaxError> = text.withUTF8 { bytes in
            do throws(SyntaxError) { return .success(try parse(bytes: bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Parses a whole document from UTF-8 bytes (invalid UTF-8 is an error).
    public static func parse(bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { reader.index = 3 }
        reader.skipBlanks()
        let value = try reader.readValue(depth: 0)
        reader.skipBlanks()
        guard reader.index == bytes.count else { throw reader.error(JSONMessages.textAfterDocument) }
        return value
    }
}

/// Reads JSON from UTF-8 bytes. Strings without escapes are decoded in one step.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// The keys and indices leading to the value being read, for error messages.
    var path: [PathStep] = []

    /// A key is kept as where its text is, so reading a member costs no string: the path is
    /// spelled out only for an error.
    enum PathStep {
        case key(Range<Int>)
        case index(Int)
    }

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    func error(_ message: String) -> JSONValue.SyntaxError {
        var line = 1, column = 1
        for byte in bytes[..<min(index, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1  // count characters, not the continuation bytes of one
            }
        }
        return JSONValue.SyntaxError(message: message, line: line, column: column, path: pathText)
    }

    /// `$.vurderingsdato`, `$.fakta["barn.fødselsdato"]`, `$.fakta["tjenester"][1]`: plain ASCII keys
    /// after a dot, others in brackets.
    /// `$.fakta["barn.fødselsdato"]`, `$.fakta["tjenester"][1]`: the document's own keys after a dot,
    /// deeper keys in brackets, as case errors name facts.
    var pathText: String {
        path.enumerated().reduce("$") { base, item in
            switch item.element {
            case .key(let range):
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                return item.offset == 0 ? "\(base).\(key)" : "\(base)[\"\(key)\"]"
            case .index(let position): return "\(base)[\(position)]"
            }
        }
    }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipBlanks() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func readValue(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        guard depth < JSONValue.maxDepth else { throw error(JSONMessages.nestedTooDeeply) }
        guard let byte = current else { throw error(JSONMessages.endsInsideValue) }
        switch byte {
        case UInt8(ascii: "{"): return try readObject(depth: depth)
        case UInt8(ascii: "["): return try readArray(depth: depth)
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readWord("true", .bool(true))
        case UInt8(ascii: "f"): return try readWord("false", .bool(false))
        case UInt8(ascii: "n"): return try readWord("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try readNumber()
        default: throw error(JSONMessages.expectedValue(found: characterText(at: index)))
        }
    }

    /// The character starting at `position`, for messages.
    func characterText(at position: Int) -> String {
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80, end - position < 4 { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<min(end, bytes.count)]), as: UTF8.self)
    }

    mutating func readWord(_ word: StaticString, _ value: JSONValue) throws(JSONValue.SyntaxError) -> JSONValue {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count else { throw error(JSONMessages.invalidValue) }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { throw error(JSONMessages.invalidValue) }
        index += length
        return value
    }

    /// A number, kept as its text.
    mutating func readNumber() throws(JSONValue.SyntaxError) -> JSONValue {
        let start = index
        while let byte = current, JSONReader.isNumberByte(byte) { index += 1 }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard JSONReader.isNumber(text) else {
            index = start
            throw error(JSONMessages.invalidNumber(String(decoding: text, as: UTF8.self)))
        }
        return .number(String(decoding: text, as: UTF8.self))
    }

    static func isNumberByte(_ byte: UInt8) -> Bool {
        byte >= 48 && byte <= 57 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    /// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`.
    static func isNumber(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        func digits() -> Int {
            let from = position
            while position < text.count, text[position] >= 48, text[position] <= 57 { position += 1 }
            return position - from
        }
        func at(_ byte: UInt8) -> Bool { position < text.count && text[position] == byte }
        if at(UInt8(ascii: "-")) { position += 1 }
        if at(UInt8(ascii: "0")) { position += 1 } else if digits() == 0 { return false }
        if at(UInt8(ascii: ".")) {
            position += 1
            if digits() == 0 { return false }
        }
        if at(UInt8(ascii: "e")) || at(UInt8(ascii: "E")) {
            position += 1
            if at(UInt8(ascii: "+")) || at(UInt8(ascii: "-")) { position += 1 }
            if digits() == 0 { return false }
        }
        return position == text.count
    }

    mutating func readString() throws(JSONValue.SyntaxError) -> String {
        index += 1
        let start = index
        // Fast path: no escapes, so the text between the quotes is the string.
        while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 { index += 1 }
        if current == UInt8(ascii: "\"") {
            let text = try decodeUTF8(start..<index)
            index += 1
            return text
        }
        var result = try decodeUTF8(start..<index)
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return result
            case UInt8(ascii: "\\"):
                result.unicodeScalars.append(try readEscape())
            case ..<0x20:
                throw error(JSONMessages.controlCharacter)
            default:
                let runStart = index
                while let next = current, next != UInt8(ascii: "\""), next != UInt8(ascii: "\\"), next >= 0x20 { index += 1 }
                result += try decodeUTF8(runStart..<index)
            }
        }
        throw error(JSONMessages.unterminatedString)
    }

    func decodeUTF8(_ range: Range<Int>) throws(JSONValue.SyntaxError) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
        guard let text = String(validating: slice, as: UTF8.self) else {
            var position = self
            position.index = range.lowerBound
            throw position.error(JSONMessages.invalidUTF8)
        }
        return text
    }

    mutating func readEscape() throws(JSONValue.SyntaxError) -> Unicode.Scalar {
        index += 1
        guard let escaped = current else { throw error(JSONMessages.unterminatedString) }
        index += 1
        switch escaped {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "u"): return try readUnicodeEscape()
        default:
            index -= 2
            throw error(JSONMessages.invalidEscape)
        }
    }

    mutating func readUnicodeEscape() throws(JSONValue.SyntaxError) -> Unicode.Scalar {
        let start = index - 2
        var value = try readHex()
        if (0xDC00...0xDFFF).contains(value) {
            index = start
            throw error(JSONMessages.loneLowSurrogate)
        }
        if (0xD800...0xDBFF).contains(value) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                index = start
                throw error(JSONMessages.missingLowSurrogate)
            }
            index += 2
            let low = try readHex()
            guard (0xDC00...0xDFFF).contains(low) else {
                index = start
                throw error(JSONMessages.highSurrogateNotFollowed)
            }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw error(JSONMessages.invalidEscapedCharacter) }
        return scalar
    }

    mutating func readHex() throws(JSONValue.SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(JSONMessages.invalidUnicodeEscape) }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(JSONMessages.invalidUnicodeEscape)
            }
            value = value * 16 + UInt32(digit)
        }
        index += 4
        return value
    }

    mutating func readArray(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipBlanks()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipBlanks()
            path.append(.index(items.count))
            items.append(try readValue(depth: depth + 1))
            path.removeLast()
            skipBlanks()
            guard let byte = current else { throw error(JSONMessages.unterminatedArray) }
            index += 1
            if byte == UInt8(ascii: "]") { return .array(items) }
            guard byte == UInt8(ascii: ",") else {
                index -= 1
                throw error(JSONMessages.expectedCommaOrBracket)
            }
        }
    }

    mutating func readObject(depth: Int) throws(JSONValue.SyntaxError) -> JSONValue {
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        // A linear search is fastest for the small objects of a case; a set takes over for large ones.
        var keys: Set<String>?
        skipBlanks()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipBlanks()
            guard current == UInt8(ascii: "\"") else { throw error(JSONMessages.expectedKey) }
            let keyStart = index
            let key = try readString()
            let keyText = (keyStart + 1)..<(index - 1)
            // Swift compares strings by canonical equivalence, so NFC and NFD spellings are one key here.
            if members.count == 16 { keys = Set(members.map(\.key)) }
            let repeated: Bool
            if let inserted = keys?.insert(key).inserted { repeated = !inserted } else { repeated = members.contains { $0.key == key } }
            if repeated {
                index = keyStart
                throw error(JSONMessages.duplicateKey(key))
            }
            skipBlanks()
            guard current == UInt8(ascii: ":") else { throw error(JSONMessages.expectedColon(after: key)) }
            index += 1
            skipBlanks()
            path.append(.key(keyText))
            members.append((key, try readValue(depth: depth + 1)))
            path.removeLast()
            skipBlanks()
            guard let byte = current else { throw error(JSONMessages.unterminatedObject) }
            index += 1
            if byte == UInt8(ascii: "}") { return .object(members) }
            guard byte == UInt8(ascii: ",") else {
                index -= 1
                throw error(JSONMessages.expectedCommaOrBrace)
            }
        }
    }
}
