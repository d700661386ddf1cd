import Regel
/// A key press, decoded from the bytes a terminal sends.
package enum Key: Equatable, Sendable {
    case text(Character)
    case enter, tab, backspace, delete
    case left, right, home, end, up, down, wordLeft, wordRight
    /// Ctrl-W and Alt-Backspace.
    case deleteWordBefore
    /// Ctrl-K and Ctrl-U.
    case deleteToEnd, deleteToStart
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Ctrl-L.
    case clearScreen
}

/// Turns the bytes from a terminal in raw mode into keys: UTF-8 text, control keys and the
/// escape sequences of xterm-compatible terminals. Feed it bytes as they come; a sequence split
/// over two reads is completed by the next one. Unknown sequences are dropped whole.
package struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []

    package init() {}

    package mutating func feed(_ bytes: [UInt8]) -> [Key] {
        var keys: [Key] = []
        for byte in bytes {
            if let key = feed(byte) { keys.append(key) }
        }
        return keys
    }

    package mutating func feed(_ byte: UInt8) -> Key? {
        if pending.isEmpty { return start(byte) }
        pending.append(byte)
        if pending[0] == 0x1B { return continueEscape() }
        return continueUTF8()
    }

    private mutating func start(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x1B:
            pending = [byte]
            return nil
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x01: return .home
        case 0x05: return .end
        case 0x02: return .left
        case 0x06: return .right
        case 0x10: return .up
        case 0x0E: return .down
        case 0x03: return .interrupt
        case 0x04: return .endOfInput
        case 0x0B: return .deleteToEnd
        case 0x15: return .deleteToStart
        case 0x17: return .deleteWordBefore
        case 0x0C: return .clearScreen
        case 0x20..<0x7F: return .text(Character(Unicode.Scalar(byte)))
        case 0xC2...0xF4:
            pending = [byte]
            return nil
        default: return nil  // other control characters and stray continuation bytes
        }
    }

    private mutating func continueUTF8() -> Key? {
        guard pending.last.map({ $0 & 0xC0 == 0x80 }) == true else {
            // Not a continuation byte: drop the broken sequence and read this byte afresh.
            let byte = pending.removeLast()
            pending = []
            return start(byte)
        }
        let lead = pending[0]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard pending.count == length else { return nil }
        defer { pending = [] }
        var decoder = UTF8()
        var iterator = pending.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), scalar.value >= 0x20 else { return nil }
        return .text(Character(scalar))
    }

    private mutating func continueEscape() -> Key? {
        guard pending.count >= 2 else { return nil }
        switch pending[1] {
        case UInt8(ascii: "["):
            guard pending.count >= 3, let final = pending.last, (0x40...0x7E).contains(final) else {
                if pending.count > 16 { pending = [] }  // runaway sequence
                return nil
            }
            let parameters = String(decoding: pending[2..<(pending.count - 1)], as: UTF8.self)
            pending = []
            return Self.controlSequence(parameters: parameters, final: final)
        case UInt8(ascii: "O"):
            guard pending.count == 3 else { return nil }
            let final = pending[2]
            pending = []
            return Self.controlSequence(parameters: "", final: final)
        default:
            let second = pending[1]
            pending = []
            switch second {
            case UInt8(ascii: "b"): return .wordLeft
            case UInt8(ascii: "f"): return .wordRight
            case 0x7F, 0x08: return .deleteWordBefore
            default: return nil
            }
        }
    }

    private static func controlSequence(parameters: String, final: UInt8) -> Key? {
        let modified = parameters.hasSuffix(";5") || parameters.hasSuffix(";3")  // Ctrl or Alt
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return modified ? .wordRight : .right
        case UInt8(ascii: "D"): return modified ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch parameters {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            default: return nil  // e.g. the markers of bracketed paste
            }
        default: return nil
        }
    }
}
