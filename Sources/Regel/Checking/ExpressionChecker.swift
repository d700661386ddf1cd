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
        declarations.types = program.typeTable.mapValues { ($0, SourceFile(name: "", bytes: []), SourceRange.at(0)) }
        declarations.enumValues = program.enumValueTable
        self.declarations = declarations
        self.ruleTypes = program.rules.map(\.type)
        self.nodeSources = program.nodeSources
    }

    /// The compiled expression, its type and the program's node sources extended with its nodes;
    /// or the errors found.
    func compile(_ expression: Expression, _ file: SourceFile) -> Result<(node: Node, nodeSources: [NodeSource]), DiagnosticList> {
        var (typeChecker, generator, checked) = passes(expression, file)
        typeChecker.check(expression, checked, [])
        let diagnostics = generator.diagnostics + typeChecker.diagnostics
        guard !diagnostics.hasErrors else { return .failure(DiagnosticList(items: diagnostics.sortedForReading())) }
        generator.generator.adoptTypes(of: expression, checked, from: typeChecker.typing)
        let node = generator.generator.generate(expression, checked)
        return .success((node, generator.generator.nodeSources))
    }

    /// The value of a constant expression of `expected` type, or the errors found.
    func constant(_ expression: Expression, _ file: SourceFile, expected: ValueType, what: String) -> Result<Value, DiagnosticList> {
        let (typeChecker, generator, checked) = passes(expression, file)
        var tests = TestChecker(typeChecker: typeChecker, generator: generator.generator, diagnostics: generator.diagnostics)
        let value = tests.constant(expression, checked, expected: expected, what: what, inTest: false)
        let diagnostics = tests.diagnostics + tests.typeChecker.diagnostics
        guard let value, !diagnostics.hasErrors else { return .failure(DiagnosticList(items: diagnostics.sortedForReading())) }
        return .success(value)
    }

    /// The expression's names resolved, and a type checker and code generator ready for it; the
    /// generator's diagnostics are the resolver's.
    private func passes(_ expression: Expression, _ file: SourceFile)
        -> (TypeChecker, (generator: CodeGenerator, diagnostics: [Diagnostic]), CheckedFile) {
        let checked = CheckedFile(file: file, unit: 0)
        var resolver = Resolver(declarations: declarations)
        var ignored = Set<Int>()
        resolver.resolve(expression, checked, [], counting: &ignored)
        var typing = Typing()
        typing.ruleTypes = ruleTypes
        let typeChecker = TypeChecker(declarations: declarations, resolution: resolver.resolution, ruleTypes: ruleTypes)
        let generator = CodeGenerator(declarations: declarations, resolution: resolver.resolution, typing: typing, nodeSources: nodeSources)
        return (typeChecker, (generator, resolver.diagnostics), checked)
    }
}
