import Foundation

/// Finds a fact's slot from the UTF-8 bytes of its name without making a `String`: an open
/// addressing table hashed with FNV-1a. Names match byte for byte, as written in the rule files;
/// another spelling of the same name (NFD rather than NFC) is not found here and is left to the
/// full decoder, which compares names as Swift strings.
struct FactNameTable: Sendable {
    /// Every name's bytes, one after another; name `slot` is `bytes[starts[slot]..<starts[slot + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let table: [Int32]
    private let mask: Int

    init(names factNames: [String]) {
        var bytes: [UInt8] = [], starts = [0]
        for name in factNames {
            bytes += name.utf8
            starts.append(bytes.count)
        }
        self.bytes = bytes
        self.starts = starts
        var size = 8
        while size < factNames.count * 2 { size *= 2 }
        mask = size - 1
        var table = Array(repeating: Int32(-1), count: size)
        for slot in factNames.indices {
            var position = FactNameTable.hash(bytes[starts[slot]..<starts[slot + 1]]) & (size - 1)
            while table[position] >= 0 { position = (position + 1) & (size - 1) }
            table[position] = Int32(slot)
        }
        self.table = table
    }

    static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: hash >> 1)
    }

    /// The slot of the fact whose name is exactly these bytes.
    func slot(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = FactNameTable.hash(name) & mask
        return self.bytes.withUnsafeBufferPointer { names in
            while table[position] >= 0 {
                let slot = Int(table[position])
                let start = starts[slot], count = starts[slot + 1] - start
                if count == name.count && (count == 0 || memcmp(names.baseAddress! + start, name.baseAddress!, count) == 0) { return slot }
                position = (position + 1) & mask
            }
            return nil
        }
    }
}
