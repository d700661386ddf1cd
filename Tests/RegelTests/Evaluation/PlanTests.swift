import Testing
@testable import Regel
@testable import RegelSyntax

/// The plan encodes operators, built-ins and quantifiers as small numbers; the evaluator decodes them.
@Suite struct PlanTests {
    @Test func everyEncodingDecodesToItself() {
        for (index, op) in Plan.binaryOperators.enumerated() { #expect(Evaluator<NoTrace>.binaryOperator(UInt8(index)) == op) }
        #expect(Set(Plan.binaryOperators.map(\.rawValue)).count == 10)
        for (index, builtin) in Builtin.all.enumerated() { #expect(Evaluator<NoTrace>.builtin(UInt8(index)) == builtin) }
        for (index, quantifier) in Plan.quantifiers.enumerated() { #expect(Evaluator<NoTrace>.quantifier(UInt8(index)) == quantifier) }
    }

    @Test func operandsArePlannedBeforeTheStepThatUsesThem() throws {
        let program = try #require(compileProgram("""
        faktum a: tall
        regel r
          hjemmel x § 1
          når a + 1 > 2 og ikke (a = 3)
        """))
        for (index, step) in program.plan.steps.enumerated() {
            switch step.code {
            case .not, .field, .negate: #expect(Int(step.a) < index)
            case .compare, .arithmetic: #expect(Int(step.a) < index && Int(step.b) < index)
            case .and, .or: for offset in 0..<Int(step.b) { #expect(Int(program.plan.children[Int(step.a) + offset]) < index) }
            default: break
            }
        }
        #expect(program.plan.steps.count == program.plan.nodes.count)
    }
}
