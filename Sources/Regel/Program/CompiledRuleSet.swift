/// A checked rule set, ready to evaluate: names resolved to slots once,
/// immutable, safe to share between any number of threads.
public final class CompiledRuleSet: Sendable {
    /// Facts and vurderinger, indexed by slot.
    public let facts: [FactInfo]
    /// Rules, indexed by rule number.
    public let rules: [RuleInfo]
    /// Test blocks, for the test harness.
    public let tests: [TestCase]
    /// The calls of rules with parameters that tests expect values of (`skal_samarbeide(tjenester[0]) = ja`),
    /// planned before any other expression.
    let testCalls: [Node]
    /// Every vilkår that coverage tracks: list items, `hvis` cases and `unntak`.
    package let conditions: [ConditionInfo]
    /// A stable hash of the source files, for audit trails.
    public let fingerprint: String
    let factSlots: [String: Int]
    /// The same by the bytes of the name, for reading cases fast.
    let factNameTable: FactNameTable
    let ruleNumbers: [String: Int]
    let nodeSources: [NodeSource]
    /// Rules in an order where each comes after the rules it uses.
    let evaluationOrder: [Int]
    /// For each rule, how deep its evaluation nests: expression depth summed along its chain of rules.
    let evaluationDepth: [Int]
    let dependencies: [[Int]]
    /// True when rule values must be kept during one evaluation: some rule is used from more
    /// than one place, or a rule nests deep enough to be evaluated bottom-up.
    let cachesRules: Bool
    /// Declared types and enumeration values, to check expressions typed later (the REPL).
    let typeTable: [String: ValueType]
    let enumValueTable: [String: [EnumerationType]]
    /// The rules (and `expressions`) planned for the evaluator.
    let plan: Plan
    /// Owns the memory `tableView` points into.
    let tables: PlanTables
    /// The tables as plain pointers, read by every evaluation without touching a reference count.
    let tableView: PlanTables.View

