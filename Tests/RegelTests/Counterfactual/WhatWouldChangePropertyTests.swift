import Foundation
import Testing
@testable import Regel

/// «Hva skal til» against brute force: on small generated rule sets and cases, every assignment of
/// the candidate values to the inputs is evaluated, and the smallest number of changes that gives
/// the target and the sets of inputs changed at that size must be exactly what the search returns.
@Suite struct WhatWouldChangePropertyTests {
    static let declarations = """
    faktum a: ja/nei
    vurdering b: ja/nei
    faktum c: ja/nei
    faktum n: tall
    faktum e: en av x, y, z
    faktum d: dato

    """

    /// A random condition over the facts, at most `depth` levels deep.
    static func condition(_ random: inout SplitMix, depth: Int, usesHelper: Bool) -> String {
        let atoms = ["a", "b", "c", "n < \(random.below(6) + 2)", "n ≥ \(random.below(6) + 2)", "e = y", "e = z",
                     "alder(d) < 18 år"] + (usesHelper ? ["hjelp"] : [])
        guard depth > 0, random.below(3) > 0 else { return random.pick(atoms) }
        let left = condition(&random, depth: depth - 1, usesHelper: usesHelper)
        switch random.below(3) {
        case 0: return "ikke (\(left))"
        case 1: return "(\(left)) og (\(condition(&random, depth: depth - 1, usesHelper: usesHelper)))"
        default: return "(\(left)) eller (\(condition(&random, depth: depth - 1, usesHelper: usesHelper)))"
        }
    }

    static func ruleSet(_ random: inout SplitMix) -> String {
        declarations + """
        regel hjelp
          hjemmel x § 1
          når \(condition(&random, depth: 2, usesHelper: false))
        regel mål
          hjemmel x § 2
          når \(condition(&random, depth: 3, usesHelper: true))
        """
    }

    /// Each fact missing one time in three, otherwise a random value.
    static func randomCase(_ random: inout SplitMix, program: CompiledRuleSet) throws -> Case {
        var givenCase = program.makeCase(vurderingsdato: date("2024-06-01"))
        let values: [(String, [String])] = [
            ("a", ["ja", "nei"]), ("b", ["ja", "nei"]), ("c", ["ja", "nei"]), ("n", ["0", "3", "5", "9"]),
            ("e", ["x", "y", "z"]), ("d", ["2000-01-01", "2006-06-01", "2006-06-02", "2015-05-05"]),
        ]
        for (name, choices) in values where random.below(3) > 0 {
            try givenCase.set(name, try program.parseValue(random.pick(choices), forFact: name).get())
        }
        return givenCase
    }

    /// The smallest number of changed inputs that gives `target`, and the sets of inputs (by slot)
    /// changed at that size, over every assignment of current and candidate values.
    static func bruteForce(program: CompiledRuleSet, rule: Int, givenCase: Case, inputs: [CandidateValues.Input],
                           target: Value) -> (size: Int, sets: Set<[Int]>)? {
        var best: (size: Int, sets: Set<[Int]>)?
        var digits = Array(repeating: 0, count: inputs.count)   // 0 is the current value, k the k-th candidate
        var trial = givenCase
        while true {
            var changed: [Int] = []
            for (index, input) in inputs.enumerated() {
                trial[input.slot] = digits[index] == 0 ? givenCase[input.slot] : input.values[digits[index] - 1]
                if digits[index] > 0 { changed.append(input.slot) }
            }
            if program.value(ofRule: rule, in: trial) == target {
                if best == nil || changed.count < best!.size { best = (changed.count, [changed]) } else if changed.count == best!.size {
                    best!.sets.insert(changed)
                }
            }
            var index = inputs.count - 1
            while index >= 0 {
                digits[index] += 1
                if digits[index] <= inputs[index].values.count { break }
                digits[index] = 0
                index -= 1
            }
            if index < 0 { return best }
        }
    }

    @Test(arguments: 0..<6)
    func theSearchFindsExactlyTheMinimalAlternatives(batch: Int) throws {
        var random = SplitMix(seed: UInt64(4242 + batch))
        var compared = 0, withAlternatives = 0
        for _ in 0..<40 {
            let source = Self.ruleSet(&random)
            let program = try #require(RegelCompiler.compile(source: source).program, "\(source)")
            let rule = try #require(program.ruleNumber("mål"))
            let givenCase = try Self.randomCase(&random, program: program)
            let target = random.below(2) == 0
            let fixedNames = random.below(3) == 0 ? [random.pick(["a", "b", "n", "d"])] : []
            var options = WhatWouldChange.Options(target: target, fixed: Set(fixedNames))
            options.maxChanges = 6
            options.maxAlternatives = 10_000
            options.timeLimit = .seconds(60)
            let result = try program.whatWouldChange("mål", in: givenCase, options: options)
            let inputs = CandidateValues(program: program, rule: rule, givenCase: givenCase,
                                         fixed: Set(fixedNames.compactMap(program.factSlot))).inputs
            let expected = Self.bruteForce(program: program, rule: rule, givenCase: givenCase, inputs: inputs, target: .truth(target))
            #expect(!result.isCutOff)
            for name in fixedNames {
                #expect(result.alternatives.allSatisfy { !$0.changes.map(\.fact).contains(name) }, "fixed \(name) changed")
            }
            for alternative in result.alternatives {
                #expect(alternative.outcome.value == .truth(target), "\(source)")
                #expect(alternative.changes.allSatisfy { $0.from != $0.to })
            }
            if result.alreadyThere {
                #expect(expected?.size == 0)
            } else {
                let found = Set(result.alternatives.map { $0.changes.compactMap { program.factSlot($0.fact) } })
                #expect(result.alternatives.first?.changes.count == expected?.size, "\(source)")
                #expect(found == (expected?.sets ?? []), "\(source)\n\(givenCase.givenFacts)")
                if !found.isEmpty { withAlternatives += 1 }
            }
            compared += 1
        }
        #expect(compared == 40)
        #expect(withAlternatives > 10)
    }
}
