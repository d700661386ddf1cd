/// Which missing facts can still change an open result.
///
/// A missing fact is listed when, in some state of knowledge about the other missing facts
/// (each still missing or given any of its values), giving this one changes the result. So in
/// `a og (b eller a)` only `a` is missing: whatever is known, `b` decides nothing. In
/// `(a og b) eller (c og d)` all four are, although no one of them decides alone.
///
/// The search tries every combination of ja/nei and enumeration values, with the rule
/// evaluated value-only each time, so for such facts the list is exact. A fact of another type
/// (a number, a date, a list) has too many values to try, and while it is missing a ja/nei fact
/// may look as if it decides nothing only because the date that would make it matter is not
/// given; so when one such fact is missing, or the search would take more than
/// `maxEvaluations` evaluations, no search is made and every fact under an open step is kept.
struct RelevanceSearch {
    /// The most value-only evaluations one search may make.
    static let maxEvaluations = 4096

    /// What is evaluated: a rule, or an expression typed in the REPL.
    enum Target: Sendable {
        case rule(Int)
        /// The expression's node (to find how deep it nests) and its planned step.
        case expression(Node, step: Int32)
    }

    let program: CompiledRuleSet
    let facts: [Value]
    let date: CalendarDate
    let target: Target

    /// The target's value-only result for other facts.
    func evaluate(_ trial: [Value]) -> Value {
        Evaluator.with(program: program, facts: trial, date: date, tracer: NoTrace()) { evaluator in
            switch target {
            case .rule(let number): return evaluator.evaluateRule(number)
            case .expression(let node, let step):
                if EvaluationDepth.of(node, program.evaluationDepth) > Evaluator<NoTrace>.maxRecursiveDepth {
                    for rule in node.referencedRules { evaluator.prepareDeepChain(rule) }
                }
                return evaluator.value(step)
            }
        }
    }

    /// The candidates that can change the result, or nil when no exact search can be made.
    func relevant(_ candidates: [Int]) -> Set<Int>? {
        var finite: [(slot: Int, values: [Value])] = []
        var combinations = 1
        for slot in candidates {
            guard let values = Self.allValues(of: program.facts[slot].type) else { return nil }
            combinations *= values.count + 1
            guard combinations <= Self.maxEvaluations else { return nil }
            finite.append((slot, values))
        }
        var results = Combinations(search: self, finite: finite, count: combinations)
        var kept = Set<Int>()
        var stride = 1
        for (slot, values) in finite {
            let radix = values.count + 1
            if results.changesSomewhere(stride: stride, radix: radix) { kept.insert(slot) }
            stride *= radix
        }
        return kept
    }

    /// The result for each combination of the finite facts, evaluated only when first asked for:
    /// a fact that decides is usually seen to decide in the first few combinations, so most of the
    /// table is never filled. Indexed by a mixed-radix number: digit 0 of each fact is «missing»,
    /// digit k its k-th value.
    struct Combinations {
        let search: RelevanceSearch
        let finite: [(slot: Int, values: [Value])]
        private var results: [Value?]
        private var trial: [Value]

        init(search: RelevanceSearch, finite: [(slot: Int, values: [Value])], count: Int) {
            self.search = search
            self.finite = finite
            self.results = Array(repeating: nil, count: count)
            self.trial = search.facts
        }

        mutating func result(_ index: Int) -> Value {
            if let known = results[index] { return known }
            var rest = index
            for fact in finite {
                let digit = rest % (fact.values.count + 1)
                rest /= fact.values.count + 1
                trial[fact.slot] = digit == 0 ? .unknown : fact.values[digit - 1]
            }
            let value = search.evaluate(trial)
            results[index] = value
            return value
        }

        /// True if, from some combination where this fact is missing, giving it a value changes the result.
        mutating func changesSomewhere(stride: Int, radix: Int) -> Bool {
            for index in results.indices where (index / stride) % radix == 0 {
                let missing = result(index)
                for digit in 1..<radix where result(index + digit * stride) != missing { return true }
            }
            return false
        }
    }

    /// Every value of a type with few values: ja/nei and enumerations.
    static func allValues(of type: ValueType) -> [Value]? {
        switch type {
        case .truth: return [.truth(true), .truth(false)]
        case .enumeration(let enumeration): return enumeration.values.indices.map { .enumeration(enumeration, $0) }
        default: return nil
        }
    }
}
