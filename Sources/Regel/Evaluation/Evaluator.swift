/// Evaluates a planned program (`Plan`) against one case. A value type kept in locals:
/// evaluation state in a class would cost exclusivity checks. The program's tables are read
/// through pointers, so visiting a step or a rule costs no reference counting.
struct Evaluator<Trace: Tracer> {
    // Neither the program nor its tables are retained: every evaluator lives inside a call that
    // holds the program, and counting references to one shared program from every evaluation
    // is what keeps threads from scaling.
    private let programReference: Unmanaged<CompiledRuleSet>
    let tables: PlanTables.View
    /// The case's facts, borrowed for the evaluation (see `with`).
    let facts: UnsafeBufferPointer<Value>
    let date: CalendarDate
    /// The vurderingsdato as a day number, to test versions' periods.
    let day: Int32
    /// Values of rules already evaluated in this evaluation, when the program needs them kept.
    private var cacheReference: Unmanaged<RuleCache>?
    /// Quantifier variables (`hver x i …`) and, first in a rule's body, its parameters.
    var locals = LocalValues()
    /// Where each variable's value comes from in the case, kept only while explaining.
    var origins = LocalOrigins()
    var tracer: Trace

    /// `keepingRuleValues` keeps every rule's value for the whole evaluation, for evaluating many rules in one.
    /// Runs `body` with an evaluator over `facts`, borrowed rather than copied, and gives the rule
    /// cache back afterwards.
    static func with<Result>(program: CompiledRuleSet, facts: [Value], date: CalendarDate, day: Int32? = nil, tracer: Trace,
                             keepingRuleValues: Bool = false, _ body: (inout Evaluator) -> Result) -> Result {
        facts.withUnsafeBufferPointer { buffer in
            var evaluator = Evaluator(program: program, facts: buffer, date: date, day: day, tracer: tracer,
                                      keepingRuleValues: keepingRuleValues)
            defer { evaluator.finish() }
            return body(&evaluator)
        }
    }

    /// The same over a case's facts, borrowed.
    static func with<Result>(program: CompiledRuleSet, case givenCase: Case, tracer: Trace, keepingRuleValues: Bool = false,
                             _ body: (inout Evaluator) -> Result) -> Result {
        givenCase.withFacts { buffer in
            var evaluator = Evaluator(program: program, facts: buffer, date: givenCase.vurderingsdato, day: givenCase.day, tracer: tracer,
                                      keepingRuleValues: keepingRuleValues)
            defer { evaluator.finish() }
            return body(&evaluator)
        }
    }

    init(program: CompiledRuleSet, facts: UnsafeBufferPointer<Value>, date: CalendarDate, day: Int32? = nil, tracer: Trace,
         keepingRuleValues: Bool = false) {
        self.programReference = Unmanaged.passUnretained(program)
        self.facts = facts
        self.date = date
        self.day = day ?? Int32(date.dayNumber)
        self.tables = program.tableView
        self.tracer = tracer
        if Trace.isActive { self.tracer.start(on: date) }
        // Rules used from one place each need no cache: each is evaluated at most once per use.
        self.cacheReference = program.cachesRules || keepingRuleValues ? RuleCache.take(for: program) : nil
    }

    var program: CompiledRuleSet { programReference.takeUnretainedValue() }
    var cache: RuleCache? { cacheReference?.takeUnretainedValue() }

    /// Gives the cache back for the next evaluation on this thread, and frees the quantifier variables.
    /// Every evaluator must end here: its fields are not counted references, so nothing else frees them.
    mutating func finish() {
        if let cacheReference { RuleCache.give(cacheReference) }
        cacheReference = nil
        locals.release()
    }

    /// Rules whose evaluation would nest deeper than this (expression depth summed along the
    /// chain of rules, `CompiledRuleSet.evaluationDepth`) have the rules they use evaluated
    /// bottom-up first, so the stack never grows with the length of a chain of rules.
    static var maxRecursiveDepth: Int { 512 }

