import Foundation
import Regel
import RegelLanguageServer
import Testing

/// Which files are compiled together: the workspace folder when it holds rules itself, otherwise
/// each file with the other `.regel` files of its own folder.
@Suite struct WorkspaceTests {
    @Test func aRepositoryWithRulesInSubfoldersKeepsTheFoldersApart() throws {
        // Two folders that each declare `a`: compiled together they would clash (R0302).
        let repository = try RulesFolder([:])
        let manager = FileManager.default
        for name in ["regler", "eksempler"] {
            try manager.createDirectory(at: repository.url.appendingPathComponent(name), withIntermediateDirectories: true)
            try "faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n".write(
                to: repository.url.appendingPathComponent("\(name)/a.regel"), atomically: true, encoding: .utf8)
        }
        try "regel s\n  hjemmel x § 1\n  når r\n".write(to: repository.url.appendingPathComponent("regler/b.regel"), atomically: true, encoding: .utf8)
        let client = TestClient()
        client.initialize(root: repository.url)
        let uri = repository.uri("regler/b.regel")
        client.open(uri, "regel s\n  hjemmel x § 1\n  når r\n")
        #expect(client.publishedDiagnostics().isEmpty)
        #expect(client.server.workspace.folder(for: repository.path("regler/b.regel")) == repository.path("regler"))
        // `r` is found in the file next to it.
        let definition = client.request("textDocument/definition", TestClient.at(uri, Position(line: 2, character: 6)))
        #expect(definition["result"]?.arrayValue?.first?["uri"] == .string(repository.uri("regler/a.regel")))
    }

    @Test func aWorkspaceFolderWithRulesIsReadWithItsSubfolders() throws {
        let folder = try RulesFolder(["a.regel": "faktum a: ja/nei\n"])
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("del"), withIntermediateDirectories: true)
        try "regel r\n  hjemmel x § 1\n  når a\n".write(to: folder.url.appendingPathComponent("del/r.regel"), atomically: true, encoding: .utf8)
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("del/r.regel"), "regel r\n  hjemmel x § 1\n  når a\n")
        #expect(client.publishedDiagnostics().isEmpty)
        #expect(client.server.workspace.folder(for: folder.path("del/r.regel")) == folder.url.standardizedFileURL.path)
    }

    @Test func aFileOnDiskThatIsNotOpenCanBeAskedAbout() throws {
        let (folder, client) = try Library.opened()
        let hover = client.request("textDocument/hover", TestClient.at(folder.uri("annen.regel"), position(of: "voksen", in: Library.other)))
        #expect(hover["result"]?["contents"]?["value"]?.stringValue?.hasPrefix("**regel** `voksen`") == true)
    }

    @Test func savingReadsTheOtherFilesAgain() throws {
        let (folder, client) = try Library.opened()
        // Another program changes annen.regel on disk; a save of any file makes the server look again.
        try "regel rett_til_hjelp\n  hjemmel lov_1\n  når ukjent_regel\n".write(
            to: URL(fileURLWithPath: folder.path("annen.regel")), atomically: true, encoding: .utf8)
        client.notify("textDocument/didSave", #"{"textDocument":{"uri":"\#(folder.uri("hoved.regel"))"}}"#)
        let published = client.publishedDiagnostics()
        #expect(published[folder.uri("annen.regel")]?.first?["message"] == .string("ukjent navn «ukjent_regel»"))
    }
}