    init(facts: [FactInfo], rules: [RuleInfo], tests: [TestCase], conditions: [ConditionInfo], fingerprint: String, nodeSources: [NodeSource],
         evaluationOrder: [Int], evaluationDepth: [Int], dependencies: [[Int]],
         typeTable: [String: ValueType], enumValueTable: [String: [EnumerationType]], testCalls: [Node] = [], expressions: [Node] = []) {
        self.plan = Plan(rules: rules, evaluationDepth: evaluationDepth, expressions: testCalls + expressions)
        self.testCalls = testCalls
        self.tables = PlanTables(plan)
        self.tableView = tables.view
        var users = Array(repeating: 0, count: rules.count)
        for used in dependencies { for rule in used { users[rule] += 1 } }
        // A rule with parameters is kept per argument, so applying it to the same element twice costs once.
        self.cachesRules = users.contains { $0 > 1 } || (evaluationDepth.max() ?? 0) > Evaluator<NoTrace>.maxRecursiveDepth
            || rules.contains { !$0.parameters.isEmpty }
        self.typeTable = typeTable
        self.enumValueTable = enumValueTable
        self.facts = facts
        self.rules = rules
        self.tests = tests
        self.conditions = conditions
        self.fingerprint = fingerprint
        self.nodeSources = nodeSources
        self.evaluationOrder = evaluationOrder
        self.evaluationDepth = evaluationDepth
        self.dependencies = dependencies
        self.factSlots = Dictionary(facts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        self.factNameTable = FactNameTable(names: facts.map(\.name))
        self.ruleNumbers = Dictionary(rules.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The slot of a fact or vurdering by its dotted name.
    public func factSlot(_ name: String) -> Int? { factSlots[name] }

    /// The number of a rule by name.
    public func ruleNumber(_ name: String) -> Int? { ruleNumbers[name] }

    /// The fact or vurdering with this name.
    public func fact(named name: String) -> FactInfo? { factSlots[name].map { facts[$0] } }

    /// The rule with this name.
    public func rule(named name: String) -> RuleInfo? { ruleNumbers[name].map { rules[$0] } }
}

/// A declared fact or vurdering.
public struct FactInfo: Sendable {
    /// The dotted name, as in `barn.fødselsdato`.
    public let name: String
    /// The declared type.
    public let type: ValueType
    /// True for a `vurdering` (professional judgement), false for a `faktum`.
    public let isJudgement: Bool
    /// The declared `spørsmål`, when there is one.
    public let question: String?
    /// The declared `veiledning`, when there is one.
    public let guidance: String?
    /// The file it is declared in.
    public let file: SourceFile
    /// Where its name is written in the declaration.
    public let range: SourceRange
}

/// A resolved legal source: the citation as text and the statute wording if kept in a `lovtekst`.
public struct HjemmelInfo: Sendable, Hashable {
    /// `hol § 7-2 a første ledd`, or the lovtekst's title.
    public let citation: String
    /// The name of the `lovtekst`, when the hjemmel refers to one.
    public let lovtekstName: String?
    /// The statute wording, when kept in a `lovtekst`.
    public let wording: String?
    /// For a lovtekst with `gjelder fra/til`: the period this wording is in force.
    public var from: CalendarDate? = nil
    /// The last day this wording is in force, when given.
    public var to: CalendarDate? = nil

    /// Whether this wording is the one in force on `date`; one without a period always is.
    public func isInForce(on date: CalendarDate) -> Bool { Validity(from: from, to: to).contains(date) }
}

extension Array where Element == HjemmelInfo {
    /// The hjemmel as cited on `date`: of a lovtekst with versions, only the wording in force. A
    /// lovtekst with no wording in force that day is still cited, by name and saying so, so that
    /// a gap between its versions never drops the hjemmel from an explanation.
    func inForce(on date: CalendarDate) -> [HjemmelInfo] {
        var cited: [HjemmelInfo] = []
        var withoutWording = Set<String>()
        for hjemmel in self {
            if hjemmel.isInForce(on: date) {
                cited.append(hjemmel)
            } else if let name = hjemmel.lovtekstName, !contains(where: { $0.lovtekstName == name && $0.isInForce(on: date) }),
                      withoutWording.insert(name).inserted {
                cited.append(HjemmelInfo(citation: ExplanationMessages.noWordingInForce(name), lovtekstName: name, wording: nil))
            }
        }
        return cited
    }
}

/// One version of a rule: its period, hjemmel and body.
struct RuleVersion: Sendable {
    let validity: Validity
    let hjemmel: [HjemmelInfo]
    let body: CompiledBody
    /// The hjemmel under each `hvis` case (empty when the case has none), and under `ellers`.
    let caseHjemmel: [[HjemmelInfo]]
    let otherwiseHjemmel: [HjemmelInfo]
    /// `hjemmel etter …`.
    let hjemmelTable: CompiledHjemmelTable?
    /// `innført ved "…"`.
    let enactedBy: String?
    let file: SourceFile
    let range: SourceRange

    /// The hjemmel to cite when the case at `decidedCase` decided (its count for `ellers`, nil
    /// when none did) and `hjemmel etter` gave `selected`: the most specific one given.
    func hjemmel(decidedCase: Int?, selected: Value?) -> [HjemmelInfo] {
        if let decidedCase {
            let own = decidedCase < caseHjemmel.count ? caseHjemmel[decidedCase] : otherwiseHjemmel
            if !own.isEmpty { return own }
        }
        if let table = hjemmelTable, let selected, let row = table.rows.first(where: { $0.value == selected }) { return row.hjemmel }
        return hjemmel
    }

    /// Every hjemmel the version can cite.
    var allHjemmel: [HjemmelInfo] { hjemmel + caseHjemmel.flatMap { $0 } + otherwiseHjemmel + (hjemmelTable?.rows.flatMap(\.hjemmel) ?? []) }
}

/// `hjemmel etter …`, compiled: the expression and the hjemmel for each of its values.
struct CompiledHjemmelTable: Sendable {
    let selector: Node
    /// One entry per value named in the table, first row first.
    let rows: [(value: Value, hjemmel: [HjemmelInfo])]
}

/// The period one version of a rule is in force, and the act that brought it in.
public struct VersionPeriod: Sendable, Hashable {
    /// The first day in force, when given.
    public let from: CalendarDate?
    /// The last day in force, when given.
    public let to: CalendarDate?
    /// `innført ved "…"`, when the file says it.
    public let enactedBy: String?
}

/// A period of law a rule does not encode (`ikke kodet …`): on such a date the rule answers «ikke kodet».
public struct NotEncodedPeriod: Sendable, Hashable {
    /// The first day, when given.
    public let from: CalendarDate?
    /// The last day, when given.
    public let to: CalendarDate?
    /// What is not encoded, as the rule file says it.
    public let note: String?
    /// True when a `når` limits the period to some cases; on those dates the others are «ikke i kraft».
    public var isConditional = false
}

/// How a compiled rule version gets its value.
enum CompiledBody: Sendable {
    case condition(Node)
    case value(Node)
    case cases([CompiledCase], otherwise: Node?)
}

/// One `hvis` line, compiled.
struct CompiledCase: Sendable {
    let id: Int
    let condition: Node
    let value: Node
}

/// An `unntak`, compiled.
struct CompiledException: Sendable {
    let id: Int
    let validity: Validity
    let hjemmel: [HjemmelInfo]
    let condition: Node
    let value: Node
    let file: SourceFile
    let range: SourceRange
}

/// A rule with all its versions and exceptions.
public struct RuleInfo: Sendable {
    /// The rule's name.
    public let name: String
    /// The declared type, or the type of its value when none is declared.
    public let type: ValueType
    let versions: [RuleVersion]
    let exceptions: [CompiledException]
    /// Periods of law the rule does not encode.
    public let notEncoded: [NotEncodedPeriod]
    /// For each period, the `når` that limits it to some cases; nil for all cases.
    let notEncodedConditions: [Node?]
    /// The file of its first version.
    public let file: SourceFile
    /// Where the name of its first version is written.
    public let range: SourceRange

    /// Every hjemmel of every version, without repeats: its own, its cases' and its `hjemmel etter` rows.
    public let hjemmel: [HjemmelInfo]
    /// The hjemmel the versions give for the whole rule (not per case or value), without repeats:
    /// what an explanation cites when no version is in force.
    public let ruleHjemmel: [HjemmelInfo]
    /// The parameters, in order; empty for a rule that is not applied to arguments.
    public let parameters: [(name: String, type: ValueType)]

    init(name: String, type: ValueType, versions: [RuleVersion], exceptions: [CompiledException], notEncoded: [NotEncodedPeriod] = [],
         notEncodedConditions: [Node?] = [], file: SourceFile, range: SourceRange, parameters: [(name: String, type: ValueType)] = []) {
        self.notEncodedConditions = notEncodedConditions
        self.name = name
        self.parameters = parameters
        self.type = type
        self.versions = versions
        self.exceptions = exceptions
        self.notEncoded = notEncoded
        self.file = file
        self.range = range
        var seen = Set<HjemmelInfo>()
        self.hjemmel = versions.flatMap(\.allHjemmel).filter { seen.insert($0).inserted }
        seen = []
        self.ruleHjemmel = versions.flatMap(\.hjemmel).filter { seen.insert($0).inserted }
    }

    /// Whether some version of the rule is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool { versions.contains { $0.validity.contains(date) } }

    /// The period of law not encoded that `date` falls in, if any; for a period with `når`, only
    /// some cases on those dates are not encoded.
    public func notEncodedPeriod(on date: CalendarDate) -> NotEncodedPeriod? {
        notEncoded.first { Validity(from: $0.from, to: $0.to).contains(date) }
    }

    /// The periods its versions are in force, with the act that brought each in, in date order.
    public var periodsInForce: [VersionPeriod] {
        versions.map { VersionPeriod(from: $0.validity.from, to: $0.validity.to, enactedBy: $0.enactedBy) }
            .sorted { ($0.from?.dayNumber ?? .min) < ($1.from?.dayNumber ?? .min) }
    }
}

extension Validity {
    /// `gjelder fra` and `gjelder til` are both inclusive.
    func contains(_ date: CalendarDate) -> Bool {
        if let from, date < from { return false }
        if let to, to < date { return false }
        return true
    }
}

/// A checked `test` block, for the harness.
public struct TestCase: Sendable {
    /// The `test` block as parsed.
    public let declaration: TestDeclaration
    /// The file the test is in.
    public let file: SourceFile
    /// Facts given, by slot.
    let given: [(slot: Int, value: Value)]
    let vurderingsdato: CalendarDate?
    let expectations: [CompiledExpectation]
}

/// One `forvent` line, checked.
struct CompiledExpectation: Sendable {
    let declaration: Expectation
    let rule: Int
    /// The value expected; `.notInForce` or `.notEncoded` (with the rule's name) for «ikke i kraft» and «ikke kodet».
    let expected: Value
    let missing: [String]?
    /// For a rule with parameters: the call's number in `CompiledRuleSet.testCalls`.
    var call: Int? = nil
}

/// A vilkår whose outcomes coverage reports.
package struct ConditionInfo: Sendable {
    package enum Kind: String, Sendable {
        case item = "vilkår"
        case hvis
        case exception = "unntak"
    }
    package let kind: Kind
    /// The rule it belongs to.
    package let rule: String
    package let file: SourceFile
    package let range: SourceRange
    /// The node or step id the evaluator reports it under.
    let id: Int

    /// The first line of its source text.
    package var text: String { file.text(range).split(separator: "\n").first.map(String.init) ?? "" }
    package var line: Int { file.location(of: range.start).line }
}
