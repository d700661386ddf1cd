import Foundation
import Testing
@testable import Regel

/// The decisions part of `regel diff`: every case under both rule sets, the changed answers counted
/// per rule and transition, grouped by the first vilkår whose outcome differs.
@Suite struct DecisionDiffTests {
    static func report(jobs: Int = 1, chunkSize: Int = 4096, cases: String = DiffFixtures.cases) throws -> DecisionDiffReport {
        let old = try #require(DiffFixtures.compile(DiffFixtures.old, name: "gammel.regel").program)
        let new = try #require(DiffFixtures.compile(DiffFixtures.new, name: "ny.regel").program)
        var options = BatchOptions()
        options.jobs = jobs
        options.chunkSize = chunkSize
        let runner = try DecisionDiffRunner(old: old, new: new, options: options)
        return runner.run(lines: cases.split(separator: "\n").map(String.init))
    }

    static func summary(_ report: DecisionDiffReport) -> [String] {
        report.rules.flatMap { rule in
            rule.groups.map { group in
                "\(rule.rule) \(group.from)→\(group.to) \(group.count) «\(group.condition)» \(group.location) "
                    + group.examples.map { $0.reference.id ?? "-" }.joined(separator: ",")
            }
        }
    }

    @Test func theKnownChangedCasesAreCountedAndGrouped() throws {
        let report = try Self.report()
        #expect(report.cases == 8)
        #expect(report.changedCases == 4)
        #expect(report.decisionsChanged)
        #expect(report.rulesCompared == ["rett", "under_tolv"])
        #expect(Self.summary(report) == [
            "rett ja→nei 2 «alder < 16» ny.regel:9 a,b",
            "rett ukjent→nei 1 «alder < 16» ny.regel:9 d",
            "rett nei→ukjent 1 «syk eller behov eller annet» ny.regel:10 h",
        ])
        let rett = report.rules[0]
        #expect(rett.changed == 4)
        #expect(rett.transitions.map { "\($0.from)→\($0.to) \($0.count)" } == ["ja→nei 2", "ukjent→nei 1", "nei→ukjent 1"])
        #expect(report.rules[1].changed == 0)
    }

    @Test func bothExplanationsAreKeptForTheExamples() throws {
        let report = try Self.report()
        let example = try #require(report.rules[0].groups.first?.examples.first)
        #expect(example.reference == .init(id: "a", line: 1))
        #expect(example.old?.value == .truth(true) && example.new?.value == .truth(false))
        #expect(example.old?.children.first?.text == "alder < 18")
        #expect(example.new?.children.first?.text == "alder < 16")
    }

    @Test func casesWhoseMissingFactsChangedAreReported() throws {
        let report = try Self.report()
        #expect(report.missingChangedCases == 1)
        #expect(report.rules[0].missingChanged == 1)
        #expect(report.rules[0].missingExamples == [.init(reference: .init(id: "g", line: 7), added: ["annet"], removed: [])])
    }

    @Test func manyThreadsAndSmallChunksGiveTheSameReport() throws {
        let many = (0..<300).map { index in
            DiffFixtures.cases.split(separator: "\n")[index % 8].replacingOccurrences(of: "\"id\": \"", with: "\"id\": \"\(index)-")
        }.joined(separator: "\n")
        let one = try Self.report(jobs: 1, cases: many), four = try Self.report(jobs: 4, chunkSize: 7, cases: many)
        #expect(one.changedCases == 151 && four.changedCases == 151)  // 37 × (a, b, d, h), then a, b, d
        #expect(Self.summary(one) == Self.summary(four))
        #expect(four.rules[0].groups.first?.examples.map { $0.reference.id } == ["0-a", "1-b", "8-a"])
    }

    @Test func unreadableCasesAreCountedBySide() throws {
        let cases = """
        {"id": "ny", "fakta": {"annet": true}}
        {"id": "ingen", "fakta": {"finnes_ikke": true}}
        ikke json
        """
        let report = try Self.report(cases: cases)
        #expect(report.readUnderOneOnly == 1 && report.readUnderNeither == 2)
        #expect(report.changedCases == 1)
        #expect(report.failures.first?.reference == .init(id: "ny", line: 1))
        #expect(report.failures.first?.old?.hasPrefix("feil[R0602]") == true)
        #expect(report.failures.first?.new == nil)
    }

    @Test func noChangeWhenTheRuleSetsAgree() throws {
        let program = try #require(DiffFixtures.compile(DiffFixtures.old, name: "r.regel").program)
        let runner = try DecisionDiffRunner(old: program, new: program, options: BatchOptions())
        let report = runner.run(lines: DiffFixtures.cases.split(separator: "\n").map(String.init))
        #expect(report.cases == 8 && report.changedCases == 0 && report.missingChangedCases == 0 && !report.decisionsChanged)
    }

    @Test func aRuleMissingFromOneSideCannotBeAskedFor() throws {
        let old = try #require(DiffFixtures.compile(DiffFixtures.old, name: "gammel.regel").program)
        let new = try #require(DiffFixtures.compile("faktum a: ja/nei\nregel annen\n  hjemmel x § 1\n  når a\n", name: "ny.regel").program)
        var options = BatchOptions()
        options.rules = ["rett"]
        #expect(throws: RegelError.self) { try DecisionDiffRunner(old: old, new: new, options: options) }
        let all = try DecisionDiffRunner(old: old, new: new, options: BatchOptions()).run(lines: [String]())
        #expect(all.rulesCompared.isEmpty && all.onlyInOld == ["rett", "under_tolv"] && all.onlyInNew == ["annen"])
    }

    @Test func diffOfTheChainFindsTheEditedLinkDeepDown() throws {
        let old = DeepChainTests.chain(rules: 3000, nots: 1)
        let new = old.replacingOccurrences(of: "regel r5\n  hjemmel x § 1\n  når ikke r4", with: "regel r5\n  hjemmel x § 1\n  når r4")
        let oldProgram = try #require(compileProgram(old)), newProgram = try #require(compileProgram(new))
        var options = BatchOptions()
        options.rules = ["r2999"]
        let report = try DecisionDiffRunner(old: oldProgram, new: newProgram, options: options).run(lines: [#"{"fakta": {"x": true}}"#])
        #expect(report.changedCases == 1)
        // r5 said «ikke r4» and now says «r4»: the vilkår that was there is the one reported.
        #expect(report.rules.first?.groups.first?.condition == "ikke r4")
    }

    @Test func anEditedVilkårIsToldFromOneThatIsOnlyHiddenByWholeNames() throws {
        let program = try #require(DiffFixtures.compile("faktum r4: ja/nei\nfaktum r45: ja/nei\nregel r\n  hjemmel x § 1\n  når r45 og ikke a.r4\nfaktum a.r4: ja/nei\n",
                                                        name: "r.regel").program)
        let texts = Divergence.RuleTexts(program)
        #expect(texts.contains("r45", in: "r"))
        #expect(texts.contains("ikke a.r4", in: "r"))
        #expect(!texts.contains("r4", in: "r"))
        #expect(!texts.contains("r45", in: "finnes_ikke"))
    }

    @Test func aTypeWithOtherValuesReachesTheRulesThatReadIt() throws {
        let old = try #require(DiffFixtures.compile("type T: en av a, b\nfaktum t: T\nfaktum x: ja/nei\nregel r\n  hjemmel x § 1\n  når t = a\nregel s\n  hjemmel x § 1\n  når x\n",
                                                    name: "r.regel").program)
        let new = try #require(DiffFixtures.compile("type T: en av a, b, c\nfaktum t: T\nfaktum x: ja/nei\nregel r\n  hjemmel x § 1\n  når t = a\nregel s\n  hjemmel x § 1\n  når x\n",
                                                    name: "r.regel").program)
        let runner = try DecisionDiffRunner(old: old, new: new, options: BatchOptions())
        #expect(runner.ruleNames == ["r", "s"] && runner.affected == [true, false])
    }
}
