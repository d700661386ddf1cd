import Foundation
import Testing
import Regel

/// `CaseSchema`: the JSON Schema for the cases a rule set reads. Each test compiles a few
/// declarations and compares the schema of their facts, written compactly, with the exact JSON.
/// `scripts/skjema.sh` checks the same schemas against the reader with an independent validator.
@Suite struct CaseSchemaTests {
    static func schema(_ source: String, batchLine: Bool = false) throws -> String {
        let program = try #require(RegelCompiler.compile(source: source).program)
        return CaseSchema.json(for: program, batchLine: batchLine)
    }

    /// `text` re-written on one line with sorted keys, so an expectation fits on a line or two.
    static func compact(_ text: String, at path: [String] = []) throws -> String {
        var value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        for key in path { value = try #require((value as? [String: Any])?[key]) }
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    static func facts(_ source: String) throws -> String {
        try compact(schema(source), at: ["properties", "fakta", "properties"])
    }

    static func definitions(_ source: String) throws -> String {
        try compact(schema(source), at: ["$defs"])
    }

    @Test func theWholeDocumentForOneFact() throws {
        #expect(try Self.schema("faktum a: ja/nei\n") == """
        {
          "$defs" : {
            "dato" : {
              "description" : "en dato ÅÅÅÅ-MM-DD som finnes i kalenderen",
              "format" : "date",
              "pattern" : "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              "type" : "string"
            }
          },
          "$schema" : "https://json-schema.org/draft/2020-12/schema",
          "additionalProperties" : false,
          "properties" : {
            "fakta" : {
              "additionalProperties" : false,
              "description" : "faktaene og vurderingene i saken; et faktum som ikke er med, eller er null, er ukjent",
              "properties" : {
                "a" : {
                  "type" : [
                    "boolean",
                    "null"
                  ]
                }
              },
              "type" : "object"
            },
            "vurderingsdato" : {
              "anyOf" : [
                {
                  "$ref" : "#/$defs/dato"
                },
                {
                  "type" : "null"
                }
              ],
              "description" : "datoen saken skal vurderes på (ÅÅÅÅ-MM-DD); uten den brukes standarddatoen"
            }
          },
          "title" : "Sak (format 1) for disse reglene",
          "type" : "object"
        }

        """)
    }

    @Test func scalarTypesAreNullableAndShareTheirTextForms() throws {
        let source = "faktum a: ja/nei\nfaktum b: tekst\nfaktum c: tall\nfaktum d: dato\nvurdering e: varighet\n"
        #expect(try Self.facts(source) == ##"{"a":{"type":["boolean","null"]},"b":{"type":["string","null"]},"##
            + ##""c":{"anyOf":[{"$ref":"#/$defs/tall"},{"type":"null"}]},"d":{"anyOf":[{"$ref":"#/$defs/dato"},{"type":"null"}]},"##
            + ##""e":{"anyOf":[{"$ref":"#/$defs/varighet"},{"type":"null"}]}}"##)
        let definitions = try Self.definitions(source)
        #expect(definitions == ##"{"dato":{"description":"en dato ÅÅÅÅ-MM-DD som finnes i kalenderen","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","type":"string"},"##
            + ##""tall":{"description":"et JSON-tall, eller tekst med desimalkomma eller -punktum (\"12,5\") eller en eksakt brøk (\"1/3\")","##
            + ##""pattern":"^-?[0-9]+(?:[,.][0-9]+)?(?:[eE][+-]?[0-9]+)?$|^-?[0-9]+/[0-9]*[1-9][0-9]*$","type":["number","string"]},"##
            + ##""varighet":{"description":"en varighet som \"18 år\", \"1,5 år\", \"6 måneder\", \"2 uker\", \"14 dager\" eller \"1 år og 6 måneder\"","##
            + ##""pattern":"^-?[0-9]+(?:[,.][0-9]+)? *(?:år|måned|måneder|uke|uker|dag|dager)(?:(?:, | og )-?[0-9]+(?:[,.][0-9]+)? *(?:år|måned|måneder|uke|uker|dag|dager))*$","##
            + ##""type":"string"}}"##)
    }

    @Test func namedEnumerationsAreDefinedOnceAndInlineOnesStandWhereUsed() throws {
        let source = "type Lov: en av hol, pbrl\nfaktum a: Lov\nfaktum b: Lov\nfaktum c: en av ja_da, nei_da\n"
        #expect(try Self.facts(source) == ##"{"a":{"anyOf":[{"$ref":"#/$defs/Lov"},{"type":"null"}]},"##
            + ##""b":{"anyOf":[{"$ref":"#/$defs/Lov"},{"type":"null"}]},"c":{"enum":["ja_da","nei_da",null]}}"##)
        #expect(try Self.compact(Self.schema(source), at: ["$defs", "Lov"])
            == ##"{"description":"en av verdiene i «Lov»","enum":["hol","pbrl"]}"##)
    }

    @Test func recordsAreClosedObjectsAndListElementsAreNeverNull() throws {
        let source = """
        type Lov: en av hol, pbrl
        type Tjeneste:
          lov: Lov
          start: dato
          kommunal: ja/nei
        faktum tjenester: liste av Tjeneste
        faktum hovedtjeneste: Tjeneste
        faktum beløp: liste av tall

        """
        #expect(try Self.facts(source) == ##"{"beløp":{"anyOf":[{"items":{"$ref":"#/$defs/tall"},"type":"array"},{"type":"null"}]},"##
            + ##""hovedtjeneste":{"anyOf":[{"$ref":"#/$defs/Tjeneste"},{"type":"null"}]},"##
            + ##""tjenester":{"anyOf":[{"items":{"$ref":"#/$defs/Tjeneste"},"type":"array"},{"type":"null"}]}}"##)
        #expect(try Self.compact(Self.schema(source), at: ["$defs", "Tjeneste"]) == ##"{"additionalProperties":false,"##
            + ##""description":"posten «Tjeneste»; et felt som ikke er med, eller er null, er ukjent","##
            + ##""properties":{"kommunal":{"type":["boolean","null"]},"lov":{"anyOf":[{"$ref":"#/$defs/Lov"},{"type":"null"}]},"##
            + ##""start":{"anyOf":[{"$ref":"#/$defs/dato"},{"type":"null"}]}},"type":"object"}"##)
    }

    @Test func theQuestionAndTheGuidanceAreTheDescription() throws {
        let source = """
        faktum a: ja/nei
          spørsmål "Venter familien barn?"
        vurdering b: ja/nei
          spørsmål "Er behovet langvarig?"
          veiledning "Minst ett år."
        vurdering c: ja/nei
          veiledning "Bare veiledning."
        faktum d: ja/nei

        """
        #expect(try Self.facts(source) == ##"{"a":{"description":"Venter familien barn?","type":["boolean","null"]},"##
            + ##""b":{"description":"Er behovet langvarig?\n\nMinst ett år.","type":["boolean","null"]},"##
            + ##""c":{"description":"Bare veiledning.","type":["boolean","null"]},"d":{"type":["boolean","null"]}}"##)
    }

    @Test func aBatchLineMayCarryAnID() throws {
        let schema = try Self.schema("faktum a: ja/nei\n", batchLine: true)
        #expect(try Self.compact(schema, at: ["properties", "id"])
            == ##"{"description":"sakens id, som tekst eller tall; skrives tilbake uendret i svaret","type":["string","number"]}"##)
        #expect(try Self.compact(schema, at: ["title"]) == ##""Linje i regel batch: en sak (format 1) for disse reglene, med valgfri id""##)
        #expect(try !Self.schema("faktum a: ja/nei\n").contains(##""id""##))
    }

    /// Keys are sorted, so the text depends on what is declared, not on the order or the run.
    @Test func theSameDeclarationsGiveTheSameText() throws {
        let forwards = "type L: en av x, y\nfaktum b: L\nfaktum a: liste av L\nfaktum c: tall\n"
        let backwards = "faktum c: tall\nfaktum a: liste av L\nfaktum b: L\ntype L: en av x, y\n"
        let first = try Self.schema(forwards)
        #expect(try Self.schema(forwards) == first)
        #expect(try Self.schema(backwards) == first)
    }

    /// The example in docs/innebygging.md: its rules give exactly the schema shown under them.
    @Test func theGuidesExample() throws {
        let guide = try Repository.read("docs/innebygging.md")
        let start = try #require(guide.range(of: "## JSON Schema for det Regel leser og skriver"))
        let blocks = Repository.codeBlocks(in: String(guide[start.upperBound...]))
        #expect(blocks.count >= 2 && blocks[0].info == "regel" && blocks[1].info == "json")
        #expect(try Self.schema(blocks[0].body) == blocks[1].body)
    }
}
