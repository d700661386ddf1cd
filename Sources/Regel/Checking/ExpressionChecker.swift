/// Checks and compiles one expression typed by a person (the REPL) against a compiled rule set,
/// through the same passes as a file: names, types, code.
struct ExpressionChecker {
    let declarations: Declarations
    let ruleTypes: [ValueType]
    let nodeSources: [NodeSource]

    init(program: CompiledRuleSet) {
        var declarations = Declarations()
        declarations.facts = program.facts
        declarations.factSlots = program.factSlots
        declarations.ruleNames = program.rules.map(\.name)
        declarations.ruleNumbers = program.ruleNumbers
        declarations.ruleParameters = program.rules.map(\.parameters)
        declarations.types = program.typeTable.mapValues { ($0, SourceFile(name: "", bytes: []), SourceRange.at(0)) }
        declarations.enumValues = program.enumValueTable
        self.declarations = declarations
        self.ruleTypes = program.rules.map(\.type)
        self.nodeSources = program.nodeSources
    }

    /// The compiled expression and the program's node sources extended with its nodes; or the errors found.
    func compile(_ expression: Expression, _ file: SourceFile) -> Result<(node: Node, nodeSources: [NodeSource]), DiagnosticList> {
        var passes = Passes(self, expression, file)
        passes.typeChecker.check(expression, passes.file, [])
        let diagnostics = passes.resolverDiagnostics + passes.typeChecker.diagnostics
        guard !diagnostics.hasErrors else { return .failure(DiagnosticList(items: diagnostics.sortedForReading())) }
        passes.generator.adoptTypes(of: expression, passes.file, from: passes.typeChecker.typing)
        let node = passes.generator.generate(expression, passes.file)
        return .success((node, passes.generator.nodeSources))
    }

    /// The value of a constant expression of `expected` type, or the errors found.
    func constant(_ expression: Expression, _ file: SourceFile, expected: ValueType, what: String) -> Result<Value, DiagnosticList> {
        let passes = Passes(self, expression, file)
        var tests = TestChecker(typeChecker: passes.typeChecker, generator: passes.generator, diagnostics: passes.resolverDiagnostics)
        let value = tests.constant(expression, passes.file, expected: expected, what: what, inTest: false)
        let diagnostics = tests.diagnostics + tests.typeChecker.diagnostics
        guard let value, !diagnostics.hasErrors else { return .failure(DiagnosticList(items: diagnostics.sortedForReading())) }
        return .success(value)
    }

    /// One expression's names resolved, and a type checker and code generator ready for it.
    private struct Passes {
        let file: CheckedFile
        let resolverDiagnostics: [Diagnostic]
        var typeChecker: TypeChecker
        var generator: CodeGenerator

        init(_ checker: ExpressionChecker, _ expression: Expression, _ source: SourceFile) {
            file = CheckedFile(file: source, unit: 0)
            var resolver = Resolver(declarations: checker.declarations)
            var ignored = Set<Int>()
            resolver.resolve(expression, file, [], counting: &ignored)
            resolverDiagnostics = resolver.diagnostics
            var typing = Typing()
            typing.ruleTypes = checker.ruleTypes
            typeChecker = TypeChecker(declarations: checker.declarations, resolution: resolver.resolution, ruleTypes: checker.ruleTypes)
            generator = CodeGenerator(declarations: checker.declarations, resolution: resolver.resolution, typing: typing,
                                      nodeSources: checker.nodeSources)
        }
    }
}
