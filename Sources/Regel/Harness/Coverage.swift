/// What the tests exercise: which rules they evaluate, and for every vilkår
/// whether some test saw it ja, nei and ukjent.
package struct CoverageReport: Sendable {
    /// The outcomes seen for one vilkår.
    package struct Condition: Sendable {
        package let info: ConditionInfo
        package let sawTrue: Bool
        package let sawFalse: Bool
        package let sawUnknown: Bool
    }

    /// Coverage of one file.
    package struct FileCoverage: Sendable {
        package let file: String
        package let rules: [(name: String, evaluated: Bool)]
        package let conditions: [Condition]
    }

    package let files: [FileCoverage]
    /// Hjemler (citations) that no test's explanation cites: of rules no test evaluates, and of
    /// `hvis` cases and `hjemmel etter` rows no test chose.
    package let untestedHjemler: [String]
    /// How many distinct hjemler the rules can cite, and how many some test cited.
    package let hjemmelCount: (cited: Int, all: Int)
    /// Rules the tests evaluated only on dates without a version: «ikke i kraft» or «ikke kodet»,
    /// so their vilkår were never tried.
    package let rulesOnlyWithoutVersion: [String]

    /// Rules evaluated by some test, in percent of all rules.
    package var rulePercent: Double { Self.percent(files.flatMap(\.rules).filter(\.evaluated).count, files.flatMap(\.rules).count) }
    /// Vilkår seen both ja and nei, counted per outcome, in percent.
    package var conditionPercent: Double {
        let all = files.flatMap(\.conditions)
        return Self.percent(all.reduce(0) { $0 + ($1.sawTrue ? 1 : 0) + ($1.sawFalse ? 1 : 0) }, all.count * 2)
    }

    static func percent(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 100 : Double(part) * 100 / Double(whole) }
}

/// Runs the tests of a rule set and records coverage.
package enum Coverage {
    package static func measure(_ program: CompiledRuleSet, filter: String? = nil) -> CoverageReport {
        var tracer = CoverageTracer(program: program)
        for test in program.tests where filter == nil || test.declaration.name.localizedCaseInsensitiveContains(filter ?? "") {
            let givenCase = TestRunner.makeCase(for: test, program: program)
            for expectation in test.expectations {
                tracer = Evaluator.with(program: program, case: givenCase, tracer: tracer) { evaluator in
                    // A rule with parameters is covered through the call the test makes, over every application.
                    if let call = expectation.call { _ = evaluator.value(program.plan.expressionSteps[call]) }
                    else { _ = evaluator.evaluateRule(expectation.rule) }
                    return evaluator.tracer
                }
            }
        }
        return tracer.report()
    }
}

/// Records outcomes per vilkår id and which rules ran.
struct CoverageTracer: Tracer {
    static var isActive: Bool { true }
    static var tracesEveryNode: Bool { true }
    let program: CompiledRuleSet
    let tracked: Set<Int>
    var seen: [Int: UInt8] = [:]
    var evaluatedRules = Set<Int>()
    /// Rules some test evaluated with a version in force.
    var rulesWithVersion = Set<Int>()
    var citedHjemler = Set<String>()
    var date: CalendarDate?

    mutating func start(on date: CalendarDate) { self.date = date }

    init(program: CompiledRuleSet) {
        self.program = program
        self.tracked = Set(program.conditions.map(\.id))
    }

    mutating func begin() {}
    mutating func end(_ node: Node, _ value: Value, program: CompiledRuleSet) { record(node.id, value) }
    mutating func endStep(_ kind: StepKind, id: Int, condition: Value, value: Value, program: CompiledRuleSet) { record(id, condition) }
    mutating func endRule(_ rule: Int, version: Int?, value: Value, program: CompiledRuleSet, appliedException: Int?, detail: RuleDetail?) {
        evaluatedRules.insert(rule)
        guard let version else { return }
        rulesWithVersion.insert(rule)
        let cited: [HjemmelInfo]
        if case .hjemmel(let chosen)? = detail { cited = chosen } else { cited = program.rules[rule].versions[version].hjemmel }
        let exceptionHjemmel = appliedException.map { program.rules[rule].exceptions[$0].hjemmel } ?? []
        for hjemmel in cited + exceptionHjemmel where date.map(hjemmel.isInForce) ?? true { citedHjemler.insert(hjemmel.citation) }
    }
    mutating func reuseRule(_ rule: Int) {}

    mutating func record(_ id: Int, _ value: Value) {
        guard tracked.contains(id) else { return }
        let bit: UInt8 = value == .truth(true) ? 1 : value == .truth(false) ? 2 : 4
        seen[id, default: 0] |= bit
    }

    func report() -> CoverageReport {
        var byFile: [String: (rules: [(String, Bool)], conditions: [CoverageReport.Condition])] = [:]
        for (number, rule) in program.rules.enumerated() {
            byFile[rule.file.name, default: ([], [])].rules.append((rule.name, evaluatedRules.contains(number)))
        }
        for info in program.conditions {
            let bits = seen[info.id] ?? 0
            byFile[info.file.name, default: ([], [])].conditions.append(
                CoverageReport.Condition(info: info, sawTrue: bits & 1 != 0, sawFalse: bits & 2 != 0, sawUnknown: bits & 4 != 0))
        }
        let files = byFile.keys.sorted().map { name in
            let entry = byFile[name] ?? ([], [])
            return CoverageReport.FileCoverage(file: name, rules: entry.rules,
                                               conditions: entry.conditions.sorted { $0.info.range.start < $1.info.range.start })
        }
        var all: [String] = []
        for rule in program.rules {
            for hjemmel in rule.hjemmel + rule.exceptions.flatMap(\.hjemmel) where !all.contains(hjemmel.citation) { all.append(hjemmel.citation) }
        }
        let onlyWithoutVersion = program.rules.indices.filter { evaluatedRules.contains($0) && !rulesWithVersion.contains($0) }
        return CoverageReport(files: files, untestedHjemler: all.filter { !citedHjemler.contains($0) },
                              hjemmelCount: (all.filter(citedHjemler.contains).count, all.count),
                              rulesOnlyWithoutVersion: onlyWithoutVersion.map { program.rules[$0].name })
    }
}
