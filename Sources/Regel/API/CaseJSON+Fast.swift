import Foundation

/// The common case read straight from bytes into a `Case`, without building a JSON tree: one
/// object with `vurderingsdato` and `fakta`, every fact a scalar of its declared type, written
/// without escapes, and lists of them. Anything else — an error of any kind, a record, an escape, an
/// unknown or repeated name — makes it give up, and the full decoder reads the case and
/// reports every problem. So the fast path changes how quickly a case is read, never what is read.
struct FastCaseReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let program: CompiledRuleSet
    /// A batch line may carry an `"id"` (a string or a number) beside the case.
    var acceptsID = false
    var index = 0
    /// The id, when one was given: its text, and whether it was a number.
    var id: (text: String, isNumber: Bool)?
    var sawDate = false

    init(bytes: UnsafeBufferPointer<UInt8>, program: CompiledRuleSet, acceptsID: Bool = false) {
        self.bytes = bytes
        self.program = program
        self.acceptsID = acceptsID
    }

    /// The case, or nil to leave it to the full decoder.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, program: CompiledRuleSet, defaultDate: CalendarDate) -> Case? {
        var reader = FastCaseReader(bytes: bytes, program: program)
        var result = Case(program: program, vurderingsdato: defaultDate)
        guard reader.readCase(into: &result) else { return nil }
        return result
    }

    /// A batch line: the case, its id if any, and whether it gave its own vurderingsdato; nil to leave it to the full reader.
    static func readLine(_ bytes: UnsafeBufferPointer<UInt8>, program: CompiledRuleSet,
                         defaultDate: CalendarDate) -> (givenCase: Case, id: (text: String, isNumber: Bool)?, sawDate: Bool)? {
        var reader = FastCaseReader(bytes: bytes, program: program, acceptsID: true)
        var result = Case(program: program, vurderingsdato: defaultDate)
        guard reader.readCase(into: &result) else { return nil }
        return (result, reader.id, reader.sawDate)
    }

    mutating func readCase(into result: inout Case) -> Bool {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        var sawFacts = false
        guard eat(UInt8(ascii: "{")) else { return false }
        if eat(UInt8(ascii: "}")) { return atEnd() }
        repeat {
            guard let key = readPlainString(), eat(UInt8(ascii: ":")) else { return false }
            if equals(key, "vurderingsdato"), !sawDate {
                sawDate = true
                guard let text = readPlainString(), let date = CalendarDate(isoBytes: text) else { return false }
                result.vurderingsdato = date
            } else if equals(key, "fakta"), !sawFacts {
                sawFacts = true
                guard readFacts(into: &result) else { return false }
            } else if acceptsID, equals(key, "id"), id == nil {
                guard readID() else { return false }
            } else {
                return false
            }
        } while eat(UInt8(ascii: ","))
        return eat(UInt8(ascii: "}")) && atEnd()
    }

    mutating func readFacts(into result: inout Case) -> Bool {
        guard eat(UInt8(ascii: "{")) else { return false }
        if eat(UInt8(ascii: "}")) { return true }
        // Facts seen so far: a bit each for the first 64 slots (no allocation), a list past them.
        var seenLow: UInt64 = 0
        var seenHigh: [Int] = []
        repeat {
            guard let key = readPlainString(), eat(UInt8(ascii: ":")), let slot = program.factNameTable.slot(key) else { return false }
            if slot < 64 {
                guard seenLow & (1 << UInt64(slot)) == 0 else { return false }
                seenLow |= 1 << UInt64(slot)
            } else {
                guard !seenHigh.contains(slot) else { return false }
                seenHigh.append(slot)
            }
            guard let value = readScalar(as: program.facts[slot].type) else { return false }
            result[slot] = value
        } while eat(UInt8(ascii: ","))
        return eat(UInt8(ascii: "}"))
    }

    /// An id: a plain string, or a JSON number kept as its text.
    mutating func readID() -> Bool {
        skipBlanks()
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "\"") {
            guard let text = readPlainString() else { return false }
            id = (String(decoding: text, as: UTF8.self), false)
            return true
        }
        let start = index
        while index < bytes.count, JSONReader.isNumberByte(bytes[index]) { index += 1 }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard !text.isEmpty, JSONReader.isNumber(text) else { return false }
        id = (String(decoding: text, as: UTF8.self), true)
        return true
    }

    /// A scalar of `type`, or nil when it is anything the full decoder should look at.
    mutating func readScalar(as type: ValueType) -> Value? {
        skipBlanks()
        guard index < bytes.count else { return nil }
        switch (bytes[index], type) {
        case (UInt8(ascii: "t"), .truth): return readWord("true") ? .truth(true) : nil
        case (UInt8(ascii: "f"), .truth): return readWord("false") ? .truth(false) : nil
        case (UInt8(ascii: "n"), _): return readWord("null") ? .unknown : nil
        case (UInt8(ascii: "-"), .number), (UInt8(ascii: "0")...UInt8(ascii: "9"), .number):
            let start = index
            while index < bytes.count, JSONReader.isNumberByte(bytes[index]) { index += 1 }
            let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard JSONReader.isNumber(text) else { return nil }
            if let integer = Self.smallInteger(text) { return .number(Number(integer)) }
            guard case .success(let number) = Number.parse(String(decoding: text, as: UTF8.self)) else { return nil }
            return .number(number)
        case (UInt8(ascii: "["), .list(let element)):
            return readList(of: element)
        case (UInt8(ascii: "\""), _):
            guard let raw = readPlainString() else { return nil }
            let text = String(decoding: raw, as: UTF8.self)
            switch type {
            case .text: return .text(text)
            case .date: return CalendarDate(isoBytes: raw).map(Value.date)
            case .duration:
                guard case .success(let period) = Period.parse(text) else { return nil }
                return .duration(period)
            case .enumeration(let enumeration):
                return enumeration.values.firstIndex(of: text).map { .enumeration(enumeration, $0) }
            case .number:
                guard case .success(let number) = Number.parse(text) else { return nil }
                return .number(number)
            default: return nil
            }
        default: return nil
        }
    }

    /// A list of scalars (`["a", "b"]`, lists of lists too). A `null` element, a record and anything
    /// else the full decoder reports or reads: nil.
    mutating func readList(of element: ValueType) -> Value? {
        index += 1  // the `[`
        var items: [Value] = []
        skipBlanks()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .list(items)
        }
        while true {
            guard let item = readScalar(as: element), item != .unknown else { return nil }
            items.append(item)
            skipBlanks()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .list(items)
            }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
    }

    /// A JSON number that is a whole number of at most 18 digits (so it fits), read without a `String`.
    static func smallInteger(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        let negative = text.first == UInt8(ascii: "-")
        let digits = negative ? UnsafeBufferPointer(rebasing: text[1...]) : text
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// A string with no escapes and no control characters, as its bytes (valid UTF-8 is checked).
    mutating func readPlainString() -> UnsafeBufferPointer<UInt8>? {
        skipBlanks()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let base = bytes.baseAddress else { return nil }
        let start = index + 1
        // The closing quote found by `memchr`; then one pass, without branches, over what lies between.
        guard let quote = memchr(base + start, Int32(UInt8(ascii: "\"")), bytes.count - start) else { return nil }
        let end = start + (UnsafeRawPointer(quote) - UnsafeRawPointer(base + start))
        let text = UnsafeBufferPointer(rebasing: bytes[start..<end])
        var escapeOrControl: UInt8 = 0, highBits: UInt8 = 0
        for byte in text {
            escapeOrControl |= (byte == UInt8(ascii: "\\") ? 1 : 0) | (byte < 0x20 ? 1 : 0)
            highBits |= byte
        }
        guard escapeOrControl == 0 else { return nil }
        if highBits >= 0x80 && !Self.isValidUTF8(text) { return nil }
        index = end + 1
        return text
    }

    /// Whether `bytes` are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
    /// past U+10FFFF), checked without making a `String`.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            default: return false
            }
            guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return false }
            index += length
        }
        return true
    }

    mutating func readWord(_ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard index + length <= bytes.count, let base = bytes.baseAddress, memcmp(base + index, word.utf8Start, length) == 0 else { return false }
        index += length
        return true
    }

    func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && (0..<bytes.count).allSatisfy { bytes[$0] == word.utf8Start[$0] }
    }

    mutating func eat(_ byte: UInt8) -> Bool {
        skipBlanks()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func skipBlanks() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
    }

    mutating func atEnd() -> Bool {
        skipBlanks()
        return index == bytes.count
    }
}
