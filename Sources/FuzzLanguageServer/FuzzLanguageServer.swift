// libFuzzer target (lsp): bytes → the language server's message layer. See docs/fuzzing.md.
//
// The input is read twice by a fresh server: as a raw byte stream through the Content-Length
// framer, and cut at NUL bytes into message bodies that are framed correctly (so mutations reach
// the methods, not only the framing). Every message the server sends must be JSON that our own
// reader reads back, with "jsonrpc":"2.0".
import Foundation
import Regel
import RegelLanguageServer

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let utf8 = bytes.first.map { $0 & 1 == 1 } ?? false
    let initialize = #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{"general":{"positionEncodings":[\#(utf8 ? #""utf-8""# : #""utf-16""#)]},"textDocument":{"completion":{"completionItem":{"snippetSupport":true}},"documentSymbol":{"hierarchicalDocumentSymbolSupport":true}}}}}"#

    // The stream as it would arrive on standard input.
    session { server in
        var framer = MessageFramer()
        framer.append(MessageFramer.frame(initialize))
        framer.append(bytes)
        while let frame = framer.next() {
            switch frame {
            case .message(let body): server.handle(RPCMessage.parse(body))
            case .invalidHeader(let problem): server.handle(.invalid(id: nil, ResponseError(ResponseError.parseError, problem)))
            }
        }
    }
    // The bodies between NUL bytes, each a message.
    session { server in
        server.handle(RPCMessage.parse(Array(initialize.utf8)))
        for body in bytes.split(separator: 0, omittingEmptySubsequences: true) {
            server.handle(RPCMessage.parse(Array(body)))
            server.publishPendingDiagnostics()
        }
    }
    return 0
}

/// A server whose every outgoing message is checked.
func session(_ body: (LanguageServer) -> Void) {
    let server = LanguageServer(options: .init(debounce: .zero)) { message in
        let text = message.compactText
        let reread = try? JSONValue.parse(text)
        precondition(reread != nil, "the server sent text that is not JSON: \(text)")
        precondition(reread?["jsonrpc"] == .string("2.0"), "a message without jsonrpc 2.0: \(text)")
    }
    body(server)
}

#if !FUZZING
import FuzzReplay

/// Without libFuzzer: replays the files named on the command line (see `FuzzReplay.replay`).
@main enum Replay {
    static func main() { replay(fuzzOne) }
}
#endif
