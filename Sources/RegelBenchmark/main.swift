import Foundation
import Regel

// Measures evaluation of the barnekoordinator rules on 1,000,000 generated cases
// (a) value only, (b) with explanation and missing facts, (c) a hand-written Swift
// function of the same conditions over the same data, all in this one run; and
// compile time for generated rule sets. Build in release: `swift run -c release regel-benchmark`.

let caseCount = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 1_000_000

let source = """
faktum barn.ventes: ja/nei
faktum barn.fødselsdato: dato
faktum barn.alvorlig_sykdom: ja/nei
faktum barn.skade: ja/nei
faktum barn.nedsatt_funksjonsevne: ja/nei
faktum foreldrene.ønsker_barnekoordinator: ja/nei
vurdering behov.langvarige_og_sammensatte: ja/nei
regel barnet_er_under_18
  hjemmel pbrl § 2-5 c
  når barn.ventes eller alder(barn.fødselsdato) < 18 år
regel rett_til_barnekoordinator
  hjemmel pbrl § 2-5 c, hol § 7-2 a
  gjelder fra 2022-08-01
  når alle:
    - barnet_er_under_18
    - barn.alvorlig_sykdom eller barn.skade eller barn.nedsatt_funksjonsevne
    - behov.langvarige_og_sammensatte
    - foreldrene.ønsker_barnekoordinator
"""

guard let program = RegelCompiler.compile(source: source).program,
      let rule = program.ruleNumber("rett_til_barnekoordinator") else {
    print("benchmark: the rules did not compile")
    exit(1)
}
let names = ["barn.ventes", "barn.fødselsdato", "barn.alvorlig_sykdom", "barn.skade", "barn.nedsatt_funksjonsevne",
             "foreldrene.ønsker_barnekoordinator", "behov.langvarige_og_sammensatte"]
let slots = names.map { program.factSlot($0) ?? -1 }

/// SplitMix64: the same cases on every run.
struct Generator {
    var state: UInt64 = 2026
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

var random = Generator()
func truth(_ random: inout Generator) -> Value {
    switch random.next() % 5 { case 0: return .unknown; case 1, 2: return .truth(false); default: return .truth(true) }
}
guard let start = CalendarDate(iso: "2000-01-01"), let inForce = CalendarDate(iso: "2022-08-01") else { exit(1) }
let cases: [Case] = (0..<caseCount).map { _ in
    var givenCase = program.makeCase(vurderingsdato: start.adding(days: Int(random.next() % 9000)) ?? start)
    for (index, slot) in slots.enumerated() {
        givenCase[slot] = index == 1 ? (random.next() % 10 == 0 ? .unknown : .date(start.adding(days: Int(random.next() % 9000)) ?? start)) : truth(&random)
    }
    return givenCase
}

/// The same conditions written by hand in Swift, over the same slots, with the same three-valued logic.
@inline(never)
func handWritten(_ givenCase: Case) -> Value {
    guard givenCase.vurderingsdato >= inForce else { return .notInForce("rett_til_barnekoordinator") }
    func and(_ a: Value, _ b: Value) -> Value {
        if a == .truth(false) || b == .truth(false) { return .truth(false) }
        if a == .unknown || b == .unknown { return .unknown }
        return .truth(true)
    }
    func or(_ a: Value, _ b: Value) -> Value {
        if a == .truth(true) || b == .truth(true) { return .truth(true) }
        if a == .unknown || b == .unknown { return .unknown }
        return .truth(false)
    }
    var under18 = givenCase[slots[0]]
    if under18 != .truth(true) {
        var young = Value.unknown
        if case .date(let born) = givenCase[slots[1]] { young = .truth(born.wholeYears(until: givenCase.vurderingsdato) < 18) }
        under18 = or(under18, young)
    }
    let condition = or(or(givenCase[slots[2]], givenCase[slots[3]]), givenCase[slots[4]])
    return and(and(and(under18, condition), givenCase[slots[6]]), givenCase[slots[5]])
}

func measure(_ label: String, _ body: (Case) -> Value) -> (ns: Double, checksum: Int) {
    var checksum = 0
    let begin = DispatchTime.now().uptimeNanoseconds
    for givenCase in cases {
        switch body(givenCase) {
        case .truth(true): checksum &+= 1
        case .truth(false): checksum &+= 2
        case .unknown: checksum &+= 3
        default: checksum &+= 5
        }
    }
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - begin)
    return (elapsed / Double(cases.count), checksum)
}

if CommandLine.arguments.contains("--bare-forklaring") {
    // For profiling the explained path alone.
    print(measure("explained") { program.evaluate(ruleNumber: rule, in: $0).value }.ns)
    exit(0)
}

// Warm up, then measure each way twice and keep the faster run.
_ = measure("warm-up") { program.value(ofRule: rule, in: $0) }
func best(_ label: String, _ body: (Case) -> Value) -> (ns: Double, checksum: Int) {
    let first = measure(label, body), second = measure(label, body)
    return first.ns < second.ns ? first : second
}
let baseline = best("hand-written") { handWritten($0) }
let valueOnly = best("value only") { program.value(ofRule: rule, in: $0) }
let explained = best("explained") { program.evaluate(ruleNumber: rule, in: $0).value }
// The explanation is recorded during evaluation; this also builds the public tree from the recording.
let materialized = best("explained, tree built") { givenCase in
    let outcome = program.evaluate(ruleNumber: rule, in: givenCase)
    return outcome.explanation?.value ?? outcome.value
}

print("Regel benchmark: \(cases.count) cases of rett_til_barnekoordinator (release build)")
print(String(format: "(c) hand-written Swift:     %8.1f ns/case", baseline.ns))
print(String(format: "(a) compiled, value only:   %8.1f ns/case  %5.2f× (c)  target ≤ 3×", valueOnly.ns, valueOnly.ns / baseline.ns))
print(String(format: "(b) with explanation:       %8.1f ns/case  %5.2f× (c)  target ≤ 10×", explained.ns, explained.ns / baseline.ns))
print(String(format: "    … and the tree built: %8.1f ns/case  %5.2f× (c)", materialized.ns, materialized.ns / baseline.ns))
print("checksums agree: \(baseline.checksum == valueOnly.checksum && valueOnly.checksum == explained.checksum && explained.checksum == materialized.checksum)")

/// A generated rule set: `count` rules over 50 facts, each using two facts and, after the first ten, an earlier rule.
func generatedRules(_ count: Int) -> String {
    var text = ""
    for fact in 0..<50 { text += "faktum f\(fact): ja/nei\n" }
    for index in 0..<count {
        let earlier = index >= 10 ? " eller r\(index - 1 - index % 10)" : ""
        text += "regel r\(index)\n  hjemmel lov § \(index + 1)\n  når f\(index % 50) og ikke f\((index * 7) % 50)\(earlier)\n"
    }
    return text
}

if CommandLine.arguments.contains("--uten-kompilering") { exit(0) }
print("compile time (parse, check, plan):")
for count in [1_000, 10_000, 100_000] {
    let text = generatedRules(count)
    let begin = DispatchTime.now().uptimeNanoseconds
    let compilation = RegelCompiler.compile(source: text, name: "generert.regel")
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
    let ok = compilation.program != nil ? "ok" : "FEIL"
    print(String(format: "  %7d rules: %7.3f s  (%.2f µs/rule) %@", count, seconds, seconds * 1e6 / Double(count), ok))
}
