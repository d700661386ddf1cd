import Foundation
import Regel

/// How cost grows with the size of the rule set when the work does not.
enum Scaling {
    /// `count` rules over 50 facts; every rule from the tenth on also uses an earlier rule, and rule 1 is
    /// used by many, so values must be kept during one evaluation.
    static func generatedRules(_ count: Int) -> String {
        var text = ""
        for fact in 0..<50 { text += "faktum f\(fact): ja/nei\n" }
        for index in 0..<count {
            let earlier = index >= 10 ? " eller r\(index - 1 - index % 10)" : ""
            text += "regel r\(index)\n  hjemmel lov § \(index + 1)\n  når f\(index % 50) og ikke f\((index * 7) % 50)\(earlier)\n"
        }
        return text
    }

    /// Resident memory per rule of a loaded 100,000-rule set, measured first, before the
    /// benchmark's own data fills the heap (an upper bound: it includes what the compiler left).
    static func memoryPerRule() -> Double {
        let text = generatedRules(100_000)
        let before = residentBytes()
        let program = RegelCompiler.compile(source: text, name: "generert.regel").program
        let after = residentBytes()
        return program == nil ? 0 : Double(after - before) / 100_000
    }

    /// A small rule (r5) that uses r1, which is used by other rules too, in rule sets of growing size.
    static func run(caseCount: Int) {
        print("evaluation of one small rule against rule-set size (value only):")
        var random = Generator(seed: 7)
        for count in [10, 100, 1_000, 10_000, 100_000] {
            guard let program = RegelCompiler.compile(source: generatedRules(count), name: "generert.regel").program,
                  let rule = program.ruleNumber("r5") else {
                print("  \(count) rules: did not compile")
                continue
            }
            let cases: [Case] = (0..<min(caseCount, 100_000)).map { _ in
                var givenCase = program.makeCase(vurderingsdato: CalendarDate(year: 2024, month: 1, day: 1) ?? .today)
                for slot in 0..<50 where random.below(3) > 0 { givenCase[slot] = .truth(random.below(2) == 0) }
                return givenCase
            }
            let (ns, _) = measure(cases.count) {
                var tally = Tally()
                for givenCase in cases { tally.add(program.value(ofRule: rule, in: givenCase)) }
                return tally
            }
            print(String(format: "  %7d rules: %9.1f ns/case", count, ns))
        }
    }

    static func compileTimes() {
        print("compile time (parse, check, plan):")
        for count in [1_000, 10_000, 100_000] {
            let text = generatedRules(count)
            let begin = DispatchTime.now().uptimeNanoseconds
            let compilation = RegelCompiler.compile(source: text, name: "generert.regel")
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
            let ok = compilation.program != nil ? "ok" : "FEIL"
            print(String(format: "  %7d rules: %7.3f s  (%.2f µs/rule) %@", count, seconds, seconds * 1e6 / Double(count), ok))
        }
    }
}
