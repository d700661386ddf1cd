/// Finds a fact's slot from the UTF-8 bytes of its name without making a `String`: an open
/// addressing table hashed with FNV-1a. Names match byte for byte, as written in the rule files;
/// another spelling of the same name (NFD rather than NFC) is not found here and is left to the
/// full decoder, which compares names as Swift strings.
struct FactNameTable: Sendable {
    private let names: [[UInt8]]
    private let table: [Int32]
    private let mask: Int

    init(names factNames: [String]) {
        names = factNames.map { Array($0.utf8) }
        var size = 8
        while size < names.count * 2 { size *= 2 }
        mask = size - 1
        var table = Array(repeating: Int32(-1), count: size)
        for (slot, name) in names.enumerated() {
            var position = FactNameTable.hash(name[...]) & (size - 1)
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
    func slot(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var position = FactNameTable.hash(bytes) & mask
        while table[position] >= 0 {
            let slot = Int(table[position])
            if names[slot].elementsEqual(bytes) { return slot }
            position = (position + 1) & mask
        }
        return nil
    }
}
