import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `textDocument/codeAction` (quick fixes from the diagnostics' fixes), `textDocument/formatting`
/// and `textDocument/semanticTokens/full`.
@Suite struct EditingTests {
    @Test func aDiagnosticsFixBecomesAQuickFix() throws {
        let source = "faktum alder: tall\nregel r\n  hjemmel x § 1\n  når aldre > 3\n"
        let folder = try RulesFolder(["a.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("a.regel"), source)
        let diagnostic = try #require(client.publishedDiagnostics()[folder.uri("a.regel")]?.first)
        #expect(diagnostic["code"] == .string("R0301"))
        let range = NavigationTests.range(source, "aldre")
        let actions = client.request("textDocument/codeAction", #"""
            {"textDocument":{"uri":"\#(folder.uri("a.regel"))"},"range":\#(range),"context":{"diagnostics":[\#(diagnostic.compactText)]}}
            """#)["result"]?.arrayValue ?? []
        #expect(actions.count == 1)
        let action = try #require(actions.first)
        #expect(action["title"] == .string("Rett til «alder»"))
        #expect(action["kind"] == .string("quickfix"))
        #expect(action["isPreferred"] == .bool(true))
        #expect(action["diagnostics"]?.arrayValue?.first?["code"] == .string("R0301"))
        #expect(action["edit"]?["changes"]?[folder.uri("a.regel")]?.compactText == #"[{"range":\#(range),"newText":"alder"}]"#)
        // A range elsewhere, or a request for other kinds of action, gets none.
        let elsewhere = client.request("textDocument/codeAction", #"{"textDocument":{"uri":"\#(folder.uri("a.regel"))"},"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":1}},"context":{"diagnostics":[]}}"#)
        #expect(elsewhere["result"] == .array([]))
        let refactor = client.request("textDocument/codeAction", #"{"textDocument":{"uri":"\#(folder.uri("a.regel"))"},"range":\#(range),"context":{"diagnostics":[],"only":["refactor"]}}"#)
        #expect(refactor["result"] == .array([]))
    }

    @Test func formattingReplacesTheWholeTextWithTheFormattersOutput() throws {
        let source = "faktum  a:ja/nei\nregel r\n   hjemmel x § 1\n   når a\n\n\n"
        let folder = try RulesFolder(["a.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("a.regel"), source)
        let edits = client.request("textDocument/formatting", #"{"textDocument":{"uri":"\#(folder.uri("a.regel"))"},"options":{"tabSize":2,"insertSpaces":true}}"#)["result"]?.arrayValue ?? []
        #expect(edits.count == 1)
        #expect(edits.first?["newText"] == .string("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n"))
        #expect(edits.first?["range"]?.compactText == #"{"start":{"line":0,"character":0},"end":{"line":6,"character":0}}"#)
    }

    @Test func aFormattedFileOrOneWithSyntaxErrorsGetsNoEdits() throws {
        let (folder, client) = try Library.opened()
        let formatted = client.request("textDocument/formatting", #"{"textDocument":{"uri":"\#(folder.uri("hoved.regel"))"},"options":{"tabSize":2,"insertSpaces":true}}"#)
        #expect(formatted["result"] == .array([]))
        client.open(folder.uri("feil.regel"), "regel r\n  når (a og\n")
        let broken = client.request("textDocument/formatting", #"{"textDocument":{"uri":"\#(folder.uri("feil.regel"))"},"options":{"tabSize":2,"insertSpaces":true}}"#)
        #expect(broken["result"] == .array([]))
    }

    /// The tokens decoded back into (line, character, length, type) with the legend's names.
    static func decode(_ data: [Int]) -> [(Int, Int, Int, String, Int)] {
        var result: [(Int, Int, Int, String, Int)] = []
        var line = 0, character = 0
        for index in stride(from: 0, to: data.count, by: 5) {
            if data[index] != 0 { character = 0 }
            line += data[index]
            character += data[index + 1]
            result.append((line, character, data[index + 2], SemanticTokenLegend.types[data[index + 3]], data[index + 4]))
        }
        return result
    }

    @Test func semanticTokensTellFactsVurderingerRulesAndValuesApart() throws {
        let (folder, client) = try Library.opened()
        let response = client.request("textDocument/semanticTokens/full", #"{"textDocument":{"uri":"\#(folder.uri("hoved.regel"))"}}"#)
        let data = response["result"]?["data"]?.arrayValue?.compactMap(\.intValue) ?? []
        let tokens = Self.decode(data)
        func kind(at needle: String, occurrence: Int = 0, offset: Int = 0) -> String? {
            let at = position(of: needle, in: Library.main, occurrence: occurrence, offset: offset)
            return tokens.first { $0.0 == at.line && $0.1 == at.character }?.3
        }
        #expect(kind(at: "regel voksen") == "keyword")
        #expect(kind(at: "voksen og") == "regel")
        #expect(kind(at: "behov.stort og") == "vurdering")
        #expect(kind(at: "person.status =") == "faktum")
        #expect(kind(at: "= gift", offset: 2) == "enumMember")
        #expect(kind(at: "Status\n") == "type")
        #expect(kind(at: "alder(") == "function")
        #expect(kind(at: "≥ 18", offset: 2) == "number")
        #expect(kind(at: "\"Loven") == "string")
        #expect(kind(at: "lov_1", occurrence: 1) == "namespace")
        // Declarations carry the modifier; uses do not.
        let declaration = position(of: "regel voksen", in: Library.main, offset: 6)
        #expect(tokens.first { $0.0 == declaration.line && $0.1 == declaration.character }?.4 == 1)
        // A text block over several lines is one token per line.
        #expect(tokens.filter { $0.3 == "string" && (1...3).contains($0.0) }.count == 3)
    }

    @Test func semanticTokenLengthsCountInTheClientsEncoding() throws {
        let source = "# blåbær 😀\nfaktum ø: ja/nei\n"
        let folder = try RulesFolder(["a.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("a.regel"), source)
        let data = client.request("textDocument/semanticTokens/full", #"{"textDocument":{"uri":"\#(folder.uri("a.regel"))"}}"#)["result"]?["data"]?.arrayValue?.compactMap(\.intValue) ?? []
        #expect(Array(data.prefix(5)) == [0, 0, 11, SemanticTokenLegend.types.firstIndex(of: "comment")!, 0])
    }
}
