import Foundation
import Testing
@testable import Regel

/// `DecisionDiffRunner` against evaluating every case under both rule sets directly: on generated
/// pairs of small rule sets (the second one the first with one rule rewritten, or the same), the
/// changed cases per rule and per transition must be exactly those whose answers differ, whatever
/// rules the runner leaves out as unreachable.
@Suite struct DecisionDiffPropertyTests {
    @Test(arguments: 0..<4)
    func theReportCountsExactlyTheAnswersThatDiffer(batch: Int) throws {
        var random = SplitMix(seed: UInt64(777 + batch))
        var changedSomewhere = 0
        for _ in 0..<25 {
            let old = WhatWouldChangePropertyTests.ruleSet(&random)
            // Keep the declarations and one of the two rules; rewrite the other (or nothing).
            let keepHelper = random.below(2) == 0
            var new = WhatWouldChangePropertyTests.ruleSet(&random)
            if random.below(4) == 0 { new = old } else if keepHelper {
                new = old.components(separatedBy: "regel mål")[0] + "regel mål" + new.components(separatedBy: "regel mål")[1]
            } else {
                new = new.components(separatedBy: "regel mål")[0] + "regel mål" + old.components(separatedBy: "regel mål")[1]
            }
            let oldProgram = try #require(RegelCompiler.compile(source: old).program, "\(old)")
            let newProgram = try #require(RegelCompiler.compile(source: new).program, "\(new)")
            var cases: [Case] = []
            for _ in 0..<30 { cases.append(try WhatWouldChangePropertyTests.randomCase(&random, program: oldProgram)) }
            let lines = cases.map { CaseJSON.encode($0).replacingOccurrences(of: "\n", with: "") }

            var options = BatchOptions()
            options.jobs = 2
            options.chunkSize = 7
            let report = try DecisionDiffRunner(old: oldProgram, new: newProgram, options: options).run(lines: lines)
            #expect(report.cases == 30 && report.readUnderOneOnly == 0 && report.readUnderNeither == 0)
            var expectedChangedCases = 0
            var expected: [String: [String: Int]] = [:]
            for line in lines {
                let before = try CaseJSON.decode(line, program: oldProgram, defaultDate: date("2024-06-01")).get()
                let after = try CaseJSON.decode(line, program: newProgram, defaultDate: date("2024-06-01")).get()
                var changed = false
                for rule in ["hjelp", "mål"] {
                    let a = try oldProgram.value(of: rule, in: before).displayText, b = try newProgram.value(of: rule, in: after).displayText
                    if a != b {
                        expected[rule, default: [:]]["\(a)→\(b)", default: 0] += 1
                        changed = true
                    }
                }
                if changed { expectedChangedCases += 1 }
            }
            #expect(report.changedCases == expectedChangedCases, "\(old)\n---\n\(new)")
            for rule in report.rules {
                let found = Dictionary(rule.transitions.map { ("\($0.from)→\($0.to)", $0.count) }, uniquingKeysWith: +)
                #expect(found == (expected[rule.rule] ?? [:]), "\(rule.rule)\n\(old)\n---\n\(new)")
            }
            if expectedChangedCases > 0 { changedSomewhere += 1 }
        }
        #expect(changedSomewhere > 5)
    }
}
