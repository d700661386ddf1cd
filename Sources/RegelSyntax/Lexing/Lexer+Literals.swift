/// Numbers, dates, durations, strings and text blocks.
extension Lexer {
    static let durationUnits: Set<String> = ["år", "måned", "måneder", "uke", "uker", "dag", "dager"]
    /// Units people write after numbers that Regel has no type for: reported, and read as the bare number.
    static let foreignUnits: Set<String> = ["km", "cm", "mm", "kg", "kr", "NOK", "prosent", "timer", "time",
                                             "minutter", "minutt", "sekunder", "liter", "tonn"]

    func isDigit(at offset: Int) -> Bool {
        offset < bytes.count && bytes[offset] >= UInt8(ascii: "0") && bytes[offset] <= UInt8(ascii: "9")
    }

    mutating func lexNumberDateOrDuration() -> Token {
        let start = index
        if let token = lexDate() ?? lexDateWithDots() { return token }
        while isDigit(at: index) { index += 1 }
        // Comma is the decimal separator when a digit follows at once: 12,5.
        if index < bytes.count && bytes[index] == UInt8(ascii: ",") && isDigit(at: index + 1) {
            index += 1
            while isDigit(at: index) { index += 1 }
        } else if index < bytes.count && bytes[index] == UInt8(ascii: ".") && isDigit(at: index + 1) {
            index += 1
            while isDigit(at: index) { index += 1 }
            let text = String(decoding: bytes[start..<index], as: UTF8.self)
            report(.decimalPoint(text), start, index)
        }
        if index - start > Lexer.maxNumberDigits { report(.numberTooLong, start, index) }
        return lexDurationUnit(numberStart: start) ?? make(.number, from: start)
    }

    /// A number followed by a unit word on the same line is one duration token.
    mutating func lexDurationUnit(numberStart: Int) -> Token? {
        var cursor = index
        while cursor < bytes.count && bytes[cursor] == UInt8(ascii: " ") { cursor += 1 }
        let wordStart = cursor
        while cursor < bytes.count {
            let (scalar, length) = UTF8Scalar.decode(bytes, at: cursor)
            guard let scalar, UTF8Scalar.isIdentifierContinue(scalar) else { break }
            cursor += length
        }
        guard cursor > wordStart else { return nil }
        let word = String(decoding: bytes[wordStart..<cursor], as: UTF8.self)
        if Lexer.foreignUnits.contains(word) {
            let number = String(decoding: bytes[numberStart..<index], as: UTF8.self)
            index = cursor
            report(.foreignUnit(number, unit: word), numberStart, index)
            return make(.number, from: numberStart)
        }
        guard Lexer.durationUnits.contains(word) else { return nil }
        index = cursor
        let text = String(decoding: bytes[numberStart..<index], as: UTF8.self)
        switch Period.parse(text) {
        case .failure(.tooLarge): report(.durationTooLarge(text), numberStart, index)
        case .failure(.notWhole): report(.durationNotWhole(text), numberStart, index)
        default: break
        }
        return make(.duration, from: numberStart)
    }

    /// YYYY-MM-DD, checked against the calendar.
    mutating func lexDate() -> Token? {
        let start = index
        let shape: [Bool] = [true, true, true, true, false, true, true, false, true, true]
        guard start + shape.count <= bytes.count else { return nil }
        for (offset, wantsDigit) in shape.enumerated() {
            let isMinus = bytes[start + offset] == UInt8(ascii: "-")
            if wantsDigit ? !isDigit(at: start + offset) : !isMinus { return nil }
        }
        if isDigit(at: start + shape.count) { return nil }
        index = start + shape.count
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if CalendarDate(iso: text) == nil { report(.impossibleDate(text), start, index) }
        return make(.date, from: start)
    }

