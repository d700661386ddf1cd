import Foundation
import Testing

/// `regel lsp` as a process: a whole session on standard input, with broken messages among the
/// good ones, answered on standard output; the end of input ends the server.
@Suite struct LanguageServerCommandTests {
    static func frame(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n\(body)" }

    @Test func aSessionWithBrokenMessagesIsServedToTheEnd() throws {
        let input = [
            Self.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#),
            Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"#),                      // malformed JSON
            "Content-Length: mange\r\n\r\n",                                           // a header that cannot be used
            Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"finnes/ikke"}"#),
            Self.frame(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:1","languageId":"regel","version":1,"text":"regel r\n  når\n"}}}"#),
            Self.frame(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:1"},"position":{"line":99,"character":99}}}"#),
            Self.frame(#"{"jsonrpc":"2.0","id":5,"method":"shutdown"}"#),
            Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#),
        ].joined()
        let result = try CLIRunner.run(["lsp"], stdin: input)
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains(#""id":1,"result":{"capabilities""#))
        #expect(result.stdout.contains(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"meldingen er ikke gyldig JSON"#))
        #expect(result.stdout.contains(#""error":{"code":-32700,"message":"«Content-Length: mange» er ikke et gyldig antall byte; meldingen ble hoppet over"}"#))
        #expect(result.stdout.contains(#""id":3,"error":{"code":-32601"#))
        #expect(result.stdout.contains(#""method":"textDocument/publishDiagnostics","params":{"uri":"untitled:1","version":1"#))
        #expect(result.stdout.contains(#""id":4,"result":null"#))
        #expect(result.stdout.contains(#""id":5,"result":null"#))
        #expect(result.stderr.isEmpty)
    }

    @Test func aClientThatGoesAwayEndsTheServerWithOne() throws {
        let result = try CLIRunner.run(["lsp", "--stdio"], stdin: Self.frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#))
        #expect(result.exitCode == 1)
        #expect(result.stdout.hasPrefix("Content-Length: "))
    }
}
