import Testing
@testable import RegelSyntax

/// Every string of a declaration has its place in the file, as an editor needs to point at it.
@Suite struct SyntaxRangeTests {
    @Test func questionsGuidanceTitlesAndTextsHaveTheirRanges() throws {
        let source = """
        lovtekst l "Tittelen"
          \"\"\"
          Teksten.
          \"\"\"
        vurdering v: ja/nei
          spørsmål "Er det slik?"
          veiledning "Se loven."
        """
        let file = SourceFile(name: "t.regel", text: source)
        let tree = Parser.parse(file)
        #expect(tree.diagnostics.isEmpty)
        guard case .lovtekst(let lovtekst)? = tree.declarations.first, case .fact(let fact)? = tree.declarations.last else {
            Issue.record("declarations: \(tree.declarations)")
            return
        }
        #expect(lovtekst.titleRange.map(file.text) == "\"Tittelen\"")
        #expect(lovtekst.textRange.map(file.text) == "\"\"\"\n  Teksten.\n  \"\"\"")
        #expect(fact.questionRange.map(file.text) == "\"Er det slik?\"")
        #expect(fact.guidanceRange.map(file.text) == "\"Se loven.\"")
        #expect(fact.question == "Er det slik?" && fact.guidance == "Se loven.")
    }
}
