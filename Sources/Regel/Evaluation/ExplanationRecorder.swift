/// Records an evaluation as a flat tape of steps in post-order, each with
/// the size of its subtree. Recording allocates almost nothing per step;
/// the `Explanation` tree is built from the tape only when someone reads it.
struct ExplanationRecorder: Tracer {
    static var isActive: Bool { true }
    var entries: [TraceEntry]
    var frames: [Int]
    /// Where each rule's entry is, for a rule used again in the same evaluation; only the rules
    /// touched, so recording costs nothing per rule of the set. Nil when no rule is used twice.
    var ruleEntries: [Int: Int]?
    /// Why each failed calculation failed, kept apart so a step stays a plain value.
    var failureReasons: [String] = []
    /// What rule entries say beyond their version (a chosen hjemmel, a period not encoded), by entry index.
    var ruleDetails: [Int: RuleDetail] = [:]
    /// The vurderingsdato: of a lovtekst with versions, the wording in force then is cited.
    var date: CalendarDate?

    mutating func start(on date: CalendarDate) { self.date = date }
    /// The element each call of a rule with parameters was applied to, by the entry of its rule step.
    var callElements: [Int: CalledElement] = [:]
    /// Where each call's rule step is, for the same call again.
    var callEntries: [CallKey: Int] = [:]
    /// Fields of elements that are not given, by the entry index recorded for them.
    var missingFields: [MissingElementField] = []

    init(program: CompiledRuleSet, keepingRuleValues: Bool = false) {
        entries = []
        entries.reserveCapacity(32)
        frames = []
        frames.reserveCapacity(16)
        ruleEntries = program.cachesRules || keepingRuleValues ? [:] : nil
    }

    mutating func begin() { frames.append(entries.count) }

    mutating func fold() { _ = frames.popLast() }

    mutating func end(_ node: Node, _ value: Value, program: CompiledRuleSet) {
        let start = frames.popLast() ?? 0
        hideUndecidingChildren(from: start, for: node.kind, value: value)
        let step: TraceEntry.Step
        switch node.kind {
        case .fact(let slot): step = .fact(slot: slot, node: node.id)
        case .rule, .ruleCall: step = .ruleReference
        case .conditionList: step = .list(node.id)
        default: step = .node(node.id)
        }
        entries.append(TraceEntry(step: step, value: value, size: entries.count - start + 1))
    }

    mutating func endStep(_ kind: StepKind, id: Int, condition: Value, value: Value, program: CompiledRuleSet) {
        let start = frames.popLast() ?? 0
        let step: TraceEntry.Step
        switch kind {
        case .hvis: step = .hvis(id)
        case .exception(let rule, let index): step = .exception(id, rule: rule, index: index)
        }
        entries.append(TraceEntry(step: step, value: value, size: entries.count - start + 1))
    }

    mutating func endRule(_ rule: Int, version: Int?, value: Value, program: CompiledRuleSet, appliedException: Int?, detail: RuleDetail?) {
        let start = frames.popLast() ?? 0
        if let detail { ruleDetails[entries.count] = detail }
        entries.append(TraceEntry(step: .rule(rule, version ?? -1), value: value, size: entries.count - start + 1))
        ruleEntries?[rule] = entries.count - 1
    }

    mutating func failure(_ node: Node, _ failure: CalculationFailure, operands: [Value], program: CompiledRuleSet) {
        let reason = failure.reason + (operands.isEmpty ? "" : ExplanationMessages.operands(operands.map(\.displayText)))
        failureReasons.append(reason)
        entries.append(TraceEntry(step: .failure(node.id, reason: failureReasons.count - 1), value: .unknown, size: 1))
    }

    mutating func endCall(_ call: CallKey?, element: CalledElement?) {
        let entry = entries.count - 1
        if let call { callEntries[call] = entry }
        if let element { callElements[entry] = element }
    }

    mutating func reuseCall(_ call: CallKey) {
        guard let entry = callEntries[call] else { return }
        entries.append(TraceEntry(step: .reuse(entry), value: entries[entry].value, size: 1))
    }

    mutating func missingField(_ field: MissingElementField) {
        missingFields.append(field)
        entries.append(TraceEntry(step: .missingField(missingFields.count - 1), value: .unknown, size: 1))
    }

    mutating func reuseRule(_ rule: Int) {
        guard let entry = ruleEntries?[rule] else { return }
        entries.append(TraceEntry(step: .reuse(entry), value: entries[entry].value, size: 1))
    }

