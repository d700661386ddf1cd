import Testing
@testable import Regel
@testable import RegelSyntax

/// `mangler` lists exactly the missing facts that can change the result: checked against a brute
/// force over every state of knowledge on small generated rule sets of ja/nei and enumeration facts.
@Suite struct MissingFactsExactnessTests {
    static let factNames = ["a", "b", "c", "d"]

    @Test func onlyFactsThatCanChangeTheResultAreListed() throws {
        let program = try #require(compileProgram("""
        faktum a: ja/nei
        faktum b: ja/nei
        faktum c: ja/nei
        faktum d: ja/nei
        regel r
          hjemmel x § 1
          når a og (b eller a)
        regel s
          hjemmel x § 1
          når (a og b) eller (c og d)
        regel t
          hjemmel x § 1
          når a eller ikke a
        """))
        let empty = try program.makeCase("2024-01-01", [:])
        #expect(try program.evaluate("r", in: empty).missing.map(\.name) == ["a"])
        #expect(try program.evaluate("s", in: empty).missing.map(\.name) == ["a", "b", "c", "d"])
        #expect(try program.evaluate("t", in: empty).missing.map(\.name) == ["a"])
        #expect(try program.evaluate("s", in: try program.makeCase("2024-01-01", ["a": "nei"])).missing.map(\.name) == ["c", "d"])
    }

    @Test(arguments: 0..<30) func agreesWithBruteForce(seed: Int) throws {
        var random = SplitMix(seed: UInt64(seed) &* 7919 &+ 17)
        let source = Self.generate(&random)
        let program = try #require(compileProgram(source), "\(source)")
        for _ in 0..<6 {
            var given: [String: String] = [:]
            for name in Self.factNames where random.below(3) == 0 { given[name] = random.pick(["ja", "nei"]) }
            if random.below(2) == 0 { given["farge"] = random.pick(["rød", "grønn", "blå"]) }
            for rule in ["r0", "r1", "r2"] {
                let givenCase = try program.makeCase("2024-01-01", given)
                let listed = Set(try program.evaluate(rule, in: givenCase).missing.map(\.name))
                let expected = try Self.bruteForce(program, rule, given)
                #expect(listed == expected, "\(rule) given \(given) in\n\(source)")
            }
        }
    }

    /// The definition, by enumeration: a missing fact counts when, in some state of knowledge about the
    /// other missing facts (each missing or given any value), giving it a value changes the result.
    static func bruteForce(_ program: CompiledRuleSet, _ rule: String, _ given: [String: String]) throws -> Set<String> {
        let domains: [String: [String]] = Dictionary(uniqueKeysWithValues: factNames.map { ($0, ["ja", "nei"]) } + [("farge", ["rød", "grønn", "blå"])])
        let missing = domains.keys.filter { given[$0] == nil }.sorted()
        func value(_ facts: [String: String]) throws -> Value {
            try program.value(of: rule, in: try program.makeCase("2024-01-01", facts))
        }
        var relevant = Set<String>()
        for fact in missing {
            let others = missing.filter { $0 != fact }
            var states: [[String: String]] = [given]
            for other in others {
                states = states.flatMap { state in [state] + (domains[other] ?? []).map { state.merging([other: $0]) { $1 } } }
            }
            search: for state in states {
                let without = try value(state)
                for candidate in domains[fact] ?? [] where try value(state.merging([fact: candidate]) { $1 }) != without {
                    relevant.insert(fact)
                    break search
                }
            }
        }
        return relevant
    }

    static func generate(_ random: inout SplitMix) -> String {
        var lines = ["type Farge: en av rød, grønn, blå", "faktum farge: Farge"] + factNames.map { "faktum \($0): ja/nei" }
        for index in 0..<3 {
            let earlier = (0..<index).map { "r\($0)" }
            lines += ["regel r\(index)", "  hjemmel x § 1", "  når \(expression(&random, depth: 0, rules: earlier))"]
        }
        return lines.joined(separator: "\n")
    }

    static func expression(_ random: inout SplitMix, depth: Int, rules: [String]) -> String {
        let leaves = factNames + rules + ["farge = rød", "farge ≠ blå"]
        guard depth < 3, random.below(3) != 0 else { return random.pick(leaves) }
        switch random.below(3) {
        case 0: return "ikke (\(expression(&random, depth: depth + 1, rules: rules)))"
        case 1: return "(\(expression(&random, depth: depth + 1, rules: rules)) og \(expression(&random, depth: depth + 1, rules: rules)))"
        default: return "(\(expression(&random, depth: depth + 1, rules: rules)) eller \(expression(&random, depth: depth + 1, rules: rules)))"
        }
    }
}
