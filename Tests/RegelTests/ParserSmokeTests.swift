import Testing
@testable import Regel

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
}
