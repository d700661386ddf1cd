import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Evaluating every rule at once shares one evaluation, and gives exactly what evaluating each rule alone gives.
@Suite struct EvaluateAllTests {
    static func describe(_ outcome: Outcome) -> String {
        let explanation = outcome.explanation.map { ExplanationText.render($0, wording: false) } ?? "-"
        return "\(outcome.rule) = \(outcome.value.displayText) mangler \(outcome.missing.map(\.name))\n\(explanation)"
    }

    @Test(arguments: ["barnekoordinator", "samarbeid_voksen_nav", "samordning_uenige_tjenester", "samtykke_16_helse", "samarbeid_tre_tjenester"])
    func ruleLibraryAgreesRuleByRule(example: String) throws {
        let program = try #require(RegelCompiler.compile(folder: Repository.root.appendingPathComponent("rules").path).program)
        let text = try Repository.read("rules/eksempler/\(example).json")
        let givenCase = try CaseJSON.decode(text, program: program, defaultDate: date("2024-03-01")).get()
        let together = program.evaluateAll(in: givenCase)
        // Rules with parameters have no value of their own and are left out.
        #expect(together.map(\.rule) == program.rules.filter(\.parameters.isEmpty).map(\.name))
        #expect(program.rules.contains { !$0.parameters.isEmpty }, "the library has rules with parameters")
        for outcome in together {
            #expect(Self.describe(outcome) == Self.describe(try program.evaluate(outcome.rule, in: givenCase)))
        }
    }

    @Test func longChainsStayLinear() throws {
        var source = "faktum f: ja/nei\nregel r0\n  hjemmel x § 1\n  når f\n"
        for index in 1..<3_000 { source += "regel r\(index)\n  hjemmel x § 1\n  når r\(index - 1) og f\n" }
        let program = try #require(compileProgram(source))
        var givenCase = program.makeCase(vurderingsdato: date("2024-01-01"))
        try givenCase.set("f", .truth(true))
        let outcomes = program.evaluateAll(in: givenCase)
        #expect(outcomes.allSatisfy { $0.value == .truth(true) })
        // Each rule recorded once, plus one reference per use: linear, not quadratic.
        let entries = try #require(outcomes.last?.trace?.tape.entries.count)
        #expect(entries < 12 * 3_000, "\(entries) entries")
        #expect(outcomes[2_999].explanation?.children.first?.children.count == 2)
    }
}