    /// For a decided `og`/`eller`, only the operands with the deciding value explain it.
    mutating func hideUndecidingChildren(from start: Int, for kind: Node.Kind, value: Value) {
        guard case .truth(let flag) = value else { return }
        let isAnd: Bool
        switch kind {
        case .logical(let op, _): isAnd = op == .and
        case .conditionList(let list, _): isAnd = list == .all
        default: return
        }
        guard flag != isAnd else { return }
        var index = entries.count - 1
        while index >= start {
            if entries[index].value != value { entries[index].hidden = true }
            index -= entries[index].size
        }
    }

    /// The finished recording.
    func tape(program: CompiledRuleSet) -> ExplanationTape? {
        entries.isEmpty ? nil : ExplanationTape(program: program, entries: entries, failureReasons: failureReasons, ruleDetails: ruleDetails, date: date,
                                                callElements: callElements, missingFields: missingFields)
    }

    /// The finished recording of one result: its last step, and `search` to tell which missing
    /// facts can still change it.
    package func trace(program: CompiledRuleSet, search: RelevanceSearch?) -> OutcomeTrace? {
        tape(program: program).map { OutcomeTrace(tape: $0, root: $0.entries.count - 1, search: search) }
    }
}

/// One recorded step.
struct TraceEntry: Sendable {
    enum Step: Sendable {
        case node(Int)
        case list(Int)
        case fact(slot: Int, node: Int)
        case ruleReference
        case rule(Int, Int)
        case hvis(Int)
        case exception(Int, rule: Int, index: Int)
        /// The same rule again: the entry index of its first evaluation.
        case reuse(Int)
        /// A calculation that failed on known values, with the reason.
        case failure(Int, reason: Int)
        /// A field of an element of a list that is not given: its index in `missingFields`.
        case missingField(Int)
    }
    let step: Step
    let value: Value
    /// Entries in this step's subtree, itself included.
    let size: Int
    var hidden = false

    init(step: Step, value: Value, size: Int) {
        self.step = step
        self.value = value
        self.size = size
    }
}

/// A recorded evaluation of one or more rules: builds explanation trees and finds the facts
/// under open steps.
final class ExplanationTape: Sendable {
    let program: CompiledRuleSet
    let entries: [TraceEntry]
    let failureReasons: [String]
    let ruleDetails: [Int: RuleDetail]
    let date: CalendarDate?
    let callElements: [Int: CalledElement]
    let missingFields: [MissingElementField]

    init(program: CompiledRuleSet, entries: [TraceEntry], failureReasons: [String], ruleDetails: [Int: RuleDetail] = [:],
         date: CalendarDate? = nil, callElements: [Int: CalledElement] = [:], missingFields: [MissingElementField] = []) {
        self.program = program
        self.entries = entries
        self.failureReasons = failureReasons
        self.ruleDetails = ruleDetails
        self.date = date
        self.callElements = callElements
        self.missingFields = missingFields
    }

    /// The hjemmel as cited on the vurderingsdato.
    func cited(_ hjemmel: [HjemmelInfo]) -> [HjemmelInfo] { date.map { hjemmel.inForce(on: $0) } ?? hjemmel }

    /// The visible children of the entry at `index`, first to last.
    func children(of index: Int) -> [Int] {
        var found: [Int] = []
        var child = index - 1
        let start = index - entries[index].size + 1
        while child >= start {
            if !entries[child].hidden { found.append(child) }
            child -= entries[child].size
        }
        return found.reversed()
    }

    /// The tree for the entry at `index`, built bottom-up without recursion: the tape is in
    /// post-order, so every child, and every rule a `reuse` points back to, is built first.
    func explanation(at index: Int) -> Explanation {
        var built: [Explanation?] = []
        built.reserveCapacity(index + 1)
        for position in 0...index { built.append(make(position, built)) }
        return built[index] ?? make(index, built)
    }

