import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// One compiled rule set shared by many threads at once: the same answers as from one thread.
/// scripts/tsan.sh runs these under ThreadSanitizer.
@Suite struct ConcurrencyTests {
    /// Answers collected from many threads.
    final class Answers: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ text: String) { lock.withLock { items.append(text) } }
        var all: [String] { lock.withLock { items } }
    }

    /// Every rule's value and explanation, the JSON explanation, and an expression typed as in a session.
    static func answers(_ program: CompiledRuleSet, _ caseJSON: String) -> String {
        guard case .success(let givenCase) = CaseJSON.decode(caseJSON, program: program, defaultDate: date("2024-03-01")) else {
            return "saken kunne ikke leses"
        }
        let outcomes = program.evaluateAll(in: givenCase)
        let values = program.rules.indices.map { program.value(ofRule: $0, in: givenCase).displayText }
        let typed = (try? program.evaluateExpression("ikke rett_til_barnekoordinator", in: givenCase).get()).map {
            OutcomeText.render($0, explain: true)
        } ?? "uttrykket feilet"
        return [OutcomeText.render(outcomes, explain: true), values.joined(separator: ","), typed,
                ExplanationJSON.render(outcomes, program: program, vurderingsdato: givenCase.vurderingsdato)].joined(separator: "\n")
    }

    @Test func theRuleLibraryFromManyThreadsGivesOneAnswer() throws {
        let program = try #require(RegelCompiler.compile(folder: Repository.root.appendingPathComponent("rules").path).program)
        let caseJSON = try Repository.read("rules/eksempler/barnekoordinator.json")
        let reference = Self.answers(program, caseJSON)
        let answers = Answers()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<2 { answers.add(Self.answers(program, caseJSON)) }
        }
        #expect(answers.all.count == 16)
        #expect(answers.all.allSatisfy { $0 == reference })
    }

    @Test func deepChainsFromManyThreadsGiveOneAnswer() throws {
        let program = try #require(compileProgram(DeepChainTests.chain(rules: 32, nots: 190)))
        var known = program.makeCase(vurderingsdato: date("2024-01-01"))
        try known.set("x", .truth(true))
        let givenCase = known
        let answers = Answers()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            let outcome = program.evaluate(ruleNumber: 31, in: givenCase)
            answers.add(outcome.value.displayText + " " + String(program.value(ofRule: 31, in: givenCase).displayText))
        }
        #expect(answers.all == Array(repeating: "ja ja", count: 8))
    }
}
