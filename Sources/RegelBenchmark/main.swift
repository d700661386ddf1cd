import Foundation
import Regel

// The release benchmark: `swift run -c release regel-benchmark [CASES] [--uten-kompilering] [--lsp]`
// (`--lsp`: only the language server's section; `--liste`: only the list of services).
// Every variant runs in this one process on the same generated cases; each prints ns per case
// and its ratio to the typed hand-written Swift function, and every variant's answers are
// checked against that function's.

let caseCount = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 1_000_000
let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3).joined(separator: " ") ?? "?"
print("Regel benchmark, release build, \(caseCount) cases, \(ProcessInfo.processInfo.activeProcessorCount) cores, load \(load)")
var failures = 0
if CommandLine.arguments.contains("--lsp") {
    LanguageServerBench.run()
    exit(0)
}
if CommandLine.arguments.contains("--liste") {
    exit(ServiceList.run(caseCount: caseCount, assessed: CalendarDate(year: 2024, month: 3, day: 1) ?? .today) ? 0 : 1)
}
let bytesPerRule = Scaling.memoryPerRule()

@MainActor func check(_ label: String, _ tally: Tally, _ expected: Tally) {
    guard tally != expected else { return }
    print("  ANSWERS DIFFER: \(label) gave \(tally.mix) (\(tally.total)), expected \(expected.mix)")
    failures += 1
}

// MARK: The small rule

guard let small = RegelCompiler.compile(source: SmallRule.source).program, let smallRule = small.ruleNumber("rett") else {
    print("benchmark: the small rule did not compile")
    exit(1)
}
let smallSlots = SmallRule.names.map { small.factSlot($0) ?? -1 }
let assessed = CalendarDate(year: 2024, month: 3, day: 1) ?? .today
var random = Generator(seed: 2026)
let typedCases = (0..<caseCount).map { _ in SmallRule.generate(&random) }
let smallCases = typedCases.map { SmallRule.makeCase($0, small, smallSlots, assessed) }

if CommandLine.arguments.contains("--profil") {
    print("ja: \(Profile.run(small, smallRule, smallCases))")
    exit(0)
}
if CommandLine.arguments.contains("--profil-kompilering") {
    let compiled = RegelCompiler.compile(source: Scaling.generatedRules(caseCount), name: "generert.regel")
    print("regler: \(compiled.program?.rules.count ?? 0)")
    exit(0)
}
if CommandLine.arguments.contains("--profil-json") {
    print("ja: \(Profile.json(small, smallRule, typedCases.map(SmallRule.jsonLine), assessed))")
    exit(0)
}

let typed = measure(caseCount) {
    var tally = Tally()
    for typedCase in typedCases { tally.add(SmallRule.typed(typedCase)) }
    return tally
}
print("small rule: alder < 18 og (sykdom eller skade eller funksjonsevne) og behov og ønske — \(typed.tally.mix)")
report("typed Swift function over a struct", typed.ns, against: typed.ns)
let kleene = measure(caseCount) {
    var tally = Tally()
    for givenCase in smallCases { tally.add(SmallRule.kleeneOverValue(givenCase, smallSlots)) }
    return tally
}
check("Kleene over Value", kleene.tally, typed.tally)
report("Kleene logic over Value (old baseline)", kleene.ns, against: typed.ns)
let smallValue = measure(caseCount) {
    var tally = Tally()
    for givenCase in smallCases { tally.add(small.value(ofRule: smallRule, in: givenCase)) }
    return tally
}
check("value only", smallValue.tally, typed.tally)
report("Regel, value only", smallValue.ns, against: typed.ns, "target ≤ 5×")
let smallExplained = measure(caseCount) {
    var tally = Tally()
    for givenCase in smallCases { tally.add(small.evaluate(ruleNumber: smallRule, in: givenCase).value) }
    return tally
}
check("with explanation", smallExplained.tally, typed.tally)
report("Regel, explanation recorded", smallExplained.ns, against: typed.ns)
let smallTree = measure(caseCount) {
    var tally = Tally()
    for givenCase in smallCases {
        let outcome = small.evaluate(ruleNumber: smallRule, in: givenCase)
        tally.add(outcome.explanation?.value ?? outcome.value)
    }
    return tally
}
check("explanation tree", smallTree.tally, typed.tally)
report("Regel, explanation tree built", smallTree.ns, against: typed.ns)
let smallMissing = measure(caseCount) {
    var tally = Tally()
    for givenCase in smallCases {
        let outcome = small.evaluate(ruleNumber: smallRule, in: givenCase)
        tally.add(outcome.missing.isEmpty || outcome.value == .unknown ? outcome.value : .text("mangler uten ukjent"))
    }
    return tally
}
check("missing facts", smallMissing.tally, typed.tally)
report("Regel, explanation and missing facts", smallMissing.ns, against: typed.ns)
let jsonLines = typedCases.map(SmallRule.jsonLine)
let fromJSON = measure(caseCount) {
    var tally = Tally()
    for line in jsonLines {
        switch CaseJSON.decode(line, program: small, defaultDate: assessed) {
        case .success(let givenCase): tally.add(small.value(ofRule: smallRule, in: givenCase))
        case .failure: tally.other += 1
        }
    }
    return tally
}
check("from a JSON line", fromJSON.tally, typed.tally)
report("Regel, from a JSON line to the value", fromJSON.ns, against: typed.ns, "target ≤ 1000 ns")