    /// `1.8.2024` or `01.08.2024`: a date the way it is written in Norwegian prose. Read as the date
    /// it names, after an error that says how Regel writes it.
    mutating func lexDateWithDots() -> Token? {
        let start = index
        var cursor = index
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let first = cursor
            while isDigit(at: cursor) { cursor += 1 }
            return range.contains(cursor - first)
        }
        guard digits(1...2), cursor < bytes.count, bytes[cursor] == UInt8(ascii: "."), { cursor += 1; return true }(),
              digits(1...2), cursor < bytes.count, bytes[cursor] == UInt8(ascii: "."), { cursor += 1; return true }(),
              digits(4...4) else { return nil }
        index = cursor
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if let iso = Lexer.isoDate(dotted: text) {
            report(.dateWithDots(text, iso: iso), start, index)
        } else {
            report(.impossibleDate(text), start, index)
        }
        return make(.date, from: start)
    }

    /// `01.08.2024` as `2024-08-01`, when that date exists.
    static func isoDate(dotted text: String) -> String? {
        let parts = text.split(separator: ".")
        guard parts.count == 3 else { return nil }
        func padded(_ part: Substring) -> String { part.count == 1 ? "0" + part : String(part) }
        let iso = "\(parts[2])-\(padded(parts[1]))-\(padded(parts[0]))"
        return CalendarDate(iso: iso) == nil ? nil : iso
    }

    /// `«tekst»`: read as a string to the `»` on the same line, after an error that says to write `"tekst"`.
    mutating func lexGuillemets() -> Token? {
        let start = index
        var cursor = index + 2
        while cursor + 1 < bytes.count && bytes[cursor] != 0x0A && bytes[cursor] != 0x0D {
            if bytes[cursor] == 0xC2 && bytes[cursor + 1] == 0xBB {
                index = cursor + 2
                let inner = String(decoding: bytes[(start + 2)..<cursor], as: UTF8.self)
                report(.guillemets(inner), start, index)
                return make(.string, from: start)
            }
            cursor += 1
        }
        return nil
    }

    mutating func lexStringOrTextBlock() -> Token {
        let start = index
        if index + 2 < bytes.count && bytes[index + 1] == 0x22 && bytes[index + 2] == 0x22 {
            return lexTextBlock()
        }
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case 0x22:
                index += 1
                return make(.string, from: start)
            case 0x0A, 0x0D:
                report(.unterminatedString, start, index)
                return make(.string, from: start)
            case UInt8(ascii: "\\"):
                let escapeStart = index
                index += 1
                guard index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D else { continue }
                let escaped = bytes[index]
                if ![UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "n"), UInt8(ascii: "t")].contains(escaped) {
                    checkScalarInText()
                    report(.invalidEscape(String(decoding: bytes[escapeStart..<index], as: UTF8.self)), escapeStart, index)
                } else {
                    index += 1
                }
            default:
                checkScalarInText()
            }
        }
        report(.unterminatedString, start, index)
        return make(.string, from: start)
    }

    /// `"""` to `"""`, each on its own line; the closing line's indentation
    /// is removed from every line, and a line indented less is reported.
    mutating func lexTextBlock() -> Token {
        let start = index
        index += 3
        var lineStartsInBlock: [Int] = []
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                let lineStart = index
                lineStartsInBlock.append(lineStart)
                var cursor = index
                while cursor < bytes.count && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
                if cursor + 2 < bytes.count && bytes[cursor] == 0x22 && bytes[cursor + 1] == 0x22 && bytes[cursor + 2] == 0x22 {
                    index = cursor + 3
                    checkTextBlockIndentation(lines: lineStartsInBlock.dropLast(), closingIndent: cursor - lineStart)
                    return make(.textBlock, from: start)
                }
                continue
            }
            checkScalarInText()
        }
        report(.unterminatedTextBlock, start, start + 3)
        return make(.textBlock, from: start)
    }

    mutating func checkTextBlockIndentation(lines: ArraySlice<Int>, closingIndent: Int) {
        for lineStart in lines {
            var cursor = lineStart
            while cursor < bytes.count && cursor - lineStart < closingIndent && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
            let isBlankLine = cursor >= bytes.count || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D
            if cursor - lineStart < closingIndent && !isBlankLine {
                report(.textBlockIndentation, lineStart, cursor)
            }
        }
    }
}
