/// «Hva skal til»: the smallest sets of changes to the facts and vurderinger of a case (values
/// given for missing ones count as changes too) that give a rule the answer asked for, each with
/// the new explanation.
///
/// The values tried for each input are those of `CandidateValues`. The search tries one change,
/// then two, and so on up to `Options.maxChanges`, and at the first size where some set of inputs
/// gives the target it tries every set of that size, so the alternatives are all minimal, and
/// (up to `maxAlternatives`) all of them. Each set gets the first values that work, nearest the
/// current values first. The search stops at `Options.timeLimit` and then says so (`isCutOff`).
///
/// ```swift
/// let result = try program.whatWouldChange("rett_til_barnekoordinator", in: givenCase,
///                                          options: .init(target: true, fixed: ["barn.fødselsdato"]))
/// for alternative in result.alternatives { print(alternative.changes.map(\.fact)) }
/// ```
public struct WhatWouldChange: Sendable {
    /// What to search for and how long.
    public struct Options: Sendable {
        /// The answer wanted: ja (true) or nei (false); nil means the opposite of a ja or nei, and ja
        /// for an open answer.
        public var target: Bool?
        /// Facts and vurderinger never changed (nor given, when missing), by name.
        public var fixed: Set<String> = []
        /// The most inputs one alternative may change.
        public var maxChanges = 3
        /// The most alternatives returned.
        public var maxAlternatives = 3
        /// When the search gives up.
        public var timeLimit: Duration = .seconds(5)

        /// The defaults: opposite answer, nothing fixed, at most 3 changes, 3 alternatives, 5 seconds.
        public init(target: Bool? = nil, fixed: Set<String> = []) {
            self.target = target
            self.fixed = fixed
        }
    }

    /// One input given another value.
    public struct Change: Sendable, Equatable {
        /// The fact's or vurdering's name.
        public let fact: String
        /// True for a vurdering: a judgement to reconsider, not a fact to change.
        public let isJudgement: Bool
        /// The value in the case; `ukjent` when it was not given.
        public let from: Value
        /// The value that, with the other changes, gives the target.
        public let to: Value
        /// For a number, date or duration: set when every value tried beyond `to` in that direction
        /// gives the target too, so `to` is a boundary («2006-03-02 eller senere»).
        public let direction: Direction?
    }

    /// One minimal set of changes and what the rule then says.
    public struct Alternative: Sendable {
        /// The changes, in the order the rules mention the inputs.
        public let changes: [Change]
        /// The rule's answer and explanation with the changes made.
        public let outcome: Outcome
    }

    /// The rule asked about.
    public let rule: String
    /// Its answer in the case as given.
    public let current: Value
    /// The answer searched for.
    public let target: Bool
    /// The minimal alternatives found, at most `Options.maxAlternatives`.
    public let alternatives: [Alternative]
    /// Every size below this was searched in full (without finding the target, when alternatives were found).
    public let searchedSizes: Int
    /// True when the time limit stopped the search before it was done.
    public let isCutOff: Bool
    /// The most changes an alternative could have, as asked.
    public let maxChanges: Int

    /// True when the rule already gives the target.
    public var alreadyThere: Bool { current == .truth(target) }
}

extension Value {
    /// False for «ikke i kraft».
    var isInForce: Bool {
        if case .notInForce = self { return false }
        return true
    }
}

extension CompiledRuleSet {
    /// «Hva skal til» for `rule` in `givenCase` (see `WhatWouldChange`). Throws when the rule does
    /// not exist; names in `options.fixed` that are not facts are ignored.
    public func whatWouldChange(_ rule: String, in givenCase: Case, options: WhatWouldChange.Options = .init()) throws(RegelError) -> WhatWouldChange {
        let number = try ruleNumber(for: rule)
        let current = value(ofRule: number, in: givenCase)
        let target = options.target ?? (current != .truth(true))
        let fixed = Set(options.fixed.compactMap { factSlot($0) })
        let inputs = CandidateValues(program: self, rule: number, givenCase: givenCase, fixed: fixed).inputs
        var search = CounterfactualSearch(program: self, rule: number, givenCase: givenCase, inputs: inputs, target: .truth(target),
                                          deadline: ContinuousClock.now.advanced(by: options.timeLimit))
        // A rule not in force stays so whatever the facts are: nothing to search.
        let searches = current != .truth(target) && current.isInForce
        let found = searches ? search.minimalAlternatives(maxChanges: options.maxChanges, limit: options.maxAlternatives) : []
        let alternatives = found.map { assignment -> WhatWouldChange.Alternative in
            var changed = givenCase
            for (slot, value) in assignment { changed[slot] = value }
            let changes = assignment.map { slot, value in
                let candidates = inputs.first { $0.slot == slot }?.values ?? []
                let direction = self.direction(of: slot, at: value, candidates: candidates, from: givenCase[slot], rule: number,
                                               in: changed, target: .truth(target))
                return WhatWouldChange.Change(fact: facts[slot].name, isJudgement: facts[slot].isJudgement, from: givenCase[slot],
                                              to: value, direction: direction)
            }
            return .init(changes: changes, outcome: evaluate(ruleNumber: number, in: changed))
        }
        return WhatWouldChange(rule: rule, current: current, target: target, alternatives: alternatives,
                               searchedSizes: search.searchedSizes, isCutOff: search.isCutOff, maxChanges: options.maxChanges)
    }
}
