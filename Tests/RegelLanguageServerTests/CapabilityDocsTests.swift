import Foundation
import Regel
import RegelLanguageServer
import Testing

/// docs/referanse.md, section 7, lists what `initialize` advertises: a capability added to the
/// server fails here until the reference names its method, and so does a token type.
@Suite struct CapabilityDocsTests {
    /// Each advertised capability and the methods that serve it.
    static let methods: [String: [String]] = [
        "positionEncoding": ["initialize"],
        "textDocumentSync": ["textDocument/didOpen", "didChange", "didClose", "didSave"],
        "hoverProvider": ["textDocument/hover"],
        "definitionProvider": ["textDocument/definition"],
        "referencesProvider": ["textDocument/references"],
        "renameProvider": ["textDocument/prepareRename", "textDocument/rename"],
        "documentSymbolProvider": ["textDocument/documentSymbol"],
        "workspaceSymbolProvider": ["workspace/symbol"],
        "completionProvider": ["textDocument/completion"],
        "codeActionProvider": ["textDocument/codeAction"],
        "documentFormattingProvider": ["textDocument/formatting"],
        "semanticTokensProvider": ["textDocument/semanticTokens/full"],
        "workspace": ["workspaceFolders"],
    ]

    static func referenceSection() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("docs/referanse.md"), encoding: .utf8)
        return String(text[try #require(text.range(of: "## 7. Språktjeneren")).lowerBound...])
    }

    @Test func everyAdvertisedCapabilityIsInTheReference() throws {
        let client = TestClient()
        let response = client.initialize(root: nil)
        var keys: Set<String> = []
        if case .object(let members) = response["result"]?["capabilities"] { keys = Set(members.map(\.key)) }
        #expect(keys == Set(Self.methods.keys))
        let section = try Self.referenceSection()
        for (capability, methods) in Self.methods {
            for method in methods { #expect(section.contains(method), "\(capability): \(method)") }
        }
        for type in SemanticTokenLegend.types + SemanticTokenLegend.modifiers { #expect(section.contains("`\(type)`"), "\(type)") }
    }
}
