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
}

/// One version of a rule: its period, hjemmel and body.
struct RuleVersion: Sendable {
    let validity: Validity
    let hjemmel: [HjemmelInfo]
    let body: CompiledBody
    let file: SourceFile
    let range: SourceRange
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
    /// The file of its first version.
    public let file: SourceFile
    /// Where the name of its first version is written.
    public let range: SourceRange

    /// Every hjemmel of every version, without repeats.
    public let hjemmel: [HjemmelInfo]
    /// The parameters, in order; empty for a rule that is not applied to arguments.
    public let parameters: [(name: String, type: ValueType)]

    init(name: String, type: ValueType, versions: [RuleVersion], exceptions: [CompiledException], file: SourceFile, range: SourceRange,
         parameters: [(name: String, type: ValueType)] = []) {
        self.name = name
        self.parameters = parameters
        self.type = type
        self.versions = versions
        self.exceptions = exceptions
        self.file = file
        self.range = range
        var seen = Set<HjemmelInfo>()
        self.hjemmel = versions.flatMap(\.hjemmel).filter { seen.insert($0).inserted }
    }

    /// Whether some version of the rule is in force on `date`.
    public func isInForce(on date: CalendarDate) -> Bool { versions.contains { $0.validity.contains(date) } }
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
    /// nil when the test expects "ikke i kraft".
    let expected: Value?
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
