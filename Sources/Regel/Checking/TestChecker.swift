/// The fifth pass: `test` blocks. Their names are resolved already; here the given values and the
/// expected values are checked against the types of their facts and rules, and must be constants.
struct TestChecker: DiagnosticReporting {
    var typeChecker: TypeChecker
    var generator: CodeGenerator
    var diagnostics: [Diagnostic] = []
    /// Each `forvent` line that applies a rule with parameters, compiled as a call: planned with the
    /// program, and numbered by `CompiledExpectation.call`.
    var calls: [Node] = []

    var declarations: Declarations { typeChecker.declarations }

    mutating func checkTests() -> [TestCase] {
        reportDuplicateTestNames()
        return declarations.tests.map { declaration, file in
            var given: [(Int, Value)] = []
            var date: CalendarDate?
            for assignment in declaration.given {
                if assignment.path.text == "vurderingsdato" {
                    if case .date(let value)? = constant(assignment.value, file, expected: .date, what: "vurderingsdato") { date = value }
                    continue
                }
                guard let slot = declarations.factSlots[assignment.path.text] else { continue }
                let fact = declarations.facts[slot]
                if let value = constant(assignment.value, file, expected: fact.type, what: fact.name) { given.append((slot, value)) }
            }
            if date == nil && !declaration.given.contains(where: { $0.path.text == "vurderingsdato" }) {
                report(.testWithoutDate, TestMessages.missingDate(declaration.name), file.file, declaration.nameRange)
            }
            let expectations = declaration.expectations.compactMap { checkExpectation($0, file) }
            return TestCase(declaration: declaration, file: file.file, given: given, vurderingsdato: date, expectations: expectations)
        }
    }

    /// A test is found by its name (`--filter`, JUnit, the report), so two tests may not share one.
    mutating func reportDuplicateTestNames() {
        var first: [String: (file: SourceFile, range: SourceRange)] = [:]
        for (declaration, file) in declarations.tests {
            if let earlier = first[declaration.name] {
                report(.duplicateDeclaration, CheckingMessages.duplicate("testen", declaration.name), file.file, declaration.nameRange,
                       notes: [DeclarationCollector.firstDeclared(earlier.file, earlier.range)])
            } else {
                first[declaration.name] = (file.file, declaration.nameRange)
            }
        }
    }

    mutating func checkExpectation(_ expectation: Expectation, _ file: CheckedFile) -> CompiledExpectation? {
        guard let number = declarations.ruleNumbers[expectation.rule.text] else { return nil }
        let missing = expectation.missing?.map(\.text).filter { declarations.factSlots[$0] != nil || declarations.casePath($0) != nil }
        guard let call = checkArguments(expectation, number, file) else { return nil }
        switch expectation.outcome {
        case .notInForce:
            return CompiledExpectation(declaration: expectation, rule: number, expected: .notInForce(expectation.rule.text), missing: missing, call: call)
        case .notEncoded:
            return CompiledExpectation(declaration: expectation, rule: number, expected: .notEncoded(expectation.rule.text), missing: missing, call: call)
        case .value(let expression):
            // One value per element when the rule is applied to each: `[r(t) for t i l] = [ja, nei]`.
            var type = typeChecker.typing.ruleTypes[number]
            if case .comprehension? = expectation.application?.kind { type = .list(type) }
            guard let value = constant(expression, file, expected: type, what: expectation.rule.text) else { return nil }
            return CompiledExpectation(declaration: expectation, rule: number, expected: value, missing: missing, call: call)
        }
    }

    /// For a rule with parameters, the arguments of `regel(…) = …`, compiled as a call: its number in
    /// `calls`, or `.some(nil)` for a rule without. nil after an error (a rule with parameters named
    /// without arguments, arguments to a rule without, or arguments of the wrong number or type).
    mutating func checkArguments(_ expectation: Expectation, _ number: Int, _ file: CheckedFile) -> Int?? {
        let parameters = declarations.parameters(ofRule: number)
        let name = expectation.rule.text
        guard let application = expectation.application else {
            guard parameters.isEmpty else {
                report(.ruleNeedsArguments, CheckingMessages.ruleNeedsArguments(name, parameters), file.file, expectation.rule.range)
                return nil
            }
            return .some(nil)
        }
        let before = typeChecker.diagnostics.count
        typeChecker.check(application, file, [])
        guard typeChecker.diagnostics.count == before else { return nil }
        generator.adoptTypes(of: application, file, from: typeChecker.typing)
        calls.append(generator.generate(application, file))
        return .some(calls.count - 1)
    }

    /// The value of a constant expression of `expected` type, or nil after reporting why not.
    /// `inTest` words the messages for a `test` block; otherwise for a value typed in a session.
    mutating func constant(_ expression: Expression, _ file: CheckedFile, expected: ValueType, what: String, inTest: Bool = true) -> Value? {
        let before = typeChecker.diagnostics.count
        let type = typeChecker.check(expression, file, [], expected: expected)
        guard typeChecker.diagnostics.count == before else { return nil }
        guard expected.accepts(type) else {
            report(.typeMismatch, TestMessages.wrongType(what, expected, type, inTest: inTest), file.file, expression.range)
            return nil
        }
        generator.adoptTypes(of: expression, file, from: typeChecker.typing)
        let compiled = generator.generate(expression, file)
        guard let value = ConstantFolder.value(compiled) else {
            // A literal that is already reported (an impossible date, an unknown function) is not also «not a constant».
            if ConstantFolder.hasInvalidPart(compiled) { return nil }
            report(.notAConstant, TestMessages.notConstant(file.file.text(expression.range), inTest: inTest), file.file, expression.range)
            return nil
        }
        return value
    }
}

/// Values of expressions built only from literals.
enum ConstantFolder {
    static func hasInvalidPart(_ node: Node) -> Bool {
        switch node.kind {
        case .invalid: return true
        case .list(let items), .record(_, let items): return items.contains(where: hasInvalidPart)
        case .negate(let operand): return hasInvalidPart(operand)
        case .arithmetic(_, let left, let right): return hasInvalidPart(left) || hasInvalidPart(right)
        default: return false
        }
    }

    static func value(_ node: Node) -> Value? {
        switch node.kind {
        case .constant(let value): return value
        case .list(let items):
            let values = items.compactMap(value)
            return values.count == items.count ? .list(values) : nil
        case .record(let type, let fields):
            let values = fields.compactMap(value)
            return values.count == fields.count ? .record(type, values) : nil
        case .negate(let operand): return value(operand).flatMap { try? Operations.negate($0).get() }
        case .arithmetic(let op, let left, let right):
            guard let a = value(left), let b = value(right) else { return nil }
            return try? Operations.arithmetic(op, a, b).get()
        default: return nil
        }
    }
}
