import Testing
import Regel

/// Missing facts: only those that can still change the answer, in the order the rule asks.
@Suite struct MissingFactsTests {
    static let source = """
    faktum barn.ventes: ja/nei
      spørsmål "Venter familien barn?"
    faktum barn.fødselsdato: dato
      spørsmål "Når er barnet født?"
    faktum barn.alvorlig_sykdom: ja/nei
    faktum barn.skade: ja/nei
    vurdering behov.langvarig: ja/nei
      spørsmål "Vil familien ha behov for langvarige tjenester?"
      veiledning "Fremtidsrettet vurdering."
    faktum ønsker: ja/nei
    regel under_18
      hjemmel pbrl § 2-5 c
      når barn.ventes eller alder(barn.fødselsdato) < 18 år
    regel rett
      hjemmel pbrl § 2-5 c
      når alle:
        - under_18
        - barn.alvorlig_sykdom eller barn.skade
        - behov.langvarig
        - ønsker
    """

    @Test func allOpenFactsInOrderWithQuestions() throws {
        let program = try #require(compileProgram(Self.source))
        let outcome = try program.evaluate("rett", in: try program.makeCase("2024-01-01", [:]))
        #expect(outcome.value == .unknown)
        #expect(outcome.missing.map(\.name) == [
            "barn.ventes", "barn.fødselsdato", "barn.alvorlig_sykdom", "barn.skade", "behov.langvarig", "ønsker",
        ])
        #expect(outcome.missing[0].question == "Venter familien barn?")
        #expect(outcome.missing[4].isJudgement)
        #expect(outcome.missing[4].guidance == "Fremtidsrettet vurdering.")
    }

    @Test func decidedBranchesAreNotAskedFor() throws {
        let program = try #require(compileProgram(Self.source))
        let outcome = try program.evaluate("rett", in: try program.makeCase("2024-01-01", ["barn.ventes": "ja", "barn.skade": "ja"]))
        #expect(outcome.missing.map(\.name) == ["behov.langvarig", "ønsker"])
    }

    @Test func aDecidedResultHasNothingMissing() throws {
        let program = try #require(compileProgram(Self.source))
        let outcome = try program.evaluate("rett", in: try program.makeCase("2024-01-01", ["ønsker": "nei"]))
        #expect(outcome.value == .truth(false))
        #expect(outcome.missing.isEmpty)
    }
}