    mutating func evaluateRule(_ number: Int) -> Value {
        let planned = tables.rules[number]
        if planned.isDeep { prepareDeepChain(number) }
        else if planned.isTruth && !Trace.isActive, let value = Self.value(of: ruleTruth(number)) { return value }
        return rule(number)
    }

    /// Evaluates, deepest first, the rules below `number` that are not yet known: a post-order walk
    /// with its own stack, touching only those rules.
    mutating func prepareDeepChain(_ number: Int) {
        // Bottom-up only helps when values are kept; a program that keeps none gets a cache here.
        if cacheReference == nil { cacheReference = RuleCache.take(for: program) }
        guard let cache else { return }
        var stack: [(rule: Int, next: Int)] = [(number, 0)]
        var entered = Set<Int>([number])
        while let (current, next) = stack.last {
            let uses = program.dependencies[current]
            if next < uses.count {
                stack[stack.count - 1].next += 1
                let used = uses[next]
                // A rule with parameters has no value of its own to prepare; it is evaluated per call.
                if !tables.rules[used].takesArguments && cache.value(used) == nil && entered.insert(used).inserted { stack.append((used, 0)) }
            } else {
                stack.removeLast()
                if current != number && cache.value(current) == nil { _ = rule(current) }
            }
        }
    }

    mutating func rule(_ number: Int) -> Value {
        let planned = tables.rules[number]
        // A rule with parameters is kept per call (`ruleCall`), not per rule.
        let keeps = !planned.takesArguments
        if keeps, let cache, let cached = cache.value(number) {
            if Trace.isActive { tracer.reuseRule(number) }
            return cached
        }
        if Trace.isActive { tracer.begin() }
        var version = -1
        for index in Int(planned.versions.lowerBound)..<Int(planned.versions.upperBound) {
            let candidate = tables.versions[index]
            if candidate.from <= day && day <= candidate.to { version = index; break }
        }
        guard version >= 0 else { return withoutVersion(number, planned) }
        var decidedCase: Int?
        let base = body(tables.versions[version], isTruth: planned.isTruth, decidedCase: &decidedCase)
        var (value, applied) = planned.exceptions.isEmpty ? (base, nil) : exceptions(planned, rule: number, base: base)
        // «Ikke i kraft» and «ikke kodet» belong to the rule with no version; a rule in force that
        // uses it is ukjent, and its explanation shows which rule had none.
        if value.isWithoutVersion { value = .unknown }
        if keeps { cache?.store(value, for: number) }
        if Trace.isActive {
            let index = version - Int(planned.versions.lowerBound)
            let hjemmel = chosenHjemmel(program.rules[number].versions[index], tables.versions[version], decidedCase: decidedCase,
                                        parameters: program.rules[number].parameters.count)
            tracer.endRule(number, version: index, value: value, program: program, appliedException: applied,
                           detail: hjemmel.map(RuleDetail.hjemmel))
        }
        return value
    }

    /// A rule with no version in force: «ikke kodet» on a date in a period of law it does not
    /// encode (when the period's `når` holds), else «ikke i kraft»; ukjent while that `når` is open.
    mutating func withoutVersion(_ number: Int, _ planned: Plan.Rule) -> Value {
        let info = program.rules[number]
        var result = Value.notInForce(info.name)
        var period: NotEncodedPeriod?
        let first = Int(planned.notEncoded.lowerBound)
        for index in first..<Int(planned.notEncoded.upperBound) {
            let entry = tables.notEncoded[index]
            guard entry.from <= day && day <= entry.to else { continue }
            let applies = entry.condition < 0 ? Value.truth(true) : value(entry.condition)
            if case .truth(true) = applies {
                result = .notEncoded(info.name)
                period = info.notEncoded[index - first]
            } else if applies.isUndetermined {
                result = .unknown
            }
            break
        }
        // A rule with parameters is kept per call (`ruleCall`): its `når` may read them.
        if !planned.takesArguments { cache?.store(result, for: number) }
        if Trace.isActive {
            tracer.endRule(number, version: nil, value: result, program: program, appliedException: nil, detail: period.map(RuleDetail.notEncoded))
        }
        return result
    }

