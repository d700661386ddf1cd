import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// The checker's index of names and types, which an editor asks «what is this, where is it
/// defined, where is it used, what type is it».
@Suite struct SemanticIndexTests {
    static let source = """
    type Lov: en av hol, barnevernsloven
    lovtekst pbrl_2_5_c "Pasient- og brukerrettighetsloven § 2-5 c"
      kilde pbrl § 2-5 c
      \"\"\"
      Familier som venter barn ...
      \"\"\"
    faktum barn.ventes: ja/nei
      spørsmål "Venter familien barn?"
    faktum barn.fødselsdato: dato
    faktum lov: Lov
    regel under_18
      hjemmel pbrl_2_5_c
      når barn.ventes eller alder(barn.fødselsdato) < 18 år
    regel rett
      hjemmel pbrl § 2-5 c
      når under_18 og lov = hol
    unntak for rett
      hjemmel pbrl § 2-5 c andre ledd
      når ikke barn.ventes
      gir nei
    test "venter barn"
      gitt
        vurderingsdato = 2024-03-01
        barn.ventes = ja
        lov = hol
      forvent
        rett = ja
        under_18 = ja
    """

    /// The UTF-8 offset of the `occurrence`-th (from 0) appearance of `needle` in `text`, plus `shift`.
    func offset(of needle: String, _ occurrence: Int = 0, shift: Int = 0, in text: String = source) -> Int {
        let bytes = Array(text.utf8), pattern = Array(needle.utf8)
        var found = -1
        for start in 0...(bytes.count - pattern.count) where Array(bytes[start..<start + pattern.count]) == pattern {
            found += 1
            if found == occurrence { return start + shift }
        }
        Issue.record("«\(needle)» #\(occurrence) not found")
        return -1
    }

    func compile(_ text: String = source) -> Compilation {
        RegelCompiler.compile(files: [SourceFile(name: "t.regel", text: text)], root: nil, indexing: true)
    }

    @Test func withoutIndexingTheIndexIsEmpty() {
        let plain = RegelCompiler.compile(source: Self.source, name: "t.regel")
        #expect(plain.program != nil)
        #expect(plain.index.occurrences.isEmpty && plain.index.expressionTypes.isEmpty && plain.index.details.isEmpty)
    }

