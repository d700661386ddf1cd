import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Thousands of seeded random edits to real rule files: checking never crashes
/// or hangs, every diagnostic points inside the file it is about, and a mutant
/// that checks clean evaluates every rule, with explanation, for an empty case.
@Suite struct MutationTests {
    static var seeds: [String] {
        let paths = Repository.files(in: "rules", endingWith: ".regel") + Repository.files(in: "grammar/examples", endingWith: ".regel")
            + Repository.files(in: "Tests/RegelTests/Corpus", endingWith: ".regel")
        return paths.compactMap { try? Repository.read($0) } + [
            "regel r\n  hjemmel x § 1\n  når alle:\n    - a\n    - minst ett av:\n        - b\n        - c\n",
            "test \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n    a = [1, 2]\n  forvent\n    r = ukjent mangler a, b\n",
        ]
    }

    static let fragments = [
        "regel", "faktum", "når", "alle:", "minst ett av:", "- ", "hvis", "ellers:", "og", "eller", "ikke", "(", ")", "[", "]",
        "{", "}", "\"", "\"\"\"", "§", ":", ",", ".", "=", "≤", "2022-02-30", "18 år", "1.5", "\t", "\n", "\n  ", "\r\n",
        "\u{202E}", "\u{0}", "æøå", "#", "unntak for", "gjelder fra", "test \"x\"", "gitt", "forvent", "mangler",
    ]

    @Test(.timeLimit(.minutes(1))) func randomEditsNeverCrash() {
        var random = SplitMix(seed: 2026)
        let sources = Self.seeds.map { Array($0.utf8) }
        var evaluated = 0
        for round in 0..<3_000 {
            var bytes = sources[round % sources.count]
            for _ in 0...random.below(4) { mutate(&bytes, &random) }
            let file = SourceFile(name: "mutert-\(round).regel", bytes: bytes)
            let compilation = RegelCompiler.compile(files: [file], root: nil)
            let diagnostics = Parser.parse(file).diagnostics + compilation.diagnostics
            if let program = compilation.program {
                evaluateEveryRule(program, round: round)
                evaluated += 1
            }
            for diagnostic in diagnostics {
                #expect(diagnostic.range.start >= 0 && diagnostic.range.end <= file.bytes.count,
                        "round \(round): \(summary(diagnostic)) is outside the file")
                if diagnostic.code != .fileUnreadable { #expect(diagnostic.file != nil, "round \(round): \(summary(diagnostic)) has no file") }
            }
        }
        // Most mutants have errors; enough of them check clean that evaluation is exercised.
        #expect(evaluated >= 50, "only \(evaluated) mutants checked clean")
    }

    /// Every rule for an empty case, with explanation: the value is one of the rule's outcomes.
    func evaluateEveryRule(_ program: CompiledRuleSet, round: Int) {
        let outcomes = program.evaluateAll(in: program.makeCase(vurderingsdato: date("2024-03-01")))
        // A rule with parameters has a value only for arguments, and is left out.
        #expect(outcomes.map(\.rule) == program.rulesWithoutParameters.map { program.rules[$0].name }, "round \(round)")
        for outcome in outcomes {
            let explanation = outcome.explanation
            #expect(explanation != nil, "round \(round): «\(outcome.rule)» has no explanation")
            if let explanation { _ = ExplanationText.render(explanation) }
        }
    }

    func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix) {
        let position = bytes.isEmpty ? 0 : random.below(bytes.count + 1)
        switch random.below(6) {
        case 0 where !bytes.isEmpty:  // delete a range
            let end = min(bytes.count, position + random.below(20) + 1)
            if position < end { bytes.removeSubrange(position..<end) }
        case 1 where !bytes.isEmpty:  // duplicate a range
            let end = min(bytes.count, position + random.below(40) + 1)
            if position < end { bytes.insert(contentsOf: bytes[position..<end], at: position) }
        case 2:  // insert a fragment
            bytes.insert(contentsOf: Array(Self.fragments[random.below(Self.fragments.count)].utf8), at: position)
        case 3:  // random bytes
            bytes.insert(contentsOf: (0..<random.below(6) + 1).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: position)
        case 4 where bytes.count > 1:  // swap two bytes
            let other = random.below(bytes.count)
            if position < bytes.count { bytes.swapAt(position, other) }
        default:  // truncate
            bytes.removeSubrange(position..<bytes.count)
        }
    }
}
