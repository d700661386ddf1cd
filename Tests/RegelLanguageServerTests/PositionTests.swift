import Foundation
import Regel
import RegelLanguageServer
import Testing

/// Positions in UTF-16 code units (the protocol's default) and in UTF-8, with æøå, an emoji (a
/// surrogate pair in UTF-16) and a combining mark, and clamping of positions outside the text.
@Suite struct PositionTests {
    // "a" 1 byte; "ø" 2 bytes, 1 unit; "😀" 4 bytes, 2 UTF-16 units; "e\u{301}" 1 + 2 bytes, 2 units.
    static let file = SourceFile(name: "x", text: "første\naø😀e\u{301}x\r\nslutt")

    @Test func utf16CountsSurrogatePairsAsTwoAndCombiningMarksAsTheirOwnUnit() {
        let file = Self.file
        let x = Array(file.bytes).firstIndex(of: UInt8(ascii: "x"))!
        #expect(file.position(of: x, .utf16) == Position(line: 1, character: 6))
        #expect(file.offset(of: Position(line: 1, character: 6), .utf16) == x)
        #expect(file.offset(of: Position(line: 1, character: 2), .utf16) == 8 + 3)       // before the emoji
        #expect(file.offset(of: Position(line: 1, character: 4), .utf16) == 8 + 3 + 4)   // after it
        #expect(file.position(of: 8 + 3 + 4 + 1, .utf16) == Position(line: 1, character: 5))  // between e and the mark
    }

    @Test func utf8CountsBytes() {
        let file = Self.file
        let x = Array(file.bytes).firstIndex(of: UInt8(ascii: "x"))!
        #expect(file.position(of: x, .utf8) == Position(line: 1, character: 10))
        #expect(file.offset(of: Position(line: 1, character: 10), .utf8) == x)
        #expect(file.position(of: 6, .utf8) == Position(line: 0, character: 6))      // "første" is 7 bytes: ø is 2 (line 1 starts at 8)
        #expect(file.position(of: 6, .utf16) == Position(line: 0, character: 5))
    }

    @Test func aPositionInsideACharacterIsItsStart() {
        let file = Self.file
        #expect(file.offset(of: Position(line: 1, character: 3), .utf16) == 8 + 3)      // half the surrogate pair
        #expect(file.offset(of: Position(line: 1, character: 5), .utf8) == 8 + 3)       // inside the emoji's bytes
    }

    @Test func positionsOutsideTheTextAreClamped() {
        let file = Self.file
        #expect(file.offset(of: Position(line: 1, character: 500), .utf16) == file.lineContentEnd(2))   // before \r\n
        #expect(file.offset(of: Position(line: 99, character: 0), .utf16) == file.bytes.count)
        #expect(file.offset(of: Position(line: -3, character: -1), .utf16) == 0)
        #expect(file.offset(of: Position(line: 0, character: -1), .utf16) == 0)
        #expect(file.position(of: 10_000, .utf16) == Position(line: 2, character: 5))
    }

    @Test func incrementalEditsApplyInOrderInTheClientsEncoding() throws {
        var store = DocumentStore()
        store.open(uri: "file:///a.regel", path: "/a.regel", version: 1, text: "regel 😀 a\nfaktum b")
        let changes = try JSONValue.parse(#"""
            [{"range":{"start":{"line":0,"character":9},"end":{"line":0,"character":10}},"text":"blåbær"},
             {"range":{"start":{"line":0,"character":6},"end":{"line":0,"character":8}},"text":"é"},
             {"range":{"start":{"line":1,"character":7},"end":{"line":9,"character":0}},"text":"c: ja/nei"}]
            """#).arrayValue!
        let changed = store.change(uri: "file:///a.regel", version: 2, changes: changes, encoding: .utf16)
        #expect(changed)
        #expect(store["file:///a.regel"].map { String(decoding: $0.file.bytes, as: UTF8.self) } == "regel é blåbær\nfaktum c: ja/nei")
        #expect(store["file:///a.regel"]?.version == 2)
        let replaced = store.change(uri: "file:///a.regel", version: 3, changes: [.object(["text": .string("ny")])], encoding: .utf16)
        #expect(replaced)
        #expect(store["file:///a.regel"].map { String(decoding: $0.file.bytes, as: UTF8.self) } == "ny")
        let unknown = store.change(uri: "file:///ukjent.regel", version: 1, changes: [], encoding: .utf16)
        #expect(!unknown)
    }
}
