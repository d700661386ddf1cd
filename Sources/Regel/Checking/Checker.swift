import Foundation

/// Turns parsed files into a checked, compiled rule set: collects the
/// declarations, resolves names, finds rule cycles, checks types and
/// reports everything it finds. Nothing here runs a rule.
final class Checker {
    var diagnostics: [Diagnostic] = []
    /// What each name refers to and each expression's type, for tools.
    var index: SemanticIndex

    init(indexing: Bool) { index = SemanticIndex(enabled: indexing) }
    var types: [String: (type: ValueType, file: SourceFile, range: SourceRange)] = [:]
    var enumValues: [String: [EnumerationType]] = [:]
    var facts: [FactInfo] = []
    var factSlots: [String: Int] = [:]
    var lovtekster: [String: (declaration: LovtekstDeclaration, file: SourceFile)] = [:]
    var ruleNames: [String] = []
    var ruleDeclarations: [String: [(declaration: RuleDeclaration, file: SourceFile)]] = [:]
    var exceptionDeclarations: [String: [(declaration: ExceptionDeclaration, file: SourceFile)]] = [:]
    var testDeclarations: [(declaration: TestDeclaration, file: SourceFile)] = []
    var ruleTypes: [ValueType?] = []
    var nodeSources: [NodeSource] = []
    var usedFacts = Set<Int>()
    /// Unknown rule names in tests already reported: a misspelt name is one error, not one per test.
    var unknownTestRules = Set<String>()
    var ruleNumbers: [String: Int] = [:]
    /// Files the parser found errors in: warnings there would mostly echo those errors.
    var filesWithParseErrors = Set<String>()

    func report(_ code: DiagnosticCode, _ message: String, _ file: SourceFile, _ range: SourceRange,
                notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        diagnostics.append(Diagnostic(code, message, file: file, range: range, notes: notes, fix: fix))
    }

    /// Checks and compiles `trees`. The rule set is nil when there are errors.
    static func check(_ trees: [SyntaxTree], indexing: Bool = false) -> (program: CompiledRuleSet?, diagnostics: [Diagnostic],
                                                                         index: SemanticIndex) {
        let checker = Checker(indexing: indexing)
        let program = checker.run(trees)
        let all = trees.flatMap(\.diagnostics) + checker.diagnostics
        return (all.hasErrors ? nil : program, all.sortedForReading(), checker.index)
    }

    func run(_ trees: [SyntaxTree]) -> CompiledRuleSet {
        filesWithParseErrors = Set(trees.filter { $0.diagnostics.hasErrors }.map(\.file.name))
        collectTypes(trees)
        collectDeclarations(trees)
        let graph = RuleGraph(checker: self)
        reportCycles(graph.cycles)
        ruleTypes = Array(repeating: nil, count: ruleNames.count)
        // Rules in order first, so each knows the types it uses; then those on or behind a cycle,
        // which are checked too. Every rule is compiled, so rule numbers index `rules` as they are.
        var ordered: [RuleInfo?] = Array(repeating: nil, count: ruleNames.count)
        for number in graph.order { ordered[number] = compileRule(number) }
        let compiled = ordered.indices.map { ordered[$0] ?? compileRule($0) }
        checkExceptionsForUnknownRules()
        let tests = checkTests()
        // An unused fact is often only the echo of a misspelt name: warn once the errors are fixed.
        if !diagnostics.hasErrors && !trees.contains(where: { $0.diagnostics.hasErrors }) { lintUnusedFacts() }
        return CompiledRuleSet(facts: facts, rules: compiled, tests: tests, conditions: ConditionInfo.all(in: compiled, nodeSources),
                               fingerprint: Fingerprint.of(trees.map(\.file)), nodeSources: nodeSources,
                               evaluationOrder: graph.order, evaluationDepth: EvaluationDepth.of(compiled, order: graph.order),
                               dependencies: graph.edges, typeTable: types.mapValues(\.type), enumValueTable: enumValues)
    }

    /// Records where a compiled node came from and returns it.
    func node(_ kind: Node.Kind, _ file: SourceFile, _ range: SourceRange) -> Node {
        nodeSources.append(NodeSource(file: file, range: range))
        return Node(id: nodeSources.count - 1, kind: kind)
    }

    func reportCycles(_ cycles: [[Int]]) {
        for cycle in cycles {
            let names = cycle.map { ruleNames[$0] }
            guard let first = ruleDeclarations[names[0]]?.first else { continue }
            let notes = cycle.dropFirst().compactMap { number -> DiagnosticNote? in
                guard let other = ruleDeclarations[ruleNames[number]]?.first else { return nil }
                return DiagnosticNote(CheckingMessages.declaredHere(ruleNames[number]), file: other.file, range: other.declaration.name.range)
            }
            report(.ruleCycle, CheckingMessages.cycle(names), first.file, first.declaration.name.range, notes: notes)
        }
    }
}

/// A stable fingerprint of the source text, independent of load order.
enum Fingerprint {
    static func of(_ files: [SourceFile]) -> String {
        // FNV-1a over (file name without folder, bytes), sorted: stable across machines and runs.
        var hash: UInt64 = 0xcbf29ce484222325
        let named = files.map { (name: ($0.name as NSString).lastPathComponent, bytes: $0.bytes) }
        for file in named.sorted(by: { ($0.name, $0.bytes.count) < ($1.name, $1.bytes.count) }) {
            for byte in Array(file.name.utf8) + [0] + file.bytes + [0] {
                hash ^= UInt64(byte)
                hash &*= 0x100000001b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
