import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `initialize`, `shutdown`, `exit` and the errors of the lifecycle and of malformed messages.
@Suite struct LifecycleTests {
    @Test func initializeAdvertisesWhatIsImplementedInUTF16ByDefault() throws {
        let client = TestClient()
        let response = client.initialize(root: nil)
        let capabilities = try #require(response["result"]?["capabilities"])
        #expect(capabilities["positionEncoding"] == .string("utf-16"))
        #expect(capabilities["textDocumentSync"]?["change"] == .int(2))
        #expect(capabilities["textDocumentSync"]?["openClose"] == .bool(true))
        for provider in ["hoverProvider", "definitionProvider", "referencesProvider", "documentSymbolProvider",
                         "workspaceSymbolProvider", "documentFormattingProvider"] {
            #expect(capabilities[provider] == .bool(true), "\(provider)")
        }
        #expect(capabilities["renameProvider"]?["prepareProvider"] == .bool(true))
        #expect(capabilities["completionProvider"]?["triggerCharacters"] == .array([.string(".")]))
        #expect(capabilities["codeActionProvider"]?["codeActionKinds"] == .array([.string("quickfix")]))
        #expect(capabilities["semanticTokensProvider"]?["full"] == .bool(true))
        let types = capabilities["semanticTokensProvider"]?["legend"]?["tokenTypes"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(types.starts(with: ["faktum", "vurdering", "regel", "enumMember", "type", "keyword", "string", "number", "comment"]))
        // Nothing that is not implemented.
        #expect(capabilities["signatureHelpProvider"] == nil)
        #expect(capabilities["documentRangeFormattingProvider"] == nil)
        #expect(response["result"]?["serverInfo"]?["name"] == .string("regel"))
    }

    @Test func utf8IsUsedWhenTheClientOffersIt() {
        let client = TestClient()
        let response = client.initialize(root: nil, capabilities: #"{"general":{"positionEncodings":["utf-16","utf-8"]}}"#)
        #expect(response["result"]?["capabilities"]?["positionEncoding"] == .string("utf-8"))
        #expect(client.server.encoding == .utf8)
    }

    @Test func requestsBeforeInitializeAreRefused() {
        let client = TestClient()
        let response = client.request("textDocument/hover", TestClient.at("file:///x.regel", Position(line: 0, character: 0)))
        #expect(response["error"]?["code"] == .int(-32002))
    }

    @Test func unknownMethodsGetMethodNotFound() {
        let client = TestClient()
        client.initialize(root: nil)
        _ = client.drain()
        let response = client.request("textDocument/inlayHint")
        #expect(response["error"]?["code"] == .int(-32601))
        #expect(response["error"]?["message"] == .string("tjeneren kan ikke «textDocument/inlayHint»"))
        // An unknown notification is read past without an answer.
        client.notify("workspace/didChangeConfiguration")
        #expect(client.drain().count == 1)
    }

    @Test func initializeTwiceIsAnInvalidRequest() {
        let client = TestClient()
        client.initialize(root: nil)
        #expect(client.request("initialize", #"{"capabilities":{}}"#)["error"]?["code"] == .int(-32600))
    }

    @Test func shutdownThenExitEndsWithZero() {
        let client = TestClient()
        client.initialize(root: nil)
        #expect(client.request("shutdown")["result"] == .null)
        #expect(client.request("textDocument/hover", TestClient.at("file:///x.regel", Position(line: 0, character: 0)))["error"]?["code"] == .int(-32600))
        #expect(client.server.exitCode == nil)
        client.notify("exit")
        #expect(client.server.exitCode == 0)
    }

    @Test func exitWithoutShutdownEndsWithOne() {
        let client = TestClient()
        client.initialize(root: nil)
        client.notify("exit")
        #expect(client.server.exitCode == 1)
    }

    @Test func malformedJSONGetsAParseErrorWithANullID() {
        let client = TestClient()
        client.send(#"{"jsonrpc":"2.0","id":1,"method":"#)
        let reply = client.drain()
        #expect(reply.count == 1)
        #expect(reply.first?["id"] == .null)
        #expect(reply.first?["error"]?["code"] == .int(-32700))
    }

    @Test(arguments: [
        (#"[1,2]"#, -32600, JSONValue.null),
        (#"{"jsonrpc":"2.0","id":{"a":1},"method":"x"}"#, -32600, .null),
        (#"{"jsonrpc":"2.0","id":7}"#, -32600, .int(7)),
        (#"{"jsonrpc":"2.0","id":8,"method":42}"#, -32600, .int(8)),
        ("\u{FF}", -32700, .null),
    ])
    func invalidMessagesGetInvalidRequest(text: String, code: Int, id: JSONValue) {
        let client = TestClient()
        client.send(text)
        let reply = client.drain()
        #expect(reply.count == 1)
        #expect(reply.first?["error"]?["code"] == .int(code))
        #expect(reply.first?["id"] == id)
    }

    @Test func aResponseFromTheClientIsReadPast() {
        let client = TestClient()
        client.initialize(root: nil)
        _ = client.drain()
        client.send(#"{"jsonrpc":"2.0","id":99,"result":null}"#)
        #expect(client.drain().isEmpty)
    }

    @Test func requestsForUnknownDocumentsGetInvalidParams() {
        let client = TestClient()
        client.initialize(root: nil)
        for method in ["textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/rename"] {
            let response = client.request(method, TestClient.at("file:///finnes/ikke.regel", Position(line: 0, character: 0), extra: #","newName":"x""#))
            #expect(response["error"]?["code"] == .int(-32602), "\(method)")
            #expect(response["error"]?["message"] == .string("dokumentet «file:///finnes/ikke.regel» er ikke åpent, og det er ingen regelfil på disken med den adressen"))
        }
        let missing = client.request("textDocument/hover", #"{"position":{"line":0,"character":0}}"#)
        #expect(missing["error"]?["code"] == .int(-32602))
    }

    @Test func aCancelledRequestIsAnsweredWithRequestCancelled() {
        let client = TestClient()
        client.initialize(root: nil)
        client.server.cancel(.int(2))
        let response = client.request("shutdown")
        #expect(response["id"] == .int(2))
        #expect(response["error"]?["code"] == .int(-32800))
        // Cancelling a request that was already answered changes nothing.
        client.notify("$/cancelRequest", #"{"id":2}"#)
        #expect(client.request("shutdown")["result"] == .null)
    }
}
