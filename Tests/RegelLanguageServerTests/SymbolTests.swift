import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `textDocument/documentSymbol` (the outline) and `workspace/symbol`.
@Suite struct SymbolTests {
    @Test func theOutlineGroupsLovtekstTypesFactsRulesAndTests() throws {
        let (folder, client) = try Library.opened(capabilities: #"{"textDocument":{"documentSymbol":{"hierarchicalDocumentSymbolSupport":true}}}"#)
        client.open(folder.uri("annen.regel"), Library.other)
        let main = client.request("textDocument/documentSymbol", #"{"textDocument":{"uri":"\#(folder.uri("hoved.regel"))"}}"#)["result"]?.arrayValue ?? []
        #expect(main.map { $0["name"]?.stringValue } == ["Lovtekst", "Typer", "Fakta", "Regler"])
        #expect(main[0]["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["lov_1"])
        #expect(main[0]["children"]?.arrayValue?.first?["detail"] == .string("Loven § 1"))
        #expect(main[1]["children"]?.arrayValue?.first?["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["gift", "ugift"])
        #expect(main[2]["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["person.fødselsdato", "person.status", "behov.stort"])
        #expect(main[2]["children"]?.arrayValue?.map { $0["detail"]?.stringValue } == ["faktum: dato", "faktum: «Status»", "vurdering: ja/nei"])
        #expect(main[3]["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["voksen", "rett"])
        #expect(main[3]["children"]?.arrayValue?.first?["selectionRange"]?.compactText == NavigationTests.range(Library.main, "voksen"))
        let other = client.request("textDocument/documentSymbol", #"{"textDocument":{"uri":"\#(folder.uri("annen.regel"))"}}"#)["result"]?.arrayValue ?? []
        #expect(other.map { $0["name"]?.stringValue } == ["Regler", "Tester"])
        #expect(other[1]["children"]?.arrayValue?.map { $0["name"]?.stringValue } == ["voksen med stort behov"])
    }

    @Test func aClientWithoutTheTreeGetsAFlatList() throws {
        let (folder, client) = try Library.opened()
        let flat = client.request("textDocument/documentSymbol", #"{"textDocument":{"uri":"\#(folder.uri("hoved.regel"))"}}"#)["result"]?.arrayValue ?? []
        #expect(flat.count == 7)
        #expect(flat.first?["containerName"] == .string("Lovtekst"))
        #expect(flat.first?["location"]?["uri"] == .string(folder.uri("hoved.regel")))
    }

    @Test func workspaceSymbolsFindDeclaredNamesInEveryFile() throws {
        let (folder, client) = try Library.opened()
        let found = client.request("workspace/symbol", #"{"query":"rett"}"#)["result"]?.arrayValue ?? []
        #expect(Set(found.compactMap { $0["name"]?.stringValue }) == ["rett", "rett_til_hjelp"])
        #expect(found.first { $0["name"] == .string("rett_til_hjelp") }?["location"]?["uri"] == .string(folder.uri("annen.regel")))
        #expect(found.first?["kind"] == .int(12))
        let subsequence = client.request("workspace/symbol", #"{"query":"psf"}"#)["result"]?.arrayValue ?? []
        #expect(subsequence.compactMap { $0["name"]?.stringValue } == ["person.fødselsdato"])
    }
}
