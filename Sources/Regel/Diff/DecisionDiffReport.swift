/// What `DecisionDiffRunner` found: every case evaluated under both rule sets, the decisions that
/// changed by rule, transition and the vilkår where the explanations part ways, with a few example
/// cases each; the cases whose missing facts changed; and the cases that could not be read.
public struct DecisionDiffReport: Sendable {
    /// A case named as the user knows it: its `"id"` (or file name) and its line.
    public struct CaseReference: Sendable, Equatable {
        /// The case's `"id"` or file name; nil when it has none.
        public let id: String?
        /// The 1-based line (for a folder of cases, the file's position in name order).
        public let line: Int
    }

    /// One changed decision shown as an example: the case and both explanations.
    public struct Example: Sendable {
        /// The case.
        public let reference: CaseReference
        /// The explanation under the old rules.
        public let old: Explanation?
        /// The explanation under the new rules.
        public let new: Explanation?
    }

    /// The changed decisions of one rule with one transition that part ways at one vilkår.
    public struct Group: Sendable {
        /// The answer under the old rules (`ja`, `nei`, `ukjent`, `ikke i kraft` or a value).
        public let from: String
        /// The answer under the new rules.
        public let to: String
        /// The first vilkår whose outcome differs, as written on one line (or the rule's name).
        public let condition: String
        /// Where that vilkår is written, `fil:linje`.
        public let location: String
        /// How many cases.
        public internal(set) var count = 0
        /// The first few cases, in input order.
        public internal(set) var examples: [Example] = []
    }

    /// A case whose missing facts changed while the answer stayed open.
    public struct MissingChange: Sendable, Equatable {
        /// The case.
        public let reference: CaseReference
        /// Facts missing under the new rules and not under the old.
        public let added: [String]
        /// Facts missing under the old rules and not under the new.
        public let removed: [String]
    }

    /// Everything that changed for one rule.
    public struct RuleChanges: Sendable {
        /// The rule's name.
        public let rule: String
        /// Cases whose answer changed.
        public internal(set) var changed = 0
        /// The changed answers by transition and first differing vilkår, most cases first.
        public internal(set) var groups: [Group] = []
        /// Cases whose answer stayed open but whose missing facts changed.
        public internal(set) var missingChanged = 0
        /// The first few of those.
        public internal(set) var missingExamples: [MissingChange] = []

        /// Cases per transition (`ja` → `nei`, …), most cases first.
        public var transitions: [(from: String, to: String, count: Int)] {
            var counts: [String: (from: String, to: String, count: Int)] = [:]
            var order: [String] = []
            for group in groups {
                let key = group.from + "\u{0}" + group.to
                if counts[key] == nil { order.append(key) }
                counts[key, default: (group.from, group.to, 0)].count += group.count
            }
            return order.compactMap { counts[$0] }.sorted { $0.count > $1.count }
        }
    }

    /// A case that could not be read under one or both rule sets.
    public struct Failure: Sendable, Equatable {
        /// The case.
        public let reference: CaseReference
        /// The first error under the old rules; nil when it was read there.
        public let old: String?
        /// The first error under the new rules; nil when it was read there.
        public let new: String?
    }

    /// The rules compared: those in both rule sets (or those asked for), in the old set's order.
    public let rulesCompared: [String]
    /// Rules only in the old rule set, not compared.
    public let onlyInOld: [String]
    /// Rules only in the new rule set, not compared.
    public let onlyInNew: [String]
    /// Cases read.
    public internal(set) var cases = 0
    /// Cases with at least one changed answer, or read under one rule set only.
    public internal(set) var changedCases = 0
    /// Cases whose missing facts changed for some rule.
    public internal(set) var missingChangedCases = 0
    /// Per compared rule, in `rulesCompared` order.
    public internal(set) var rules: [RuleChanges]
    /// Cases read under one rule set only.
    public internal(set) var readUnderOneOnly = 0
    /// Cases read under neither.
    public internal(set) var readUnderNeither = 0
    /// The first few cases that could not be read.
    public internal(set) var failures: [Failure] = []
    /// Seconds the run took.
    public internal(set) var seconds = 0.0
    /// How many examples each group, missing list and failure list keeps.
    public let examplesPerGroup: Int

    init(rulesCompared: [String], onlyInOld: [String], onlyInNew: [String], examplesPerGroup: Int) {
        self.rulesCompared = rulesCompared
        self.onlyInOld = onlyInOld
        self.onlyInNew = onlyInNew
        self.examplesPerGroup = examplesPerGroup
        self.rules = rulesCompared.map { RuleChanges(rule: $0) }
    }

    /// True when some answer changed, or some case was read under one rule set only.
    public var decisionsChanged: Bool { changedCases > 0 }

    /// Counts one compared case in.
    mutating func add(_ comparison: CaseComparison) {
        cases += 1
        if let failure = comparison.failure {
            if failure.old != nil && failure.new != nil { readUnderNeither += 1 } else {
                readUnderOneOnly += 1
                changedCases += 1
            }
            if failures.count < examplesPerGroup { failures.append(failure) }
            return
        }
        if !comparison.changes.isEmpty { changedCases += 1 }
        if !comparison.missing.isEmpty { missingChangedCases += 1 }
        for change in comparison.changes { add(change, reference: comparison.reference) }
        for missing in comparison.missing {
            rules[missing.rule].missingChanged += 1
            if rules[missing.rule].missingExamples.count < examplesPerGroup { rules[missing.rule].missingExamples.append(missing.change) }
        }
    }

    private mutating func add(_ change: CaseComparison.Change, reference: CaseReference) {
        rules[change.rule].changed += 1
        let index = rules[change.rule].groups.firstIndex {
            $0.from == change.from && $0.to == change.to && $0.condition == change.divergence.condition
        } ?? {
            rules[change.rule].groups.append(Group(from: change.from, to: change.to, condition: change.divergence.condition,
                                                   location: change.divergence.location))
            return rules[change.rule].groups.count - 1
        }()
        rules[change.rule].groups[index].count += 1
        if rules[change.rule].groups[index].examples.count < examplesPerGroup {
            rules[change.rule].groups[index].examples.append(Example(reference: reference, old: change.old, new: change.new))
        }
    }

    /// Orders each rule's groups by size, largest first (ties in the order first seen).
    mutating func finish(seconds: Double) {
        self.seconds = seconds
        for index in rules.indices {
            rules[index].groups = rules[index].groups.enumerated()
                .sorted { $0.element.count != $1.element.count ? $0.element.count > $1.element.count : $0.offset < $1.offset }
                .map(\.element)
        }
    }
}

/// One case evaluated under both rule sets, as a thread hands it to the report.
struct CaseComparison: Sendable {
    struct Change: Sendable {
        /// Index into the compared rules.
        let rule: Int
        let from: String
        let to: String
        let divergence: Divergence
        let old: Explanation?
        let new: Explanation?
    }

    struct Missing: Sendable {
        let rule: Int
        let change: DecisionDiffReport.MissingChange
    }

    let reference: DecisionDiffReport.CaseReference
    var changes: [Change] = []
    var missing: [Missing] = []
    var failure: DecisionDiffReport.Failure?
}