    func make(_ index: Int, _ built: [Explanation?]) -> Explanation {
        let entry = entries[index]
        var childIndices = children(of: index)
        switch entry.step {
        case .reuse(let target):
            if target < built.count, let explanation = built[target] { return explanation }
        case .ruleReference:
            // The rule's own step says it all; the reference adds nothing. For a call, the rule's step
            // names the element, and the arguments' own steps (still searched for missing facts) add nothing either.
            if childIndices.count == 1, let only = childIndices.first, only < built.count, let child = built[only] { return child }
            if let rule = childIndices.last(where: { Self.isRuleStep(entries[$0].step) }), rule < built.count, let child = built[rule] {
                return child
            }
        case .rule:
            // `når alle:`: the list's items stand directly under the rule.
            if childIndices.count == 1, let only = childIndices.first, case .list = entries[only].step {
                childIndices = children(of: only)
            }
        default: break
        }
        let children = childIndices.compactMap { $0 < built.count ? built[$0] : nil }
        switch entry.step {
        case .node(let id):
            return Explanation(kind: .condition, value: entry.value, children: children, source: program.nodeSources[id])
        case .list(let id):
            return Explanation(kind: .condition, value: entry.value, children: children, source: program.nodeSources[id], isList: true)
        case .fact(let slot, let id):
            let fact = program.facts[slot]
            return Explanation(kind: fact.isJudgement ? .judgement(name: fact.name) : .fact(name: fact.name), value: entry.value,
                               children: children, source: program.nodeSources[id], slot: slot)
        case .hvis(let id):
            return Explanation(kind: .hvis, value: entry.value, children: children, source: program.nodeSources[id])
        case .exception(let id, let rule, let exception):
            let hjemmel = cited(program.rules[rule].exceptions[exception].hjemmel)
            return Explanation(kind: .exception(hjemmel: hjemmel), value: entry.value, children: children, source: program.nodeSources[id])
        case .rule(let number, let version):
            let info = program.rules[number]
            let used = version >= 0 ? info.versions[version] : nil
            var hjemmel = used?.hjemmel ?? info.ruleHjemmel
            var notEncoded: NotEncodedPeriod?
            switch ruleDetails[index] {
            case .hjemmel(let chosen)?: hjemmel = chosen
            case .notEncoded(let period)?: notEncoded = period
            case nil: break
            }
            return Explanation(kind: .rule(name: info.name, hjemmel: cited(hjemmel)), value: entry.value,
                               children: children, source: NodeSource(file: info.file, range: info.range),
                               validity: used.flatMap { Self.describe($0.validity) }, enactedBy: used?.enactedBy,
                               withoutVersion: used == nil ? RuleWithoutVersion(inForce: info.periodsInForce, notEncoded: notEncoded) : nil,
                               element: callElements[index]?.label)
        case .missingField(let field):
            let missing = missingFields[field]
            return Explanation(kind: .fact(name: missing.path), value: entry.value, children: [], source: program.nodeSources[missing.node],
                               element: missing.element)
        case .failure(let id, let reason):
            return Explanation(kind: .failedCalculation(reason: failureReasons[reason]), value: entry.value, children: children, source: program.nodeSources[id])
        case .ruleReference, .reuse:
            return Explanation(kind: .condition, value: entry.value, children: children, source: program.nodeSources[0])
        }
    }

    /// The facts under open steps below `root`: every fact that might change the result, and
    /// perhaps more, in the order the rules mention them.
    func factsUnderOpenSteps(below root: Int) -> [OpenFact] {
        guard entries[root].value == .unknown else { return [] }
        var seen: [OpenFact] = []
        var paths = Set<String>()
        var stack = [root]
        while let index = stack.popLast() {
            switch entries[index].step {
            case .fact(let slot, _):
                guard !seen.contains(.slot(slot)) else { continue }
                seen.append(.slot(slot))
            case .missingField(let field):
                guard paths.insert(missingFields[field].path).inserted else { continue }
                seen.append(.field(field))
            case .reuse(let target):
                stack.append(target)
            default:
                // Only open steps can still change; children pushed in reverse so the first is visited first.
                // A fact is missing only when it is ukjent itself; a given list with a field not given
                // is followed through the steps that read the field.
                for child in children(of: index).reversed() where entries[child].value == .unknown
                    || (!Self.isFactStep(entries[child].step) && Self.isOpen(entries[child].value)) {
                    stack.append(child)
                }
            }
        }
        return seen
    }

    /// `ukjent`, or a list or record with `ukjent` in it (`[4, ukjent]` from `[t.timer for t i …]`): a
    /// step whose value can still change.
    static func isOpen(_ value: Value) -> Bool {
        var pending = [value]
        while let next = pending.popLast() {
            switch next {
            case .unknown: return true
            case .list(let items): pending += items
            case .record(_, let fields): pending += fields
            default: continue
            }
        }
        return false
    }

    static func isFactStep(_ step: TraceEntry.Step) -> Bool {
        if case .fact = step { return true }
        return false
    }

    static func isRuleStep(_ step: TraceEntry.Step) -> Bool {
        switch step {
        case .rule, .reuse: return true
        default: return false
        }
    }

    static func describe(_ validity: Validity) -> String? {
        switch (validity.from, validity.to) {
        case (nil, nil): return nil
        case (let from?, nil): return ExplanationMessages.validFrom(from)
        case (nil, let to?): return ExplanationMessages.validTo(to)
        case (let from?, let to?): return ExplanationMessages.validFromTo(from, to)
        }
    }
}

/// A fact under an open step: a declared fact by slot, or a field of an element of a list (an index in `missingFields`).
enum OpenFact: Equatable {
    case slot(Int)
    case field(Int)
}
