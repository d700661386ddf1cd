import Testing
@testable import Regel
@testable import RegelSyntax

/// The per-thread rule cache: every evaluation starts empty, grows to the program, and nesting gets its own.
@Suite struct RuleCacheTests {
    func program(rules: Int) throws -> CompiledRuleSet {
        var source = "faktum f: ja/nei\n"
        for index in 0..<rules { source += "regel r\(index)\n  hjemmel x § 1\n  når f\n" }
        return try #require(compileProgram(source))
    }

    @Test func everyEvaluationStartsEmpty() throws {
        let small = try program(rules: 3)
        let firstReference = RuleCache.take(for: small)
        let first = firstReference.takeUnretainedValue()
        first.store(.truth(true), for: 2)
        #expect(first.value(2) == .truth(true))
        RuleCache.give(firstReference)
        let secondReference = RuleCache.take(for: small)
        let second = secondReference.takeUnretainedValue()
        #expect(second === first)
        #expect(second.value(2) == nil)
        RuleCache.give(secondReference)
    }

    @Test func growsForALargerProgramAndNestsSafely() throws {
        let large = try program(rules: 5_000)
        let outerReference = RuleCache.take(for: large)
        let outer = outerReference.takeUnretainedValue()
        outer.store(.truth(false), for: 4_999)
        let innerReference = RuleCache.take(for: large)
        let inner = innerReference.takeUnretainedValue()
        #expect(inner !== outer)
        #expect(inner.value(4_999) == nil)
        inner.store(.truth(true), for: 4_999)
        RuleCache.give(innerReference)
        #expect(outer.value(4_999) == .truth(false))
        RuleCache.give(outerReference)
    }
}