    /// The hjemmel of the case that decided or the row `hjemmel etter` chose, for explanations;
    /// nil when the version's own hjemmel stands. The selector is evaluated without tracing, so it
    /// adds no steps to the explanation; it sees the rule's `parameters` (the first variables).
    func chosenHjemmel(_ info: RuleVersion, _ version: Plan.Version, decidedCase: Int?, parameters: Int) -> [HjemmelInfo]? {
        var selected: Value?
        if version.selector >= 0 {
            var plain = Evaluator<NoTrace>(program: program, facts: facts, date: date, day: day, tracer: NoTrace())
            for index in 0..<parameters { plain.locals.set(locals[index], at: index) }
            selected = plain.value(version.selector)
            plain.finish()
        }
        let chosen = info.hjemmel(decidedCase: decidedCase, selected: selected)
        return chosen == info.hjemmel ? nil : chosen
    }

    /// `decidedCase`: for `hvis` cases, the index of the case that decided, or the number of
    /// cases when `ellers` (or its absence) did; nil while an earlier case is open.
    mutating func body(_ version: Plan.Version, isTruth: Bool, decidedCase: inout Int?) -> Value {
        guard version.body == .cases else {
            // Value only, a ja/nei rule's condition runs on the truth path from the top. «Ikke i
            // kraft» below a rule in force is ukjent here (see `rule`), so `value(of:)` cannot fail.
            if isTruth && !Trace.isActive { return Self.value(of: truth(version.start)) ?? .unknown }
            return value(version.start)
        }
        var outcomes: [Value] = []
        for index in Int(version.start)..<Int(version.start + version.count) {
            let ruleCase = tables.cases[index]
            if Trace.isActive { tracer.begin() }
            let condition = value(ruleCase.condition)
            var result: Value?
            if case .truth(true) = condition { result = value(ruleCase.value) }
            else if condition.isUndetermined { outcomes.append(value(ruleCase.value)); result = nil }
            if Trace.isActive { tracer.endStep(.hvis, id: Int(ruleCase.id), condition: condition, value: result ?? condition, program: program) }
            if let result {
                if outcomes.isEmpty { decidedCase = index - Int(version.start) }
                return Self.merge(outcomes + [result])
            }
        }
        if outcomes.isEmpty { decidedCase = Int(version.count) }
        // With no `ellers` and no case that applies, a ja/nei rule is nei; other rules are ukjent.
        let fallback = version.otherwise >= 0 ? value(version.otherwise) : (isTruth ? .truth(false) : .unknown)
        return Self.merge(outcomes + [fallback])
    }

    /// The possible outcomes of a chain whose earlier conditions are open, and
    /// last the outcome if none of them holds: one value if all agree, else `ukjent`.
    static func merge(_ outcomes: [Value]) -> Value {
        guard let first = outcomes.first else { return .unknown }
        if outcomes.count == 1 || (!first.isUndetermined && outcomes.allSatisfy({ $0 == first })) { return first }
        return outcomes.first(where: \.isUndetermined) ?? .unknown
    }

    /// The first exception in force whose condition holds decides; an open condition leaves the result open
    /// unless every outcome agrees.
    mutating func exceptions(_ planned: Plan.Rule, rule number: Int, base: Value) -> (Value, Int?) {
        var outcomes: [Value] = []
        let first = Int(planned.exceptions.lowerBound)
        for position in first..<Int(planned.exceptions.upperBound) {
            let exception = tables.exceptions[position]
            guard exception.from <= day && day <= exception.to else { continue }
            let index = position - first
            if Trace.isActive { tracer.begin() }
            let condition = value(exception.condition)
            let result = condition.isUndetermined || condition == .truth(true) ? value(exception.value) : nil
            if Trace.isActive {
                tracer.endStep(.exception(rule: number, index: index), id: Int(exception.id), condition: condition, value: condition,
                               program: program)
            }
            if condition == .truth(true), let result {
                return (Self.merge(outcomes + [result]), outcomes.isEmpty ? index : nil)
            }
            if let result { outcomes.append(result) }
        }
        return (Self.merge(outcomes + [base]), nil)
    }
}
