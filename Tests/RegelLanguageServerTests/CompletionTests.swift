import Foundation
import Regel
import RegelLanguageServer
import Testing

/// `textDocument/completion` at the places where each kind of candidate belongs.
@Suite struct CompletionTests {
    /// The labels offered when the document's text is `text` and the cursor is at `marker`'s place
    /// (the marker `‸` is removed).
    static func labels(_ text: String, capabilities: String = "{}") throws -> (labels: [String], items: [JSONValue]) {
        let marker = text.range(of: "‸")!
        let at = position(of: "‸", in: text)
        let source = text.replacingCharacters(in: marker, with: "")
        let folder = try RulesFolder(["hoved.regel": Library.main, "annen.regel": Library.other])
        let client = TestClient()
        client.initialize(root: folder.url, capabilities: capabilities)
        client.open(folder.uri("ny.regel"), source)
        let items = client.request("textDocument/completion", TestClient.at(folder.uri("ny.regel"), at))["result"]?["items"]?.arrayValue ?? []
        return (items.compactMap { $0["label"]?.stringValue }, items)
    }

    @Test func aLineAtTheMarginOffersTheDeclarationKeywords() throws {
        #expect(try Self.labels("‸").labels == ["faktum", "vurdering", "regel", "unntak", "lovtekst", "type", "test", "importer"])
        #expect(try Self.labels("re‸").labels.contains("regel"))
    }

    @Test func anIndentedLineInARuleOffersItsClausesAndNames() throws {
        let result = try Self.labels("regel ny\n  hjemmel lov_1\n  ‸")
        for expected in ["hjemmel", "gjelder fra", "når", "verdi", "hvis", "ellers"] { #expect(result.labels.contains(expected), "\(expected)") }
        #expect(!result.labels.contains("spørsmål"))
        // The line may also go on with the condition above it.
        #expect(result.labels.contains("behov.stort"))
        #expect(result.items.first { $0["label"] == .string("når") }?["sortText"] == .string("0når"))
        let fact = try Self.labels("faktum ny: ja/nei\n  ‸")
        #expect(fact.labels == ["spørsmål", "veiledning"])
    }

    @Test func anExpressionOffersFactsRulesBuiltinsAndExpressionKeywords() throws {
        let result = try Self.labels("regel ny\n  hjemmel lov_1\n  når voksen og ‸")
        for expected in ["person.fødselsdato", "behov.stort", "voksen", "rett_til_hjelp", "alder", "kjent", "ikke", "vurderingsdato"] {
            #expect(result.labels.contains(expected), "\(expected)")
        }
        let fact = try #require(result.items.first { $0["label"] == .string("behov.stort") })
        #expect(fact["detail"] == .string("vurdering: ja/nei"))
        // The client named no documentation formats, so it gets plain text.
        #expect(fact["documentation"] == .string("Er behovet stort?"))
        // Without snippet support a built-in is completed with its opening parenthesis only.
        let alder = try #require(result.items.first { $0["label"] == .string("alder") })
        #expect(alder["textEdit"]?["newText"] == .string("alder("))
        #expect(alder["insertTextFormat"] == nil)
        #expect(alder["detail"] == .string("alder(født: dato): varighet"))
    }

    @Test func builtinsGetParameterSnippetsWhenTheClientTakesThem() throws {
        let result = try Self.labels("regel ny\n  hjemmel lov_1\n  verdi dager_‸",
                                     capabilities: #"{"textDocument":{"completion":{"completionItem":{"snippetSupport":true,"documentationFormat":["markdown","plaintext"]}}}}"#)
        let item = try #require(result.items.first { $0["label"] == .string("dager_mellom") })
        #expect(item["documentation"]?["kind"] == .string("markdown"))
        #expect(item["insertTextFormat"] == .int(2))
        #expect(item["textEdit"]?["newText"] == .string("dager_mellom(${1:fra}, ${2:til})"))
        // The edit replaces the word being written.
        let at = position(of: "dager_", in: "regel ny\n  hjemmel lov_1\n  verdi dager_")
        #expect(item["textEdit"]?["range"]?["start"]?.compactText == at.json.compactText)
    }

    @Test func afterADotTheFactsGoingOnAndTheFieldsOfARecordAreOffered() throws {
        let facts = try Self.labels("regel ny\n  hjemmel lov_1\n  når person.‸")
        #expect(facts.labels == ["person.fødselsdato", "person.status"])
        let item = try #require(facts.items.first)
        let start = position(of: "person.", in: "regel ny\n  hjemmel lov_1\n  når person.")
        #expect(item["textEdit"]?["range"]?["start"]?.compactText == start.json.compactText)
        let fields = try Self.labels("type T:\n  kommunal: ja/nei\n  start: dato\nfaktum ts: liste av T\nregel ny\n  hjemmel x § 1\n  når alle t i ts der t.k‸")
        #expect(fields.labels == ["kommunal", "start"])
        #expect(fields.items.first?["detail"] == .string("ja/nei"))
    }

    @Test func afterAComparisonWithAnEnumerationItsValuesComeFirst() throws {
        let result = try Self.labels("regel ny\n  hjemmel lov_1\n  når person.status = ‸")
        #expect(Array(result.labels.prefix(2)) == ["gift", "ugift"])
        #expect(result.items.first?["kind"] == .int(20))
        #expect(result.items.first?["detail"] == .string("«Status»"))
    }

    @Test func anOperatorRightBeforeTheCursorIsNotPartOfTheName() throws {
        let result = try Self.labels("regel ny\n  hjemmel lov_1\n  når alder(person.fødselsdato) ≥‸")
        let alder = try #require(result.items.first { $0["label"] == .string("alder") })
        let at = position(of: "≥", in: "regel ny\n  hjemmel lov_1\n  når alder(person.fødselsdato) ≥", offset: 1)
        #expect(alder["textEdit"]?["range"]?["start"]?.compactText == at.json.compactText)
    }

    @Test func quantifierVariablesAreInScopeInTheirCondition() throws {
        let result = try Self.labels("type T:\n  k: ja/nei\nfaktum ts: liste av T\nregel ny\n  hjemmel x § 1\n  når alle tjeneste i ts der tj‸")
        #expect(result.labels.contains("tjeneste"))
    }

    @Test func aTypePositionOffersTypes() throws {
        let result = try Self.labels("faktum ny: ‸")
        #expect(result.labels == ["ja/nei", "tall", "tekst", "dato", "varighet", "liste av", "en av", "Status"])
    }

    @Test func testsOfferFactsUnderGittAndRulesUnderForvent() throws {
        let given = try Self.labels("test \"t\"\n  gitt\n    ‸")
        #expect(given.labels.contains("person.status"))
        #expect(!given.labels.contains("voksen"))
        let expected = try Self.labels("test \"t\"\n  gitt\n    person.status = gift\n  forvent\n    ‸")
        #expect(expected.labels.contains("voksen"))
        #expect(!expected.labels.contains("person.status"))
    }

    @Test func nothingIsOfferedInsideCommentsAndTexts() throws {
        #expect(try Self.labels("# en kommentar ‸").labels.isEmpty)
        #expect(try Self.labels("faktum a: ja/nei\n  spørsmål \"Er det ‸\"").labels.isEmpty)
    }
}
