import Testing
@testable import Regel
@testable import RegelSyntax

/// The fuzzing dictionary (Tests/Fuzz/regel.dict) holds every keyword and every built-in function,
/// so mutations can build declarations and calls from whole words.
@Suite struct FuzzDictionaryTests {
    /// The entries of a libFuzzer dictionary, as bytes: `"…"` per line, with `\xNN`, `\\` and `\"`.
    static func entries(_ text: String) -> Set<[UInt8]> {
        var result = Set<[UInt8]>()
        for line in text.split(separator: "\n") where line.hasPrefix("\"") && line.hasSuffix("\"") && line.count >= 2 {
            let inner = Array(line.utf8.dropFirst().dropLast())
            var bytes: [UInt8] = []
            var index = 0
            while index < inner.count {
                if inner[index] == UInt8(ascii: "\\"), index + 1 < inner.count {
                    if inner[index + 1] == UInt8(ascii: "x"), index + 3 < inner.count,
                       let value = UInt8(String(decoding: inner[(index + 2)...(index + 3)], as: UTF8.self), radix: 16) {
                        bytes.append(value)
                        index += 4
                        continue
                    }
                    bytes.append(inner[index + 1])
                    index += 2
                    continue
                }
                bytes.append(inner[index])
                index += 1
            }
            result.insert(bytes)
        }
        return result
    }

    @Test func everyKeywordIsInTheDictionary() throws {
        let entries = Self.entries(try Repository.read("Tests/Fuzz/regel.dict"))
        let missing = Keyword.allCases.map(\.rawValue).filter { !entries.contains(Array($0.utf8)) }
        #expect(missing.isEmpty, "Tests/Fuzz/regel.dict lacks \(missing)")
        #expect(entries.contains(Array("spørsmål".utf8)))
    }

    @Test func everyBuiltinIsInTheDictionary() throws {
        let entries = Self.entries(try Repository.read("Tests/Fuzz/regel.dict"))
        let missing = Builtin.names.filter { !entries.contains(Array($0.utf8)) }
        #expect(missing.isEmpty, "Tests/Fuzz/regel.dict lacks \(missing)")
    }
}
