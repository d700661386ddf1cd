import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `ServerLoop` with a queue filled beforehand: cancellation of a request still waiting, the end
/// of input, and a whole session over a pipe through the framer.
@Suite struct LoopTests {
    static func message(_ text: String) -> Incoming { .message(RPCMessage.parse(Array(text.utf8))) }

    @Test func aRequestCancelledWhileQueuedIsAnsweredWithRequestCancelled() {
        let outbox = Outbox()
        let server = LanguageServer(options: .init(debounce: .zero)) { outbox.messages.append($0) }
        let queue = MessageQueue()
        queue.push(Self.message(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
        queue.push(Self.message(#"{"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{"query":""}}"#))
        queue.push(Self.message(#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}"#))
        queue.push(Self.message(#"{"jsonrpc":"2.0","id":"tre","method":"shutdown"}"#))
        queue.push(.end)
        let code = ServerLoop.run(server, queue: queue)
        #expect(code == 0)
        #expect(outbox.messages.count == 3)
        #expect(outbox.messages[1]["id"] == .int(2))
        #expect(outbox.messages[1]["error"]?["code"] == .int(-32800))
        #expect(outbox.messages[2]["id"] == .string("tre"))
        #expect(outbox.messages[2]["result"] == .null)
    }

    @Test func theEndOfInputWithoutShutdownEndsWithOne() {
        let server = LanguageServer { _ in }
        let queue = MessageQueue()
        queue.push(.end)
        #expect(ServerLoop.run(server, queue: queue) == 1)
    }

    @Test func exitEndsTheLoopBeforeTheEndOfInput() {
        let server = LanguageServer { _ in }
        let queue = MessageQueue()
        queue.push(Self.message(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(ServerLoop.run(server, queue: queue) == 1)
    }

    @Test func debouncedDiagnosticsArePublishedWhenTheQueueFallsQuiet() throws {
        let folder = try RulesFolder(["a.regel": ""])
        let outbox = Outbox()
        // A deadline a nanosecond away has passed by the time the loop comes round again, so it
        // publishes before it reads the next message: nothing here depends on timing.
        let server = LanguageServer(options: .init(debounce: .nanoseconds(1))) { outbox.messages.append($0) }
        let queue = MessageQueue()
        queue.push(Self.message(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(folder.url.absoluteString)","capabilities":{}}}"#))
        queue.push(Self.message(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(folder.uri("a.regel"))","languageId":"regel","version":1,"text":""}}}"#))
        queue.push(Self.message(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(folder.uri("a.regel"))","version":2},"contentChanges":[{"text":"regel\n"}]}}"#))
        queue.push(.end)
        let code = ServerLoop.run(server, queue: queue)
        #expect(code == 1)
        let published = outbox.messages.filter { $0["method"] == .string("textDocument/publishDiagnostics") }
        #expect(published.last?["params"]?["diagnostics"]?.arrayValue?.isEmpty == false)
        #expect(published.last?["params"]?["version"] == .int(2))
    }
}

