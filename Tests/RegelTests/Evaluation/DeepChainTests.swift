import Testing
@testable import Regel
@testable import RegelSyntax

/// A chain of rules that each nest deeply: the evaluator's guard counts expression depth summed
/// along the chain, so it evaluates the chain bottom-up before the stack can overflow.
@Suite struct DeepChainTests {
    /// `rN når ikke ikke … r(N-1)`: 32 rules of 190 `ikke` each crashed a debug build.
    static func chain(rules: Int, nots: Int) -> String {
        var lines = ["faktum x: ja/nei"]
        for number in 0..<rules {
            let used = number == 0 ? "x" : "r\(number - 1)"
            lines.append("regel r\(number)\n  hjemmel x § 1\n  når " + String(repeating: "ikke ", count: nots) + used)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func deepNestingAcrossAChainOfRulesEvaluates() throws {
        let program = try #require(compileProgram(Self.chain(rules: 32, nots: 190)))
        #expect(program.evaluationDepth[31] >= 32 * 190)
        var known = program.makeCase(vurderingsdato: date("2024-01-01"))
        try known.set("x", .truth(true))
        #expect(try program.value(of: "r31", in: known) == .truth(true))
        let explained = try program.evaluate("r31", in: known)
        #expect(explained.value == .truth(true))
        #expect(explained.explanation != nil)

        let open = try program.evaluate("r31", in: program.makeCase(vurderingsdato: date("2024-01-01")))
        #expect(open.value.displayText == "ukjent")
        #expect(open.missing.map(\.name) == ["x"])
        #expect(program.evaluateAll(in: known).map(\.value.displayText) == Array(repeating: "ja", count: 32))
    }

    @Test func deepExpressionTypedInASessionEvaluates() throws {
        let program = try #require(compileProgram(Self.chain(rules: 32, nots: 190)))
        var known = program.makeCase(vurderingsdato: date("2024-01-01"))
        try known.set("x", .truth(false))
        let outcome = try program.evaluateExpression(String(repeating: "ikke ", count: 101) + "r31", in: known).get()
        #expect(outcome.value == .truth(true))
    }

    @Test func shallowProgramsKeepNoRuleCache() throws {
        let program = try #require(compileProgram(Self.chain(rules: 3, nots: 2)))
        #expect(program.evaluationDepth == [1 + 2 + EvaluationDepth.perRule, 6 + 2 * EvaluationDepth.perRule,
                                            9 + 3 * EvaluationDepth.perRule])
        #expect(!program.cachesRules)
        let facts = program.makeCase(vurderingsdato: date("2024-01-01")).values
        let (cached, value) = Evaluator.with(program: program, facts: facts, date: date("2024-01-01"), tracer: NoTrace()) { evaluator in
            // Preparing a chain in a program that keeps no cache must not index the empty cache.
            evaluator.prepareDeepChain(2)
            return (evaluator.cache?.value(1), evaluator.evaluateRule(2))
        }
        #expect(cached == .unknown)
        #expect(value.displayText == "ukjent")
    }
}
