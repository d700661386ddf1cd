import Foundation

/// Turns parsed files into a checked, compiled rule set by running the passes in order:
/// declarations → names → rule order → types → code → tests → lints, and, for an editor, the
/// index. Each pass reads the results of those before it, keyed by the parser's node ids, and
/// gives its result also when the files have errors. Nothing here runs a rule.
enum Checker {
    /// Checks and compiles `trees`. The rule set is nil when there are errors.
    static func check(_ trees: [SyntaxTree], indexing: Bool = false) -> (program: CompiledRuleSet?, diagnostics: [Diagnostic],
                                                                         index: SemanticIndex) {
        let (declarations, declarationDiagnostics) = DeclarationCollector.collect(trees.enumerated().map { ($1, $0) })
        let (resolution, resolutionDiagnostics) = Resolver.resolve(declarations)
        let graph = RuleGraph(edges: resolution.ruleUses)
        var typeChecker = TypeChecker(declarations: declarations, resolution: resolution)
        typeChecker.checkRules(order: graph.order)
        var generator = CodeGenerator(declarations: declarations, resolution: resolution, typing: typeChecker.typing)
        let rules = generator.generateRules(order: graph.order)
        var testChecker = TestChecker(typeChecker: typeChecker, generator: generator)
        let tests = testChecker.checkTests()

        let depths = EvaluationDepth.of(rules, order: graph.order)
        var diagnostics = trees.flatMap(\.diagnostics) + declarationDiagnostics + resolutionDiagnostics
            + cycleDiagnostics(graph.cycles, declarations) + testChecker.typeChecker.diagnostics + testChecker.diagnostics
            + deepParameterDiagnostics(depths, declarations)
        let filesWithParseErrors = Set(trees.filter { $0.diagnostics.hasErrors }.map(\.file.name))
        diagnostics += Lints.run(declarations, resolution, filesWithParseErrors: filesWithParseErrors,
                                 reportUnusedFacts: !diagnostics.hasErrors)
        let index = indexing ? SemanticIndexBuilder.build(declarations, resolution, testChecker.typeChecker.typing) : SemanticIndex()

        let nodeSources = testChecker.generator.nodeSources
        let program = CompiledRuleSet(facts: declarations.facts, rules: rules, tests: tests, conditions: ConditionInfo.all(in: rules, nodeSources),
                                      fingerprint: Fingerprint.of(trees.map(\.file)), nodeSources: nodeSources,
                                      evaluationOrder: graph.order, evaluationDepth: depths,
                                      dependencies: graph.edges, typeTable: declarations.types.mapValues(\.type),
                                      enumValueTable: declarations.enumValues, testCalls: testChecker.calls)
        return (diagnostics.hasErrors ? nil : program, diagnostics.sortedForReading(), index)
    }

    /// A rule with parameters cannot be evaluated ahead of its callers, as a long chain of other
    /// rules is; so its own chain must fit the evaluator's nesting (`Evaluator.maxRecursiveDepth`).
    static func deepParameterDiagnostics(_ depths: [Int], _ declarations: Declarations) -> [Diagnostic] {
        depths.indices.compactMap { number in
            guard !declarations.parameters(ofRule: number).isEmpty, depths[number] > Evaluator<NoTrace>.maxRecursiveDepth,
                  let first = declarations.ruleVersions[number].first else { return nil }
            return Diagnostic(.nestingTooDeep, CheckingMessages.parameterChainTooDeep(declarations.ruleNames[number]),
                              file: first.file.file, range: first.declaration.name.range)
        }
    }

    static func cycleDiagnostics(_ cycles: [[Int]], _ declarations: Declarations) -> [Diagnostic] {
        cycles.map { cycle in
            let names = cycle.map { declarations.ruleNames[$0] }
            let first = declarations.ruleVersions[cycle[0]][0]
            let notes = cycle.dropFirst().map { number in
                let other = declarations.ruleVersions[number][0]
                return DiagnosticNote(CheckingMessages.declaredHere(declarations.ruleNames[number]), file: other.file.file,
                                      range: other.declaration.name.range)
            }
            return Diagnostic(.ruleCycle, CheckingMessages.cycle(names), file: first.file.file, range: first.declaration.name.range,
                              notes: notes)
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
