import Foundation
import Regel
import RegelLanguageServer
import Testing

/// The messages a server sent, collected in order.
final class Outbox {
    var messages: [JSONValue] = []
}

/// A client in the same process: sends one message at a time to a `LanguageServer` and reads
/// what it sent back. Nothing is timed: diagnostics are published at once (debounce zero) unless
/// a test asks otherwise.
final class TestClient {
    let outbox = Outbox()
    let server: LanguageServer
    private var nextID = 1

    init(debounce: Duration = .zero) {
        let outbox = self.outbox
        server = LanguageServer(options: .init(debounce: debounce)) { outbox.messages.append($0) }
    }

    /// Sends a request and returns the response to it (the last message with its id).
    @discardableResult
    func request(_ method: String, _ params: String = "{}") -> JSONValue {
        let id = nextID
        nextID += 1
        send(#"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#)
        return outbox.messages.last { $0["id"] == .int(id) } ?? .null
    }

    func notify(_ method: String, _ params: String = "{}") {
        send(#"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#)
    }

    func send(_ text: String) {
        server.handle(RPCMessage.parse(Array(text.utf8)))
    }

    /// Takes the messages sent so far.
    func drain() -> [JSONValue] {
        defer { outbox.messages = [] }
        return outbox.messages
    }

    /// The diagnostics notifications sent so far, by URI (the last one for each), taken.
    func publishedDiagnostics() -> [String: [JSONValue]] {
        var result: [String: [JSONValue]] = [:]
        for message in drain() where message["method"]?.stringValue == "textDocument/publishDiagnostics" {
            if let uri = message["params"]?["uri"]?.stringValue { result[uri] = message["params"]?["diagnostics"]?.arrayValue ?? [] }
        }
        return result
    }

    /// `initialize` with a workspace folder and capabilities, then `initialized`.
    @discardableResult
    func initialize(root: URL?, capabilities: String = "{}") -> JSONValue {
        let folders = root.map { #"[{"uri":"\#($0.absoluteString)","name":"regler"}]"# } ?? "null"
        let response = request("initialize", #"{"processId":null,"rootUri":null,"workspaceFolders":\#(folders),"capabilities":\#(capabilities)}"#)
        notify("initialized")
        return response
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", #"{"textDocument":{"uri":"\#(uri)","languageId":"regel","version":\#(version),"text":\#(JSONValue.string(text).compactText)}}"#)
    }

    /// Parameters naming a document and a position.
    static func at(_ uri: String, _ position: Position, extra: String = "") -> String {
        #"{"textDocument":{"uri":"\#(uri)"},"position":{"line":\#(position.line),"character":\#(position.character)}\#(extra)}"#
    }
}

/// A rules folder in a temporary directory, removed at the end of the test.
final class RulesFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func uri(_ name: String) -> String { url.appendingPathComponent(name).absoluteString }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// The UTF-16 position of the `occurrence`th (0-based) `needle` in `text`, plus `offset` characters.
func position(of needle: String, in text: String, occurrence: Int = 0, offset: Int = 0) -> Position {
    var searchStart = text.startIndex
    var found = text.range(of: needle)!
    for _ in 0..<occurrence {
        searchStart = found.upperBound
        found = text.range(of: needle, range: searchStart..<text.endIndex)!
    }
    let byteOffset = text.utf8.distance(from: text.startIndex, to: found.lowerBound)
    var result = SourceFile(name: "", text: text).position(of: byteOffset, .utf16)
    result.character += offset
    return result
}

/// A small rules library used by most tests: two files, one importing nothing but using the other's names.
enum Library {
    static let main = """
        lovtekst lov_1 "Loven § 1"
          \"\"\"
          Den som har fylt 18 år, har rett.
          \"\"\"

        type Status: en av gift, ugift

        faktum person.fødselsdato: dato
          spørsmål "Når er personen født?"
        faktum person.status: Status
        vurdering behov.stort: ja/nei
          spørsmål "Er behovet stort?"
          veiledning "Vurder helheten."

        regel voksen
          hjemmel lov_1
          gjelder fra 2022-08-01
          når alder(person.fødselsdato) ≥ 18 år

        regel rett
          hjemmel lov_1
          når voksen og behov.stort og person.status = gift

        """

    static let other = """
        regel rett_til_hjelp
          hjemmel lov_1
          når rett og voksen

        test "voksen med stort behov"
          gitt
            vurderingsdato = 2024-01-01
            person.fødselsdato = 2000-01-01
            person.status = gift
            behov.stort = ja
          forvent
            rett_til_hjelp = ja

        """

    /// A folder with both files, and a client that has it as its workspace with `hoved.regel` open.
    static func opened(capabilities: String = "{}") throws -> (RulesFolder, TestClient) {
        let folder = try RulesFolder(["hoved.regel": main, "annen.regel": other])
        let client = TestClient()
        client.initialize(root: folder.url, capabilities: capabilities)
        client.open(folder.uri("hoved.regel"), main)
        _ = client.drain()
        return (folder, client)
    }
}
