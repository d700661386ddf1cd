import Foundation
import Regel
import RegelLanguageServer

/// `regel lsp` on the whole rules/ library, in process and without debounce: the time from a
/// `didChange` to its `publishDiagnostics` (compiling every file of the folder with the index),
/// and hover and completion once the folder is compiled. Targets: under 50 ms and under 10 ms.
enum LanguageServerBench {
    final class Outbox {
        var messages: [JSONValue] = []
    }

    static func run(rules: String = "rules", file name: String = "barnekoordinator.regel", rounds: Int = 30) {
        let folder = URL(fileURLWithPath: rules).standardizedFileURL
        let path = folder.appendingPathComponent(name).path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            print("language server: cannot read \(path)")
            return
        }
        let uri = DocumentURI.uri(for: path)
        let outbox = Outbox()
        let server = LanguageServer(options: .init(debounce: .zero)) { outbox.messages.append($0) }
        func send(_ json: String) { server.handle(RPCMessage.parse(Array(json.utf8))) }
        send(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"rootUri":"\#(folder.absoluteString)","capabilities":{}}}"#)
        send(#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"\#(uri)","languageId":"regel","version":1,"text":\#(JSONValue.string(text).compactText)}}}"#)
        let files = SourceLoader.regelFiles(in: folder.path).count
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let ruleLine = lines.firstIndex { $0.hasPrefix("regel rett_til_barnekoordinator") } ?? 0
        let useLine = lines.firstIndex { $0.contains("alder(barn.fødselsdato)") } ?? 0
        let useColumn = lines[useLine].range(of: "alder(").map { lines[useLine][..<$0.lowerBound].utf16.count } ?? 0

        // An edit that breaks a name, then one that mends it: each compiles the whole folder.
        var diagnostics: [Double] = []
        for round in 0..<rounds {
            outbox.messages = []
            let edit = round % 2 == 0 ? "x" : ""
            let range = #"{"start":{"line":\#(useLine),"character":\#(useColumn)},"end":{"line":\#(useLine),"character":\#(useColumn + (round % 2 == 0 ? 0 : 1))}}"#
            let begin = DispatchTime.now().uptimeNanoseconds
            send(#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":\#(round + 2)},"contentChanges":[{"range":\#(range),"text":"\#(edit)"}]}}"#)
            let end = DispatchTime.now().uptimeNanoseconds
            precondition(outbox.messages.contains { $0["method"]?.stringValue == "textDocument/publishDiagnostics" } || round % 2 == 1)
            diagnostics.append(Double(end - begin) / 1e6)
        }
        let hover = time(200) {
            send(#"{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(ruleLine),"character":8}}}"#)
        }
        let completion = time(200) {
            send(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(useLine),"character":\#(useColumn + 2)}}}"#)
        }
        let completionAfterDot = time(200) {
            send(#"{"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(useLine),"character":\#(useColumn + 11)}}}"#)
        }
        let tokens = time(50) {
            send(#"{"jsonrpc":"2.0","id":5,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"\#(uri)"}}}"#)
        }
        print("language server on \(rules)/ (\(files) files, \(name) open, \(lines.count) lines), debounce 0:")
        line("didChange → publishDiagnostics", diagnostics, target: 50)
        line("hover on a rule", hover, target: 10)
        line("completion in an expression", completion, target: 10)
        line("completion after «barn.»", completionAfterDot, target: 10)
        line("semantic tokens, whole file", tokens, target: nil)
    }

    static func time(_ rounds: Int, _ body: () -> Void) -> [Double] {
        (0..<rounds).map { _ in
            let begin = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e6
        }
    }

    static func line(_ label: String, _ samples: [Double], target: Double?) {
        let sorted = samples.sorted()
        let median = sorted[sorted.count / 2], worst = sorted.last ?? 0
        let verdict = target.map { median < $0 ? String(format: "  target < %.0f ms: met", $0) : String(format: "  target < %.0f ms: MISSED", $0) } ?? ""
        print("  " + label.padding(toLength: 34, withPad: " ", startingAt: 0) + String(format: " median %7.2f ms, worst %7.2f ms", median, worst) + verdict)
    }
}
