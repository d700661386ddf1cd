import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `definition`, `references`, `prepareRename` and `rename`, across the files of a folder.
@Suite struct NavigationTests {
    static func range(_ text: String, _ needle: String, occurrence: Int = 0, length: Int? = nil) -> String {
        let start = position(of: needle, in: text, occurrence: occurrence)
        let count = length ?? needle.utf16.count
        return #"{"start":{"line":\#(start.line),"character":\#(start.character)},"end":{"line":\#(start.line),"character":\#(start.character + count)}}"#
    }

    @Test func definitionJumpsToTheDeclarationInAnotherFile() throws {
        let (folder, client) = try Library.opened()
        client.open(folder.uri("annen.regel"), Library.other)
        let response = client.request("textDocument/definition", TestClient.at(folder.uri("annen.regel"), position(of: "rett og", in: Library.other)))
        #expect(response["result"] == .array([.object([
            "uri": .string(folder.uri("hoved.regel")),
            "range": try JSONValue.parse(Self.range(Library.main, "rett\n", length: 4)),
        ])]))
        #expect(client.request("textDocument/definition", TestClient.at(folder.uri("annen.regel"), Position(line: 0, character: 0)))["result"] == .null)
    }

    @Test func definitionOfAnImportIsTheStartOfTheImportedFile() throws {
        let folder = try RulesFolder(["a.regel": "importer \"b.regel\"\n", "b.regel": "faktum x: ja/nei\n"])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("a.regel"), "importer \"b.regel\"\n")
        let response = client.request("textDocument/definition", TestClient.at(folder.uri("a.regel"), Position(line: 0, character: 12)))
        #expect(response["result"]?.arrayValue?.first?["uri"] == .string(folder.uri("b.regel")))
        #expect(response["result"]?.arrayValue?.first?["range"]?.compactText == #"{"start":{"line":0,"character":0},"end":{"line":0,"character":0}}"#)
    }

    @Test func referencesListTheDeclarationAndEveryUseAcrossFiles() throws {
        let (folder, client) = try Library.opened()
        let params = TestClient.at(folder.uri("hoved.regel"), position(of: "regel voksen", in: Library.main, offset: 7),
                                   extra: #","context":{"includeDeclaration":true}"#)
        let locations = client.request("textDocument/references", params)["result"]?.arrayValue ?? []
        // The declaration first, then the uses by file name and position.
        #expect(locations.map { $0["uri"]?.stringValue } == [folder.uri("hoved.regel"), folder.uri("annen.regel"), folder.uri("hoved.regel")])
        #expect(locations.first?["range"]?.compactText == Self.range(Library.main, "voksen"))
        #expect(locations.dropFirst().first?["range"]?.compactText == Self.range(Library.other, "voksen"))
        let withoutDeclaration = TestClient.at(folder.uri("hoved.regel"), position(of: "regel voksen", in: Library.main, offset: 7),
                                               extra: #","context":{"includeDeclaration":false}"#)
        #expect(client.request("textDocument/references", withoutDeclaration)["result"]?.arrayValue?.count == 2)
    }

    @Test func renameChangesEveryFileAndPrepareRenameGivesTheName() throws {
        let (folder, client) = try Library.opened()
        let at = position(of: "regel voksen", in: Library.main, offset: 8)
        let prepared = client.request("textDocument/prepareRename", TestClient.at(folder.uri("hoved.regel"), at))
        #expect(prepared["result"]?["placeholder"] == .string("voksen"))
        #expect(prepared["result"]?["range"]?.compactText == Self.range(Library.main, "voksen"))
        let renamed = client.request("textDocument/rename", TestClient.at(folder.uri("hoved.regel"), at, extra: #","newName":"myndig""#))
        let changes = try #require(renamed["result"]?["changes"])
        #expect(changes[folder.uri("hoved.regel")]?.arrayValue?.count == 2)
        #expect(changes[folder.uri("annen.regel")] == .array([.object([
            "range": try JSONValue.parse(Self.range(Library.other, "voksen")), "newText": .string("myndig"),
        ])]))
    }

    @Test func aFactMayBeRenamedToADottedName() throws {
        let (folder, client) = try Library.opened()
        let at = position(of: "behov.stort og", in: Library.main, offset: 2)
        let renamed = client.request("textDocument/rename", TestClient.at(folder.uri("hoved.regel"), at, extra: #","newName":"behov.omfattende""#))
        let changes = try #require(renamed["result"]?["changes"])
        #expect(changes[folder.uri("hoved.regel")]?.arrayValue?.count == 2)
        #expect(changes[folder.uri("annen.regel")]?.arrayValue?.first?["newText"] == .string("behov.omfattende"))
        #expect(changes[folder.uri("annen.regel")]?.arrayValue?.first?["range"]?.compactText == Self.range(Library.other, "behov.stort"))
    }

    @Test(arguments: [
        ("når voksen", 1, "«når» er et nøkkelord i regelspråket og kan ikke få nytt navn"),
        ("alder(", 2, "«alder» er en innebygd funksjon og kan ikke få nytt navn"),
        ("\"Loven", 3, "her står det ikke noe navn som kan få nytt navn: sett markøren på et faktum, en vurdering, en regel, en type, en verdi eller en lovtekst"),
    ])
    func keywordsBuiltinsAndTextCannotBeRenamed(needle: String, offset: Int, message: String) throws {
        let (folder, client) = try Library.opened()
        let at = position(of: needle, in: Library.main, offset: offset)
        for method in ["textDocument/prepareRename", "textDocument/rename"] {
            let response = client.request(method, TestClient.at(folder.uri("hoved.regel"), at, extra: #","newName":"x""#))
            #expect(response["error"]?["code"] == .int(-32803))
            #expect(response["error"]?["message"] == .string(message))
        }
    }

    @Test(arguments: [
        ("og", "«og» er et nøkkelord i regelspråket og kan ikke brukes som navn"),
        ("to ord", "«to ord» er ikke et gyldig navn: bruk bokstaver, sifre og understrek, og start med en bokstav"),
        ("a.b", "«a.b» er ikke et gyldig navn: bruk bokstaver, sifre og understrek, og start med en bokstav"),
        ("", "«» er ikke et gyldig navn: bruk bokstaver, sifre og understrek, og start med en bokstav"),
        ("rett", "navnet «rett» er allerede i bruk"),
    ])
    func invalidNewNamesAreRefused(newName: String, message: String) throws {
        let (folder, client) = try Library.opened()
        let at = position(of: "regel voksen", in: Library.main, offset: 8)
        let response = client.request("textDocument/rename", TestClient.at(folder.uri("hoved.regel"), at, extra: #","newName":"\#(newName)""#))
        #expect(response["error"]?["message"] == .string(message))
    }

    @Test func aFactCannotTakeTheNameOfARule() throws {
        let (folder, client) = try Library.opened()
        let at = position(of: "behov.stort og", in: Library.main, offset: 2)
        let response = client.request("textDocument/rename", TestClient.at(folder.uri("hoved.regel"), at, extra: #","newName":"voksen""#))
        #expect(response["error"]?["message"] == .string("navnet «voksen» er allerede i bruk"))
    }

    @Test func aQuantifierVariableIsRenamedWhereItIsInScope() throws {
        let source = "type T:\n  k: ja/nei\nfaktum ts: liste av T\nregel r\n  hjemmel x § 1\n  når alle t i ts der t.k\n"
        let folder = try RulesFolder(["t.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("t.regel"), source)
        let at = position(of: "t.k", in: source)
        let definition = client.request("textDocument/definition", TestClient.at(folder.uri("t.regel"), at))
        #expect(definition["result"]?.arrayValue?.first?["range"]?.compactText == Self.range(source, "t i", length: 1))
        let renamed = client.request("textDocument/rename", TestClient.at(folder.uri("t.regel"), at, extra: #","newName":"tjeneste""#))
        let edits = renamed["result"]?["changes"]?[folder.uri("t.regel")]?.arrayValue ?? []
        #expect(edits.map { $0["range"]?.compactText } == [Self.range(source, "t i", length: 1), Self.range(source, "t.k", length: 1)])
    }

    @Test func aRecordFieldIsRenamedWhereverItIsUsed() throws {
        let source = "type T:\n  k: ja/nei\nfaktum ts: liste av T\nfaktum første: T\nregel r\n  hjemmel x § 1\n"
            + "  når alle t i ts der t.k og første.k\n"
        let folder = try RulesFolder(["t.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("t.regel"), source)
        let at = position(of: "k og", in: source)
        let hover = client.request("textDocument/hover", TestClient.at(folder.uri("t.regel"), at))
        #expect(hover["result"]?["contents"]?["value"]?.stringValue?.contains("`k`: ja/nei i typen «T»") == true)
        let references = client.request("textDocument/references", TestClient.at(folder.uri("t.regel"), at, extra: #","context":{"includeDeclaration":true}"#))
        #expect(references["result"]?.arrayValue?.map { $0["range"]?.compactText }
                == [Self.range(source, "k: ja", length: 1), Self.range(source, "k og", length: 1), Self.range(source, "k\n", length: 1)])
        let renamed = client.request("textDocument/rename", TestClient.at(folder.uri("t.regel"), at, extra: #","newName":"kommunal""#))
        let edits = renamed["result"]?["changes"]?[folder.uri("t.regel")]?.arrayValue ?? []
        #expect(edits.count == 3)
        #expect(edits.allSatisfy { $0["newText"] == .string("kommunal") })
    }
}
