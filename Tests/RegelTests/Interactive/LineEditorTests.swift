import Foundation
import Testing
import Regel
@testable import RegelInteractive

/// The line editor and key decoder, fed the bytes a terminal sends.
@Suite struct LineEditorTests {
    func keys(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes)
    }

    func keys(_ text: String) -> [Key] { keys(Array(text.utf8)) }

    /// Types `input` (text with escape sequences) and returns the line and the cursor.
    func type(_ input: String, history: History = History(), complete: (String) -> [String] = { _ in [] }) -> (String, Int, [EditAction]) {
        var editor = LineEditor(history: history)
        let actions = keys(input).map { editor.apply($0, complete: complete) }
        return (editor.text, editor.cursor, actions)
    }

    @Test func decodesEscapeSequences() {
        #expect(keys("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D") == [.up, .down, .right, .left])
        #expect(keys("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF\u{1B}[1~\u{1B}[4~\u{1B}[3~") == [.home, .end, .home, .end, .home, .end, .delete])
        #expect(keys("\u{1B}[1;5C\u{1B}[1;5D\u{1B}b\u{1B}f") == [.wordRight, .wordLeft, .wordLeft, .wordRight])
        #expect(keys([0x01, 0x05, 0x03, 0x04, 0x0B, 0x15, 0x17, 0x7F, 0x09, 0x0D]) ==
                [.home, .end, .interrupt, .endOfInput, .deleteToEnd, .deleteToStart, .deleteWordBefore, .backspace, .tab, .enter])
        // Bracketed paste markers and unknown sequences are dropped whole.
        #expect(keys("\u{1B}[200~a\u{1B}[201~\u{1B}[99Zb") == [.text("a"), .text("b")])
    }

    @Test func decodesUTF8EvenWhenSplitAcrossReads() {
        var decoder = KeyDecoder()
        let bytes = Array("æøå".utf8)
        var decoded: [Key] = []
        for byte in bytes { decoded += decoder.feed([byte]) }
        #expect(decoded == [.text("æ"), .text("ø"), .text("å")])
        // A broken sequence is dropped, and the byte after it still counts.
        #expect(keys([0xC3, 0x41]) == [.text("A")])
        #expect(keys([0xFF, 0x80, 0x42]) == [.text("B")])
    }

    @Test func editsByCharacterNotByte() {
        #expect(type("bærum\u{1B}[D\u{1B}[D\u{7F}").0 == "bæum")
        let (text, cursor, _) = type("ø\u{1B}[Då")
        #expect(text == "åø")
        #expect(cursor == 1)
        #expect(type("abc\u{1B}[H\u{1B}[3~").0 == "bc")
        #expect(type("abc\u{01}x\u{05}y").0 == "xabcy")
    }

    @Test func wordJumpsAndDeletes() {
        let (text, cursor, _) = type("barn.fødselsdato = 2010\u{1B}[1;5D\u{1B}[1;5D")
        #expect(text == "barn.fødselsdato = 2010")
        #expect(cursor == 5)
        #expect(type("alder(barn.fødselsdato)\u{17}").0 == "alder(barn.")
        #expect(type("hvorfor regel\u{1B}[1;5D\u{0B}").0 == "hvorfor ")
        #expect(type("hvorfor regel\u{1B}[1;5D\u{15}").0 == "regel")
    }

    @Test func enterSubmitsAndCtrlCCancels() {
        let (_, _, actions) = type("fakta\r")
        #expect(actions.last == .submit("fakta"))
        let (text, _, cancelled) = type("halvskrevet\u{03}")
        #expect(text == "")
        #expect(cancelled.last == .interrupt)
        #expect(type("\u{04}").2 == [.endOfInput])
        #expect(type("ab\u{1B}[D\u{04}").0 == "a")
    }

    @Test func historyUpAndDownKeepsTheDraft() {
        let history = History(entries: ["fakta", "regler"])
        #expect(type("utk\u{1B}[A").0 == "utk")  // empty history: nothing happens
        #expect(type("utk\u{1B}[A", history: history).0 == "regler")
        #expect(type("utk\u{1B}[A\u{1B}[A", history: history).0 == "fakta")
        #expect(type("utk\u{1B}[A\u{1B}[A\u{1B}[A\u{1B}[B", history: history).0 == "regler")
        #expect(type("utk\u{1B}[A\u{1B}[B", history: history).0 == "utk")
    }

    @Test func historyIsSavedAndLoaded() throws {
        let path = NSTemporaryDirectory() + "regel-historikk-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var history = History(limit: 3)
        for line in ["a", "b", "b", " ", "c", "d"] { history.add(line) }
        #expect(history.entries == ["b", "c", "d"])
        try history.save(to: path)
        #expect(History.load(from: path).entries == ["b", "c", "d"])
        #expect(History.load(from: path + "-finnes-ikke").entries == [])
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aFailedSaveThrows() {
        #expect(throws: HistoryError.self) { try History(entries: ["fakta"]).save(to: "/finnes/ikke/historikk") }
    }

    @Test func tabCompletesAsFarAsCandidatesAgree() {
        let names = ["barn.fødselsdato", "barn.ventes", "barnet_er_under_18"]
        let complete: (String) -> [String] = { text in
            let word = String(text.split(separator: " ").last ?? "")
            return names.filter { $0.hasPrefix(word) }
        }
        #expect(type("hvorfor barn.f\t", complete: complete).0 == "hvorfor barn.fødselsdato ")
        #expect(type("bar\t", complete: complete).0 == "barn")
        let (text, _, actions) = type("barn\t", complete: complete)
        #expect(text == "barn")
        #expect(actions.last == .showCandidates(names))
    }

    @Test func renderPlacesTheCursorInCharacterColumns() {
        var editor = LineEditor()
        for key in keys("bø\u{1B}[D") { _ = editor.apply(key) }
        #expect(editor.render(prompt: "regel> ", width: 80) == "\rregel> bø\u{1B}[K\r\u{1B}[8C")
    }

    @Test func renderScrollsALongLineToKeepTheCursorVisible() {
        var editor = LineEditor()
        for key in keys(String(repeating: "a", count: 30) + "bcd") { _ = editor.apply(key) }
        let drawn = editor.render(prompt: "> ", width: 20)
        #expect(drawn == "\r> " + String(repeating: "a", count: 14) + "bcd\u{1B}[K\r\u{1B}[19C")
    }
}
