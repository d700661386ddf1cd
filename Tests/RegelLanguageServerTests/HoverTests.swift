import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `textDocument/hover` on each kind of name.
@Suite struct HoverTests {
    static func hover(_ client: TestClient, _ uri: String, _ at: Position) -> String? {
        client.request("textDocument/hover", TestClient.at(uri, at))["result"]?["contents"]?["value"]?.stringValue
    }

    @Test func aRuleShowsTypeHjemmelValidityAndTheLovtekstWording() throws {
        let (folder, client) = try Library.opened()
        let uri = folder.uri("hoved.regel")
        let response = client.request("textDocument/hover", TestClient.at(uri, position(of: "voksen og", in: Library.main, offset: 2)))
        #expect(response["result"]?["contents"]?["kind"] == .string("markdown"))
        #expect(response["result"]?["contents"]?["value"] == .string("""
            **regel** `voksen`: ja/nei

            **Hjemmel:** Loven § 1

            **Gjelder** fra 2022-08-01

            > Den som har fylt 18 år, har rett.
            """))
        let use = position(of: "voksen og", in: Library.main)
        #expect(response["result"]?["range"]?.compactText
                == #"{"start":{"line":\#(use.line),"character":\#(use.character)},"end":{"line":\#(use.line),"character":\#(use.character + 6)}}"#)
    }

    @Test func aFactAndAVurderingShowTheirQuestionAndGuidance() throws {
        let (folder, client) = try Library.opened()
        let uri = folder.uri("hoved.regel")
        #expect(Self.hover(client, uri, position(of: "person.fødselsdato)", in: Library.main, offset: 8)) == """
            **faktum** `person.fødselsdato`: dato

            **Spørsmål:** Når er personen født?
            """)
        #expect(Self.hover(client, uri, position(of: "behov.stort og", in: Library.main)) == """
            **vurdering (faglig skjønn)** `behov.stort`: ja/nei

            **Spørsmål:** Er behovet stort?

            **Veiledning:** Vurder helheten.
            """)
    }

    @Test func aBuiltinShowsItsSignatureAndDescription() throws {
        let (folder, client) = try Library.opened()
        #expect(Self.hover(client, folder.uri("hoved.regel"), position(of: "alder(", in: Library.main, offset: 1)) == """
            ```regel
            alder(født: dato): varighet
            ```

            Hele år fra `født` til vurderingsdatoen, som varighet; fødselsdagen teller med.
            """)
    }

    @Test func anEnumerationValueShowsItsTypeAndATypeItsValues() throws {
        let (folder, client) = try Library.opened()
        let uri = folder.uri("hoved.regel")
        #expect(Self.hover(client, uri, position(of: "= gift", in: Library.main, offset: 3)) == "**verdi** `gift`: «Status»")
        #expect(Self.hover(client, uri, position(of: "type Status", in: Library.main, offset: 6)) == "**type** `Status`\n\nVerdier: `gift`, `ugift`")
    }

    @Test func aQuantifierVariableShowsItsElementType() throws {
        let source = """
            type Tjeneste:
              kommunal: ja/nei
            faktum tjenester: liste av Tjeneste
            regel alle_kommunale
              hjemmel x § 1
              når alle t i tjenester der t.kommunal

            """
        let folder = try RulesFolder(["t.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("t.regel"), source)
        #expect(Self.hover(client, folder.uri("t.regel"), position(of: "t.kommunal", in: source)) == "**variabel** `t`: «Tjeneste»")
    }

    /// The same name after an emoji and a combining mark, asked for in both encodings: the range
    /// that comes back counts the units of the encoding the client chose.
    @Test(arguments: [("{}", 22, 28), (#"{"general":{"positionEncodings":["utf-8"]}}"#, 28, 35)])
    func positionsAfterAnEmojiAndACombiningMarkFollowTheEncoding(capabilities: String, start: Int, end: Int) throws {
        let source = "type S: en av å, ø\nfaktum ærfugl: S\nregel r\n  hjemmel x § 1\n  når \"😀e\u{301}\" ≠ \"x\" og ærfugl = ø\n"
        let folder = try RulesFolder(["a.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url, capabilities: capabilities)
        client.open(folder.uri("a.regel"), source)
        let response = client.request("textDocument/hover", TestClient.at(folder.uri("a.regel"), Position(line: 4, character: start + 1)))
        #expect(response["result"]?["contents"]?["value"] == .string("**faktum** `ærfugl`: «S»"))
        #expect(response["result"]?["range"]?.compactText
                == #"{"start":{"line":4,"character":\#(start)},"end":{"line":4,"character":\#(end)}}"#)
    }

    @Test func aClientWithoutMarkdownGetsPlainText() throws {
        let (folder, client) = try Library.opened(capabilities: #"{"textDocument":{"hover":{"contentFormat":["plaintext"]}}}"#)
        let response = client.request("textDocument/hover", TestClient.at(folder.uri("hoved.regel"), position(of: "voksen og", in: Library.main)))
        #expect(response["result"]?["contents"]?["kind"] == .string("plaintext"))
    }

    @Test func blanksKeywordsAndPositionsOutsideTheTextHaveNoHover() throws {
        let (folder, client) = try Library.opened()
        let uri = folder.uri("hoved.regel")
        #expect(client.request("textDocument/hover", TestClient.at(uri, Position(line: 5, character: 0)))["result"] == .null)
        #expect(client.request("textDocument/hover", TestClient.at(uri, Position(line: 400, character: 9)))["result"] == .null)
        let outside = client.request("textDocument/hover", TestClient.at(uri, Position(line: -1, character: 1_000_000)))
        #expect(outside["error"] == nil)
    }
}

/// A rule's parameters and a list comprehension's variable in the editor: hover, definition and rename.
@Suite struct ParameterEditorTests {
    static let source = """
        type Tjeneste:
          kommunal: ja/nei
          timer: tall
        faktum tjenester: liste av Tjeneste
        regel kommunal(tjeneste: Tjeneste)
          hjemmel x § 1
          når tjeneste.kommunal
        regel timer: tall
          hjemmel x § 1
          verdi sum([t.timer for t i tjenester der kommunal(t)])

        """

    static func opened() throws -> (RulesFolder, TestClient) {
        let folder = try RulesFolder(["t.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("t.regel"), source)
        return (folder, client)
    }

    @Test func aParameterShowsItsTypeAndIsRenamedInItsRule() throws {
        let (folder, client) = try Self.opened()
        let uri = folder.uri("t.regel")
        let use = position(of: "tjeneste.kommunal", in: Self.source)
        #expect(HoverTests.hover(client, uri, use) == "**variabel** `tjeneste`: «Tjeneste»")
        let definition = client.request("textDocument/definition", TestClient.at(uri, use))
        #expect(definition["result"]?.arrayValue?.first?["range"]?.compactText == NavigationTests.range(Self.source, "tjeneste: T", length: 8))
        let renamed = client.request("textDocument/rename", TestClient.at(uri, use, extra: #","newName":"instans""#))
        let edits = renamed["result"]?["changes"]?[uri]?.arrayValue ?? []
        #expect(edits.map { $0["range"]?.compactText }
                == [NavigationTests.range(Self.source, "tjeneste: T", length: 8), NavigationTests.range(Self.source, "tjeneste.kommunal", length: 8)])
    }

    @Test func aComprehensionVariableShowsItsElementType() throws {
        let (folder, client) = try Self.opened()
        #expect(HoverTests.hover(client, folder.uri("t.regel"), position(of: "t.timer", in: Self.source)) == "**variabel** `t`: «Tjeneste»")
        #expect(HoverTests.hover(client, folder.uri("t.regel"), position(of: "kommunal(t)", in: Self.source))?.hasPrefix("**regel** `kommunal(tjeneste: «Tjeneste»)`") == true)
    }
}

/// A rule with parameters as the editor offers and shows it: called with its arguments.
@Suite struct ParameterSignatureTests {
    @Test func completionInsertsTheArgumentsAndHoverShowsTheParameters() throws {
        let text = ParameterEditorTests.source + "regel alle\n  hjemmel x § 1\n  når samtlige t i tjenester der kommu‸"
        let result = try CompletionTests.labels(text.replacingOccurrences(of: "samtlige", with: "alle"),
                                                capabilities: #"{"textDocument":{"completion":{"completionItem":{"snippetSupport":true}}}}"#)
        let item = try #require(result.items.first { $0["label"] == .string("kommunal") })
        #expect(item["detail"] == .string("regel kommunal(tjeneste: «Tjeneste»): ja/nei"))
        #expect(item["textEdit"]?["newText"] == .string("kommunal(${1:tjeneste})"))
        #expect(item["insertTextFormat"] == .int(2))
        let (folder, client) = try ParameterEditorTests.opened()
        #expect(HoverTests.hover(client, folder.uri("t.regel"), position(of: "kommunal(t)", in: ParameterEditorTests.source))?
                    .hasPrefix("**regel** `kommunal(tjeneste: «Tjeneste»)`: ja/nei") == true)
    }
}

/// A parameter read in an exception to its rule is the same variable.
@Suite struct ParameterInExceptionTests {
    @Test func renamingAParameterRenamesItInTheRulesExceptions() throws {
        let source = "regel voksen(alder: tall)\n  hjemmel x § 1\n  når alder ≥ 18\nunntak for voksen\n  hjemmel x § 2\n  når alder > 120\n"
        let folder = try RulesFolder(["v.regel": source])
        let client = TestClient()
        client.initialize(root: folder.url)
        client.open(folder.uri("v.regel"), source)
        let renamed = client.request("textDocument/rename", TestClient.at(folder.uri("v.regel"), position(of: "alder > 120", in: source),
                                                                            extra: #","newName":"år""#))
        let edits = renamed["result"]?["changes"]?[folder.uri("v.regel")]?.arrayValue ?? []
        #expect(edits.map { $0["range"]?.compactText } == [NavigationTests.range(source, "alder: t", length: 5),
                                                          NavigationTests.range(source, "alder ≥", length: 5),
                                                          NavigationTests.range(source, "alder >", length: 5)])
    }
}
