import Foundation
import Testing
import Regel

/// Explanations as text and JSON, checked against reviewed goldens.
@Suite struct ExplanationTests {
    static let source = """
    lovtekst pbrl_2_5_c "Pasient- og brukerrettighetsloven § 2-5 c"
      kilde pbrl § 2-5 c
      \"\"\"
      Familier som har eller venter barn med alvorlig sykdom, skade eller nedsatt
      funksjonsevne, [...] har rett til barnekoordinator.
      \"\"\"
    faktum barn.ventes: ja/nei
      spørsmål "Venter familien barn?"
    faktum barn.fødselsdato: dato
    faktum barn.skade: ja/nei
    faktum barn.alvorlig_sykdom: ja/nei
    vurdering behov.langvarig: ja/nei
      spørsmål "Vil familien ha behov for langvarige og sammensatte tjenester?"
    regel barnet_er_under_18
      hjemmel pbrl_2_5_c
      når barn.ventes eller alder(barn.fødselsdato) < 18 år
    regel rett_til_barnekoordinator
      hjemmel pbrl_2_5_c, hol § 7-2 a første ledd
      gjelder fra 2022-08-01
      når alle:
        - barnet_er_under_18
        - barn.alvorlig_sykdom eller barn.skade
        - behov.langvarig
    """

    func outcome(_ facts: [String: String]) throws -> (Outcome, CompiledRuleSet) {
        let program = try #require(compileProgram(Self.source))
        return (try program.evaluate("rett_til_barnekoordinator", in: try program.makeCase("2023-06-15", facts)), program)
    }

    @Test func noBecauseTheChildIsEighteen() throws {
        let (result, _) = try outcome(["barn.ventes": "nei", "barn.fødselsdato": "2005-06-15"])
        #expect(result.value == .truth(false))
        assertGolden(OutcomeText.render(result, explain: true) + "\n", "nei-fylt-18.txt")
    }

    @Test func jaShowsEveryVilkår() throws {
        let (result, _) = try outcome(["barn.ventes": "ja", "barn.skade": "ja", "behov.langvarig": "ja"])
        #expect(result.value == .truth(true))
        assertGolden(OutcomeText.render(result, explain: true) + "\n", "ja-alle-vilkår.txt")
    }

    @Test func unknownListsWhatIsMissing() throws {
        let (result, program) = try outcome(["barn.fødselsdato": "2010-06-15"])
        #expect(result.value == .unknown)
        assertGolden(OutcomeText.render(result, explain: true) + "\n", "ukjent-mangler.txt")
        assertGolden(ExplanationJSON.render([result], program: program, vurderingsdato: date("2023-06-15")) + "\n", "ukjent-mangler.json")
    }

    @Test func jsonCarriesSchemaFingerprintAndDate() throws {
        let (result, program) = try outcome([:])
        let json = ExplanationJSON.render([result], program: program, vurderingsdato: date("2023-06-15"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["skjema"] as? String == "regel-forklaring")
        #expect(object["versjon"] as? Int == 1)
        #expect(object["vurderingsdato"] as? String == "2023-06-15")
        #expect((object["regelsett"] as? String)?.count == 16)
        #expect(object["regelsett"] as? String == program.fingerprint)
    }

    @Test func sameInputsGiveTheSameExplanationFromManyThreads() async throws {
        let program = try #require(compileProgram(Self.source))
        let givenCase = try program.makeCase("2023-06-15", ["barn.fødselsdato": "2010-06-15", "barn.skade": "ja"])
        let reference = OutcomeText.render(try program.evaluate("rett_til_barnekoordinator", in: givenCase), explain: true)
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<64 {
                group.addTask {
                    var texts: [String] = []
                    for _ in 0..<20 {
                        let outcome = program.evaluate(ruleNumber: program.ruleNumber("rett_til_barnekoordinator") ?? -1, in: givenCase)
                        texts.append(OutcomeText.render(outcome, explain: true))
                    }
                    return Set(texts).count == 1 ? texts[0] : "ulike svar"
                }
            }
            var all: [String] = []
            for await text in group { all.append(text) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test func longChainsOfRulesDoNotExhaustTheStack() throws {
        var source = "faktum start: ja/nei\nregel r0\n  hjemmel x § 1\n  når start\n"
        for index in 1...20_000 { source += "regel r\(index)\n  hjemmel x § 1\n  når r\(index - 1)\n" }
        let program = try #require(compileProgram(source))
        #expect(try program.valueText("r20000", "2024-01-01", ["start": "ja"]) == "ja")
        let outcome = try program.evaluate("r20000", in: try program.makeCase("2024-01-01", [:]))
        #expect(outcome.missing.map(\.name) == ["start"])
        let text = try #require(outcome.explanation.map { ExplanationText.render($0) })
        #expect(text.split(separator: "\n").count == 100 * 2 + 1)
        #expect(text.hasSuffix("… forklaringen går dypere enn 100 nivåer; resten er utelatt (JSON-forklaringen viser 200 nivåer)"))
        let json = ExplanationJSON.render([outcome], program: program, vurderingsdato: date("2024-01-01"))
        #expect(json.contains("\"forkortet\" : true"))
    }
}
