import Testing
@testable import Regel
@testable import RegelSyntax

/// The byte-level JSON reader: strict, exact, and precise about where it stopped.
@Suite struct JSONValueTests {
    func problem(_ text: String) -> String {
        do throws(JSONValue.SyntaxError) {
            _ = try JSONValue.parse(text)
            return "ok"
        } catch {
            return "\(error.path) \(error.line):\(error.column) \(error.message)"
        }
    }

    @Test func readsEveryKindOfValue() throws {
        let value = try JSONValue.parse(#"{"a": [true, false, null, -0.5e+3, "x\"\\\/\n\tæ\u00f8\ud83d\ude00"], "b": {}}"#)
        #expect(value == .object([("a", .array([.bool(true), .bool(false), .null, .number("-0.5e+3"), .string("x\"\\/\n\tæø😀")])),
                                  ("b", .object([]))]))
    }

    @Test func errorsNameThePathLineAndColumn() {
        #expect(problem("{\"a\": [1, 2,]}") == "$.a[2] 1:13 forventet en JSON-verdi, fant «]»")
        #expect(problem("{\"a\": 1} x") == "$ 1:10 uventet tekst etter JSON-dokumentet")
        #expect(problem("{\"a\": 01}") == "$.a 1:7 ugyldig tall «01»")
        #expect(problem("{\"a\": 1.}") == "$.a 1:7 ugyldig tall «1.»")
        #expect(problem("{\"æ\":\n {\"b\": \"\u{1}\"}}") == "$.æ[\"b\"] 2:9 kontrolltegn i JSON-tekst")
        #expect(problem("{\"a\": tru}") == "$.a 1:7 ugyldig JSON-verdi")
        #expect(problem(String(repeating: "[", count: 600)) == "$" + String(repeating: "[0]", count: 512) + " 1:513 JSON-dokumentet er nestet for dypt")
    }

    @Test func duplicateKeysInLargeObjectsToo() {
        let members = (0..<40).map { "\"k\($0)\": \($0)" } + ["\"k7\": 1"]
        #expect(problem("{" + members.joined(separator: ", ") + "}").hasSuffix("feltet «k7» står to ganger i samme objekt"))
    }

    @Test func invalidUTF8InBytesIsAnError() {
        let bytes: [UInt8] = Array("{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8)
        let message = bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) -> String in
            do throws(JSONValue.SyntaxError) {
                _ = try JSONValue.parse(bytes: buffer)
                return "ok"
            } catch {
                return "\(error.path) \(error.message)"
            }
        }
        #expect(message == "$.a ugyldig UTF-8 i JSON-tekst")
    }
}
