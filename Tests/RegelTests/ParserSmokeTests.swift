import Testing
@testable import Regel
@testable import RegelSyntax

@Suite struct ParserSmokeTests {
    @Test func designExampleParsesClean() {
        let tree = parse("""
        regel rett
          hjemmel pbrl § 2-5 c, hol § 7-2 a første ledd
          gjelder fra 2022-08-01
          når alle:
            - barn.ventes eller alder(barn.fødselsdato) < 18 år
            - minst ett av:
                - barn.alvorlig_sykdom
                - barn.skade
        """)
        #expect(tree.diagnostics.isEmpty)
        #expect(tree.declarations.count == 1)
    }

    @Test func unknownDeclarationSuggestsKeyword() {
        let found = diagnostics(of: "regl y\n  når x\n")
        #expect(found.map(summary) == [
            "R0201 1:1 forventet en deklarasjon (regel, faktum, vurdering, type, lovtekst, unntak, test eller importer), men fant «regl»",
        ])
        #expect(found.first?.fix?.replacement == "regel")
    }

    @Test func hyphenatedLawNamesInCitations() throws {
        let tree = parse("regel r\n  hjemmel nav-loven § 15 a første ledd, pbrl § 2-5 c\n  når ja\n")
        #expect(tree.diagnostics.isEmpty)
        guard case .rule(let rule)? = tree.declarations.first else { Issue.record("no rule"); return }
        let laws = rule.hjemmel.compactMap { reference -> String? in
            if case .citation(let citation) = reference { return citation.law.text }
            return nil
        }
        #expect(laws == ["nav-loven", "pbrl"])
        // With spaces it is a lovtekst name followed by stray tokens.
        #expect(diagnostics(of: "regel r\n  hjemmel nav - loven § 15 a\n  når ja\n").map(\.code.code) == ["R0214"])
    }
}
