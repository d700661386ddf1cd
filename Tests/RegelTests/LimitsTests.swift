import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Hostile input gets a diagnostic, never a crash or a hang.
@Suite struct LimitsTests {
    func codes(_ source: String) -> [String] { diagnostics(of: source).map(\.code.code) }

    @Test func hundredThousandNestedParentheses() {
        let source = "regel r\n  hjemmel x § 1\n  når " + String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000) + "\n"
        #expect(codes(source) == ["R0212"])
        let unclosed = "regel r\n  hjemmel x § 1\n  når " + String(repeating: "[", count: 100_000) + "\n"
        #expect(codes(unclosed) == ["R0212"])
    }

    @Test func longChainsOfPrefixOperators() {
        #expect(codes("regel r\n  når " + String(repeating: "ikke ", count: 100_000) + "a\n") == ["R0212"])
        #expect(codes("regel r: tall\n  verdi " + String(repeating: "-", count: 100_000) + "1\n") == ["R0212"])
        #expect(codes("faktum f: " + String(repeating: "liste av ", count: 10_000) + "tall\n") == ["R0212"])
    }

    @Test func hundredThousandOperandChainParsesFlat() throws {
        let source = "regel r\n  hjemmel x § 1\n  når a" + String(repeating: " og a", count: 99_999) + "\n"
        let tree = parse(source)
        #expect(tree.diagnostics.isEmpty)
        guard case .rule(let rule) = tree.declarations.first, case .condition(let condition) = rule.body,
              case .logical(.and, let operands) = condition.kind else {
            Issue.record("expected one flat og-node")
            return
        }
        #expect(operands.count == 100_000)
        // And it checks and evaluates without deep recursion too.
        let program = try #require(compileProgram("faktum a: ja/nei\n" + source))
        #expect(try program.valueText("r", "2024-01-01", ["a": "ja"]) == "ja")
    }

    @Test func twoMegabytesOfRandomBytes() {
        var generator = SplitMix(seed: 42)
        let bytes = (0..<2_000_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let found = Parser.parse(SourceFile(name: "tilfeldig.regel", bytes: bytes)).diagnostics
        #expect(found.hasErrors)
        #expect(found.count <= Parser.maxErrors + 1)
        #expect(found.allSatisfy { $0.file != nil && $0.range.end <= bytes.count })
    }

    @Test func oneMegabyteIdentifier() {
        let name = String(repeating: "æ", count: 1_000_000)
        let found = diagnostics(of: "faktum \(name): ja/nei\n")
        #expect(found.map(\.code.code) == ["R0111"])
        #expect(found.first?.message == "navnet er 1000000 tegn langt; et navn kan ha høyst 128 tegn")
    }

    @Test func fileLargerThanTheLimit() {
        let bytes = [UInt8](repeating: UInt8(ascii: "#"), count: Parser.maxFileSize + 1)
        let found = Parser.parse(SourceFile(name: "stor.regel", bytes: bytes)).diagnostics
        #expect(found.map(summary) == ["R0001 1:1 filen er 8388609 byte; en regelfil kan være høyst 8388608 byte — del den opp i flere filer"])
    }

    @Test func fiveThousandBrokenRulesGiveFiveThousandDiagnostics() {
        let source = String(repeating: "regel r\n  når a og\n\n", count: 5_000)
        let found = diagnostics(of: source)
        #expect(found.count == 5_000)
        #expect(Set(found.map(\.code)) == [.expectedExpression])
    }

    @Test func errorsAreCappedPerFile() {
        let source = String(repeating: "?\n", count: Parser.maxErrors + 500)
        let found = diagnostics(of: source)
        #expect(found.count == Parser.maxErrors + 1)
        #expect(found.last?.code == .tooManyErrors)
    }
}

