/// A file saved as Latin-1 (ISO 8859-1 or Windows-1252) rather than UTF-8: every æ, ø, å and §
/// is then one byte that UTF-8 cannot read. Such a file gets one error that says so, instead of
/// one per letter and the errors that follow from them.
enum Latin1Detection {
    /// The first byte that is not UTF-8, when the file reads as Latin-1 with Norwegian letters or `§`.
    static func firstLatin1Byte(_ bytes: [UInt8]) -> Int? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        var first: Int?
        var sawNorwegian = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            // A well-formed UTF-8 sequence means the file is UTF-8 with a flaw, not Latin-1.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if length > 1, index + length <= bytes.count,
               String(validating: bytes[index..<index + length], as: UTF8.self) != nil { return nil }
            if first == nil { first = index }
            if [0xE6, 0xF8, 0xE5, 0xC6, 0xD8, 0xC5, 0xA7].contains(byte) { sawNorwegian = true }
            index += 1
        }
        return sawNorwegian ? first : nil
    }

    /// The word around `offset`, read as Latin-1.
    static func word(at offset: Int, in bytes: [UInt8]) -> String {
        func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F }
        var start = offset, end = offset
        while start > 0 && isWordByte(bytes[start - 1]) { start -= 1 }
        while end < bytes.count && isWordByte(bytes[end]) { end += 1 }
        return String(bytes[start..<max(end, offset + 1)].map { Character(Unicode.Scalar($0)) })
    }
}