    @Test func aUseLeadsToItsDefinitionAndAllItsUses() throws {
        let compilation = compile()
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(summary))")
        let index = compilation.index
        let use = try #require(index.occurrence(at: offset(of: "barn.ventes eller", shift: 5), in: "t.regel"))
        #expect(use.symbol == .fact("barn.ventes"))
        #expect(!use.isDefinition)
        let definition = try #require(index.definition(of: .fact("barn.ventes")))
        #expect(definition.range == SourceRange(start: offset(of: "barn.ventes: ja/nei"), end: offset(of: "barn.ventes: ja/nei") + 11))
        // Declared once, used in a rule, an exception and a test.
        let references = index.references(to: .fact("barn.ventes"))
        #expect(references.map(\.isDefinition) == [true, false, false, false])
        #expect(references.dropFirst().map(\.range.start)
                == [offset(of: "barn.ventes eller"), offset(of: "ikke barn.ventes", shift: 5), offset(of: "barn.ventes = ja")])

        let rule = index.references(to: .rule("rett"))
        #expect(rule.count == 3) // the rule, `unntak for rett` and the test's expectation
        #expect(rule.first?.isDefinition == true)
        #expect(index.references(to: .rule("under_18"), includingDefinitions: false).count == 2)
        #expect(index.occurrence(at: offset(of: "hol\n", 0), in: "t.regel")?.symbol == .enumerationValue(type: "Lov", value: "hol"))
        #expect(index.occurrence(at: offset(of: "alder("), in: "t.regel")?.symbol == .builtin("alder"))
        #expect(index.occurrence(at: offset(of: "Lov\n", 0), in: "t.regel")?.symbol == .type("Lov"))
        #expect(index.references(to: .lovtekst("pbrl_2_5_c")).map(\.isDefinition) == [true, false])
    }

    @Test func typesOfExpressions() {
        let index = compile().index
        #expect(index.type(at: offset(of: "alder(", shift: 1), in: "t.regel") == .duration)
        #expect(index.type(at: offset(of: "< 18 år"), in: "t.regel") == .truth)
        #expect(index.type(at: offset(of: "18 år", shift: 1), in: "t.regel") == .duration)
        #expect(index.type(at: offset(of: "barn.fødselsdato)", shift: 3), in: "t.regel") == .date)
        // The same by the parser's node: the condition of `rett` is ja/nei.
        let tree = Parser.parse(SourceFile(name: "t.regel", text: Self.source))
        let rett = tree.declarations.compactMap { declaration -> RuleDeclaration? in
            if case .rule(let rule) = declaration, rule.name.text == "rett" { return rule }
            return nil
        }.first
        guard case .condition(let condition)? = rett?.body else {
            Issue.record("no condition")
            return
        }
        #expect(index.type(of: condition, in: "t.regel") == .truth)
    }

    @Test func detailsForAHover() throws {
        let index = compile().index
        let fact = try #require(index.details[.fact("barn.ventes")])
        #expect(fact.type == .truth && fact.question == "Venter familien barn?" && !fact.isJudgement)
        let under18 = try #require(index.details[.rule("under_18")])
        #expect(under18.type == .truth)
        #expect(under18.hjemmel == ["pbrl § 2-5 c"])
        #expect(under18.text == "Familier som venter barn ...")
        #expect(index.details[.rule("rett")]?.hjemmel == ["pbrl § 2-5 c"])
        #expect(index.details[.lovtekst("pbrl_2_5_c")]?.title == "Pasient- og brukerrettighetsloven § 2-5 c")
    }

    @Test func aFileWithErrorsStillHasItsIndex() {
        let broken = Self.source.replacingOccurrences(of: "når under_18 og lov = hol", with: "når under_18 og lov = hoI og ukjent_navn")
        let compilation = compile(broken)
        #expect(compilation.program == nil)
        #expect(compilation.diagnostics.map(\.code) == [.unknownName, .unknownName])
        #expect(compilation.index.occurrence(at: offset(of: "under_18 og", in: broken), in: "t.regel")?.symbol == .rule("under_18"))
        #expect(compilation.index.occurrence(at: offset(of: "ukjent_navn", in: broken), in: "t.regel") == nil)
    }

    @Test func anImportReadsUnsavedTextBeforeTheDisk() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-ulagret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let main = "importer \"felles.regel\"\nregel r\n  hjemmel x § 1\n  når a\n"
        let file = SourceFile(name: folder.appendingPathComponent("hoved.regel").path, text: main)
        let shared = folder.appendingPathComponent("felles.regel").path
        // Not on disk yet: found only as unsaved text.
        #expect(RegelCompiler.compile(files: [file], root: folder.path).diagnostics.map(\.code) == [.importNotFound, .unknownName])
        let unsaved = RegelCompiler.compile(files: [file], root: folder.path, unsaved: [shared: "faktum a: ja/nei\n"])
        #expect(unsaved.diagnostics.isEmpty, "\(unsaved.diagnostics.map(summary))")
        // On disk with an error, but the unsaved text wins.
        try Data("faktum a: tull\n".utf8).write(to: URL(fileURLWithPath: shared))
        #expect(RegelCompiler.compile(files: [file], root: folder.path).diagnostics.map(\.code) == [.unknownType])
        #expect(RegelCompiler.compile(files: [file], root: folder.path, unsaved: [shared: "faktum a: ja/nei\n"]).program != nil)
    }

    @Test func recordFieldsAreDeclaredAndUsedThroughFactsVariablesMembersAndLiterals() throws {
        let text = """
        type Tjeneste:
          lov: tekst
          kommunal: ja/nei
        faktum tjenester: liste av Tjeneste
        faktum hoved: Tjeneste
        regel r
          hjemmel x § 1
          når hoved.kommunal og noen t i tjenester der t.kommunal
        regel s: Tjeneste
          hjemmel x § 1
          verdi { lov: "hol", kommunal: ja }
        regel u
          hjemmel x § 1
          når s.kommunal
        """
        let compilation = compile(text)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(summary))")
        let field = SemanticIndex.Symbol.field(type: "Tjeneste", name: "kommunal")
        let references = compilation.index.references(to: field)
        #expect(references.map(\.range.start) == [offset(of: "kommunal: ja/nei", in: text), offset(of: "kommunal og", in: text),
                                                  offset(of: "kommunal\n", in: text), offset(of: "kommunal: ja }", in: text),
                                                  offset(of: "s.kommunal", shift: 2, in: text)])
        #expect(compilation.index.details[field]?.type == .truth)
        #expect(compilation.index.occurrence(at: offset(of: "t.kommunal", shift: 3, in: text), in: "t.regel")?.symbol == field)
    }
}
