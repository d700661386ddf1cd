import Foundation
import Testing
@testable import Regel

/// `rules/` against a copy where one condition is edited (the age limit of barnet_er_under_18
/// lowered from 18 to 16): one static change, and exactly the cases aged 16 and 17 change.
@Suite struct RuleLibraryDiffTests {
    static let original = "alder(barn.fødselsdato) < 18 år"
    static let edited = "alder(barn.fødselsdato) < 16 år"

    /// A copy of rules/ with the first occurrence of the age limit in barnekoordinator.regel edited.
    static func editedCopy() throws -> URL {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("regel-diff-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("rules"), to: copy)
        let file = copy.appendingPathComponent("barnekoordinator.regel")
        let text = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(text.range(of: original))
        try text.replacingCharacters(in: range, with: edited).write(to: file, atomically: true, encoding: .utf8)
        return copy
    }

    /// Children born on 1 March of 2004 to 2012, assessed on 2024-06-01 (ages 20 down to 12), with
    /// everything else the right needs given.
    static let cases: [String] = (2004...2012).map { year in
        """
        {"id": "født-\(year)", "vurderingsdato": "2024-06-01", "fakta": {"barn.ventes": false, "barn.tildelt_adoptivbarn": false, \
        "barn.fødselsdato": "\(year)-03-01", "barn.alvorlig_sykdom": true, "behov.langvarige_og_sammensatte": true, \
        "behov.helse_og_velferd": true, "foreldrene.ønsker_barnekoordinator": true}}
        """
    }

    @Test func oneEditedConditionGivesOneStaticChangeAndTheExpectedDecisions() throws {
        let copy = try Self.editedCopy()
        defer { try? FileManager.default.removeItem(at: copy) }
        let rulesPath = Repository.root.appendingPathComponent("rules").path
        let old = RegelCompiler.compile(paths: [rulesPath]), new = RegelCompiler.compile(paths: [copy.path])
        let oldProgram = try #require(old.program), newProgram = try #require(new.program)

        let diff = RuleSetDiff(old: .init(files: old.files, root: rulesPath, shownAs: "gammel/"),
                               new: .init(files: new.files, root: copy.path, shownAs: "ny/"))
        #expect(diff.changes.count == 1)
        let change = try #require(diff.changes.first)
        #expect(change.category == .rule && change.name == "barnet_er_under_18" && change.kind == .changed)
        #expect(change.aspects == [.condition])
        #expect(change.old?.file == "gammel/barnekoordinator.regel" && change.new?.file == "ny/barnekoordinator.regel")
        #expect(change.old?.line == change.new?.line)
        #expect(change.details.first?.new?.contains(Self.edited) == true)

        // Only rules that use barnet_er_under_18 can answer differently; the others are not evaluated.
        let all = try DecisionDiffRunner(old: oldProgram, new: newProgram, options: BatchOptions())
        let reached = Set(zip(all.ruleNames, all.affected).filter(\.1).map(\.0))
        #expect(reached.isSuperset(of: ["barnet_er_under_18", "rett_til_barnekoordinator"]))
        #expect(!reached.contains("barnet_er_16_eller_17") && !reached.contains("rett_til_koordinator"))
        #expect(reached.count < all.ruleNames.count / 2)

        var options = BatchOptions()
        options.rules = ["rett_til_barnekoordinator", "barnet_er_under_18"]
        options.jobs = 2
        let report = try DecisionDiffRunner(old: oldProgram, new: newProgram, options: options).run(lines: Self.cases)
        #expect(report.cases == 9 && report.changedCases == 2)
        for rule in report.rules {
            #expect(rule.changed == 2, "\(rule.rule)")
            #expect(rule.groups.count == 1)
            #expect(rule.groups.first?.from == "ja" && rule.groups.first?.to == "nei")
            #expect(rule.groups.first?.condition == Self.edited)
            #expect(rule.groups.first?.examples.map { $0.reference.id } == ["født-2007", "født-2008"])
        }
    }
}