// `regel batch`'s engine end to end: JSON Lines in, JSON Lines out, on one core and on all; the
// fastest of three runs, as for the variants above.
func batch(jobs: Int) -> (seconds: Double, tally: Tally, bytes: Int) {
    let runs = (0..<3).map { _ in batchRun(jobs: jobs) }
    return runs.min { $0.seconds < $1.seconds }!
}
func batchRun(jobs: Int) -> (seconds: Double, tally: Tally, bytes: Int) {
    var options = BatchOptions()
    options.jobs = jobs
    options.defaultDate = assessed
    guard let runner = try? BatchRunner(program: small, options: options) else { return (0, Tally(), 0) }
    var bytes = 0
    let begin = DispatchTime.now().uptimeNanoseconds
    let summary = runner.run(lines: jsonLines) { bytes += $0.utf8.count }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9
    var tally = Tally()
    if let counts = summary.rules.first {
        tally.yes = counts.ja
        tally.no = counts.nei
        tally.unknown = counts.ukjent
        tally.other = counts.notInForce + counts.other + summary.errorLines
    }
    return (seconds, tally, bytes)
}
let batchOne = batch(jobs: 1)
let batchAll = batch(jobs: ProcessInfo.processInfo.activeProcessorCount)
check("batch, 1 job", batchOne.tally, typed.tally)
check("batch, all cores", batchAll.tally, typed.tally)
print("  " + "regel batch engine, JSON Lines in and out".padding(toLength: 44, withPad: " ", startingAt: 0)
      + String(format: " 1 job %.0f cases/s, %d jobs %.0f cases/s, speed-up %.2f×  target ≥ 1,000,000/s, ≥ 1.8×",
               Double(caseCount) / batchOne.seconds, ProcessInfo.processInfo.activeProcessorCount,
               Double(caseCount) / batchAll.seconds, batchOne.seconds / batchAll.seconds))

// Two threads on one shared program against one thread, and the typed control.
let cores = min(2, ProcessInfo.processInfo.activeProcessorCount)
let sharedCases = smallCases
@MainActor func speedUp(_ label: String, _ work: @escaping @Sendable (Range<Int>) -> Void) {
    let one = (0..<3).map { _ in onThreads(1) { _ in work(0..<caseCount) } }.min()!
    let many = (0..<3).map { _ in onThreads(cores) { part in work((caseCount * part / cores)..<(caseCount * (part + 1) / cores)) } }.min()!
    print("  " + label.padding(toLength: 44, withPad: " ", startingAt: 0)
          + String(format: " 1 thread %.2f M/s, %d threads %.2f M/s, speed-up %.2f×", Double(caseCount) / one / 1e6, cores,
                   Double(caseCount) / many / 1e6, one / many))
}
speedUp("threads, Regel value only, shared program") { range in
    var tally = Tally()
    for index in range { tally.add(small.value(ofRule: smallRule, in: sharedCases[index])) }
    precondition(tally.total == range.count)
}
let sharedTyped = typedCases
speedUp("threads, typed Swift function") { range in
    var tally = Tally()
    for index in range { tally.add(SmallRule.typed(sharedTyped[index])) }
    precondition(tally.total == range.count)
}

// MARK: Barnekoordinator, every case in force

guard let program = RegelCompiler.compile(source: Barnekoordinator.source).program,
      let rule = program.ruleNumber("rett_til_barnekoordinator") else {
    print("benchmark: the barnekoordinator rules did not compile")
    exit(1)
}
let slots = Barnekoordinator.names.map { program.factSlot($0) ?? -1 }
let cases = Barnekoordinator.generate(caseCount, program, slots)
let hand = measure(caseCount) {
    var tally = Tally()
    for givenCase in cases { tally.add(Barnekoordinator.handWritten(givenCase, slots)) }
    return tally
}
print("barnekoordinator, every case in force — \(hand.tally.mix)")
report("hand-written Kleene over Value", hand.ns, against: hand.ns)
let valueOnly = measure(caseCount) {
    var tally = Tally()
    for givenCase in cases { tally.add(program.value(ofRule: rule, in: givenCase)) }
    return tally
}
check("barnekoordinator value only", valueOnly.tally, hand.tally)
report("Regel, value only", valueOnly.ns, against: hand.ns)
let explained = measure(caseCount) {
    var tally = Tally()
    for givenCase in cases { tally.add(program.evaluate(ruleNumber: rule, in: givenCase).value) }
    return tally
}
check("barnekoordinator explained", explained.tally, hand.tally)
report("Regel, explanation recorded", explained.ns, against: hand.ns)
let tree = measure(caseCount) {
    var tally = Tally()
    for givenCase in cases {
        let outcome = program.evaluate(ruleNumber: rule, in: givenCase)
        tally.add(outcome.explanation?.value ?? outcome.value)
    }
    return tally
}
check("barnekoordinator tree", tree.tally, hand.tally)
report("Regel, explanation tree built", tree.ns, against: hand.ns)

// MARK: A list of services and a rule with a parameter

if !ServiceList.run(caseCount: caseCount, assessed: assessed) { failures += 1 }

// MARK: From Python

if !PythonHost.report(source: Barnekoordinator.source, cases: min(caseCount, 200_000)) { failures += 1 }

// MARK: Size of the rule set

Scaling.run(caseCount: caseCount)
print(String(format: "memory of a loaded rule set: ≈ %.0f bytes per rule (100,000 generated rules, resident memory)", bytesPerRule))
if !CommandLine.arguments.contains("--uten-kompilering") { Scaling.compileTimes() }
LanguageServerBench.run()
print("peak memory: \(peakResidentBytes() / 1_048_576) MiB")
if failures > 0 {
    print("benchmark: \(failures) variants gave other answers")
    exit(1)
}
