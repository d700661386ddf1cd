/// Evaluates compiled nodes against one case. A value type kept in locals:
/// evaluation state in a class would cost exclusivity checks.
struct Evaluator<Trace: Tracer> {
    let program: CompiledRuleSet
    let facts: [Value]
    let date: CalendarDate
    var ruleCache: [Value?]
    var locals: [Value] = []
    var tracer: Trace

    init(program: CompiledRuleSet, facts: [Value], date: CalendarDate, tracer: Trace) {
        self.program = program
        self.facts = facts
        self.date = date
        self.tracer = tracer
        // Rules used from one place each need no cache: each is evaluated at most once per use.
        self.ruleCache = program.cachesRules ? Array(repeating: nil, count: program.rules.count) : []
    }

    /// Rules whose evaluation would nest deeper than this (expression depth summed along the
    /// chain of rules, `CompiledRuleSet.evaluationDepth`) have the rules they use evaluated
    /// bottom-up first, so the stack never grows with the length of a chain of rules.
    static var maxRecursiveDepth: Int { 512 }

    mutating func evaluateRule(_ number: Int) -> Value {
        if program.evaluationDepth[number] > Self.maxRecursiveDepth { prepareDeepChain(number) }
        return rule(number)
    }

    mutating func prepareDeepChain(_ number: Int) {
        // Bottom-up only helps when values are kept; a program that keeps none gets a cache here.
        if ruleCache.isEmpty { ruleCache = Array(repeating: nil, count: program.rules.count) }
        var needed = Set<Int>()
        var stack = [number]
        while let next = stack.popLast() {
            for used in program.dependencies[next] where needed.insert(used).inserted && ruleCache[used] == nil { stack.append(used) }
        }
        for candidate in program.evaluationOrder where needed.contains(candidate) && ruleCache[candidate] == nil {
            _ = rule(candidate)
        }
    }

    mutating func rule(_ number: Int) -> Value {
        if !ruleCache.isEmpty, let cached = ruleCache[number] {
            if Trace.isActive { tracer.reuseRule(number) }
            return cached
        }
        if Trace.isActive { tracer.begin() }
        let info = program.rules[number]
        guard let versionIndex = info.versions.firstIndex(where: { $0.validity.contains(date) }) else {
            let value = Value.notInForce(info.name)
            if !ruleCache.isEmpty { ruleCache[number] = value }
            if Trace.isActive { tracer.endRule(number, version: nil, value: value, program: program, appliedException: nil) }
            return value
        }
        let base = body(info.versions[versionIndex].body, type: info.type)
        var (value, applied) = exceptions(info, rule: number, base: base)
        // «Ikke i kraft» belongs to the rule with no version in force; a rule in force that uses it is
        // ukjent, and its explanation shows which rule was not in force.
        if case .notInForce = value { value = .unknown }
        if !ruleCache.isEmpty { ruleCache[number] = value }
        if Trace.isActive { tracer.endRule(number, version: versionIndex, value: value, program: program, appliedException: applied) }
        return value
    }

    mutating func body(_ body: CompiledBody, type: ValueType) -> Value {
        switch body {
        case .condition(let node), .value(let node): return value(node)
        case .cases(let cases, let otherwise):
            var outcomes: [Value] = []
            for ruleCase in cases {
                if Trace.isActive { tracer.begin() }
                let condition = value(ruleCase.condition)
                var result: Value?
                if case .truth(true) = condition { result = value(ruleCase.value) }
                else if condition.isUndetermined { outcomes.append(value(ruleCase.value)); result = nil }
                if Trace.isActive { tracer.endStep(.hvis, id: ruleCase.id, condition: condition, value: result ?? condition, program: program) }
                if let result { return Self.merge(outcomes + [result]) }
            }
            // With no `ellers` and no case that applies, a ja/nei rule is nei; other rules are ukjent.
            let fallback = otherwise.map { value($0) } ?? (type == .truth ? .truth(false) : .unknown)
            return Self.merge(outcomes + [fallback])
        }
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
    mutating func exceptions(_ info: RuleInfo, rule number: Int, base: Value) -> (Value, Int?) {
        guard !info.exceptions.isEmpty else { return (base, nil) }
        var outcomes: [Value] = []
        for (index, exception) in info.exceptions.enumerated() where exception.validity.contains(date) {
            if Trace.isActive { tracer.begin() }
            let condition = value(exception.condition)
            let result = condition.isUndetermined || condition == .truth(true) ? value(exception.value) : nil
            if Trace.isActive { tracer.endStep(.exception(rule: number, index: index), id: exception.id, condition: condition, value: condition, program: program) }
            if condition == .truth(true), let result {
                return (Self.merge(outcomes + [result]), outcomes.isEmpty ? index : nil)
            }
            if let result { outcomes.append(result) }
        }
        return (Self.merge(outcomes + [base]), nil)
    }
}
