import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `textDocument/publishDiagnostics`: on open, after edits (debounced), across files, and cleared.
@Suite struct DiagnosticsTests {
    static let broken = "faktum a: ja/nei\nfaktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når b\n"

    static let clean = #"faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n"#

    @Test func anOpenedFileWithErrorsGetsThemWithCodeSeverityNotesAndSource() throws {
        let folder = try RulesFolder(["feil.regel": ""])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("feil.regel"), Self.broken)
        let published = client.publishedDiagnostics()
        let diagnostics = try #require(published[folder.uri("feil.regel")])
        #expect(diagnostics.count == 2)
        let duplicate = diagnostics[0], unknown = diagnostics[1]
        #expect(duplicate["code"] == .string("R0302"))
        #expect(duplicate["severity"] == .int(1))
        #expect(duplicate["source"] == .string("regel"))
        #expect(duplicate["message"] == .string("faktumet «a» er deklarert mer enn én gang"))
        #expect(duplicate["range"]?.compactText == #"{"start":{"line":1,"character":7},"end":{"line":1,"character":8}}"#)
        let related = try #require(duplicate["relatedInformation"]?.arrayValue?.first)
        #expect(related["message"]?.stringValue?.hasPrefix("første gang på linje 1") == true)
        #expect(related["location"]?["range"]?.compactText == #"{"start":{"line":0,"character":7},"end":{"line":0,"character":8}}"#)
        #expect(related["location"]?["uri"] == .string(folder.uri("feil.regel")))
        #expect(unknown["code"] == .string("R0301"))
        #expect(unknown["message"] == .string("ukjent navn «b»"))
        #expect(unknown["range"]?.compactText == #"{"start":{"line":4,"character":6},"end":{"line":4,"character":7}}"#)
    }

    @Test func fixingTheErrorsClearsTheFileWithAnEmptyList() throws {
        let folder = try RulesFolder(["feil.regel": ""])
        let client = TestClient()
        client.initialize(root: folder.url)
        let uri = folder.uri("feil.regel")
        client.open(uri, Self.broken)
        _ = client.drain()
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"text":"\#(Self.clean)"}]}"#)
        let published = client.publishedDiagnostics()
        #expect(published[uri] == [])
        // Nothing more to clear the next time.
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(uri)","version":3},"contentChanges":[{"text":"\#(Self.clean)\n"}]}"#)
        #expect(client.publishedDiagnostics().isEmpty)
    }

    @Test func anEditInOneFileReportsTheErrorsItCausesInAnother() throws {
        let (folder, client) = try Library.opened()
        let uri = folder.uri("hoved.regel")
        let start = position(of: "regel voksen", in: Library.main, offset: 6)
        // Renaming the rule `voksen` in hoved.regel leaves annen.regel (not open) using an unknown name.
        client.notify("textDocument/didChange", #"""
            {"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"range":{"start":{"line":\#(start.line),"character":\#(start.character)},"end":{"line":\#(start.line),"character":\#(start.character + 6)}},"text":"myndig"}]}
            """#)
        let published = client.publishedDiagnostics()
        let other = try #require(published[folder.uri("annen.regel")])
        #expect(other.map { $0["code"] } == [.string("R0301")])
        #expect(other.first?["message"]?.stringValue?.hasPrefix("ukjent navn «voksen»") == true)
        let own = try #require(published[uri])
        #expect(own.map { $0["code"] } == [.string("R0301")])   // `når voksen og …` in rett
        // The version of an open document goes with its diagnostics.
        #expect(client.server.workspace.documents[uri]?.version == 2)
    }

    @Test func anUnsavedBufferTakesPrecedenceOverTheFileOnDisk() throws {
        let folder = try RulesFolder(["a.regel": "faktum x: ja/nei\n", "b.regel": "regel r\n  hjemmel x § 1\n  når x\n"])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("a.regel"), "faktum y: ja/nei\n")
        let published = client.publishedDiagnostics()
        #expect(published[folder.uri("b.regel")]?.first?["message"] == .string("ukjent navn «x»"))
        // Closing the buffer brings back the file on disk, where x exists.
        client.notify("textDocument/didClose", #"{"textDocument":{"uri":"\#(folder.uri("a.regel"))"}}"#)
        #expect(client.publishedDiagnostics()[folder.uri("b.regel")] == [])
    }

    @Test func editsAreDebouncedUntilTheDeadlinePasses() throws {
        let folder = try RulesFolder(["feil.regel": ""])
        let client = TestClient(debounce: .milliseconds(200))
        client.initialize(root: folder.url)
        let uri = folder.uri("feil.regel")
        client.open(uri, "faktum a: ja/nei\n")
        _ = client.drain()
        #expect(client.server.diagnosticsDeadline == nil)
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(uri)","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"text":"regel"}]}"#)
        client.notify("textDocument/didChange", #"{"textDocument":{"uri":"\#(uri)","version":3},"contentChanges":[{"range":{"start":{"line":1,"character":5},"end":{"line":1,"character":5}},"text":" r"}]}"#)
        #expect(client.drain().isEmpty)
        #expect(client.server.diagnosticsDeadline != nil)
        client.server.publishPendingDiagnostics()
        let published = client.publishedDiagnostics()
        #expect(published[uri]?.isEmpty == false)
        #expect(client.server.diagnosticsDeadline == nil)
    }

    @Test func aDocumentOutsideAnyFolderIsCheckedOnItsOwn() {
        let client = TestClient()
        client.initialize(root: nil)
        client.open("untitled:Uten-navn-1", "regel r\n  når ja og\n")
        let published = client.publishedDiagnostics()
        #expect(published["untitled:Uten-navn-1"]?.isEmpty == false)
    }
}
