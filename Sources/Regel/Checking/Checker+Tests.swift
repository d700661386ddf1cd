/// `test` blocks: given facts must be declared and of the right type, and
/// expectations must name rules and values of the rule's type.
extension Checker {
    func checkTests() -> [TestCase] {
        reportDuplicateTestNames()
        return testDeclarations.map { declaration, file in
            let saved = usedFacts
            defer { usedFacts = saved }  // a fact only used in tests is still unused by the rules
            var given: [(Int, Value)] = []
            var date: CalendarDate?
            for assignment in declaration.given {
                if assignment.path.text == "vurderingsdato" {
                    if case .date(let value)? = constant(assignment.value, file, expected: .date, what: "vurderingsdato") { date = value }
                    continue
                }
                if factSlots[assignment.path.text] != nil { index.use(.fact(assignment.path.text), file, assignment.path.range) }
                guard let slot = factSlots[assignment.path.text] else {
                    reportUnknownName(assignment.path, file, Scope())
                    continue
                }
                let fact = facts[slot]
                if let value = constant(assignment.value, file, expected: fact.type, what: fact.name) { given.append((slot, value)) }
            }
            if date == nil && !declaration.given.contains(where: { $0.path.text == "vurderingsdato" }) {
                report(.testWithoutDate, TestMessages.missingDate(declaration.name), file, declaration.nameRange)
            }
            let expectations = declaration.expectations.compactMap { checkExpectation($0, file) }
            return TestCase(declaration: declaration, file: file, given: given, vurderingsdato: date, expectations: expectations)
        }
    }

    /// A test is found by its name (`--filter`, JUnit, the report), so two tests may not share one.
    func reportDuplicateTestNames() {
        var first: [String: (file: SourceFile, range: SourceRange)] = [:]
        for (declaration, file) in testDeclarations {
            if let earlier = first[declaration.name] {
                reportDuplicate(declaration.name, "testen", file, declaration.nameRange, earlier.file, earlier.range)
            } else {
                first[declaration.name] = (file, declaration.nameRange)
            }
        }
    }

    func checkExpectation(_ expectation: Expectation, _ file: SourceFile) -> CompiledExpectation? {
        if ruleNumbers[expectation.rule.text] != nil { index.use(.rule(expectation.rule.text), file, expectation.rule.range) }
        guard let number = ruleNumbers[expectation.rule.text] else {
            guard unknownTestRules.insert(expectation.rule.text).inserted else { return nil }
            let suggestion = Suggest.closest(to: expectation.rule.text, among: ruleNames)
            report(.unknownRuleInTest, TestMessages.unknownRule(expectation.rule.text), file, expectation.rule.range,
                   fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
            return nil
        }
        var missing: [String]?
        if let paths = expectation.missing {
            missing = paths.compactMap { path in
                guard factSlots[path.text] != nil else {
                    reportUnknownName(path, file, Scope())
                    return nil
                }
                return path.text
            }
        }
        switch expectation.outcome {
        case .notInForce:
            return CompiledExpectation(declaration: expectation, rule: number, expected: nil, missing: missing)
        case .value(let expression):
            let type = ruleTypes[number] ?? .error
            guard let value = constant(expression, file, expected: type, what: expectation.rule.text) else { return nil }
            return CompiledExpectation(declaration: expectation, rule: number, expected: value, missing: missing)
        }
    }

    /// The value of a constant expression of `expected` type, or nil after reporting why not.
    /// `inTest` words the messages for a `test` block; otherwise for a value typed in a session.
    func constant(_ expression: Expression, _ file: SourceFile, expected: ValueType, what: String, inTest: Bool = true) -> Value? {
        let before = diagnostics.count
        let (compiled, type) = compile(expression, file, Scope(), expected: expected)
        guard diagnostics.count == before else { return nil }
        guard expected.accepts(type) else {
            report(.typeMismatch, TestMessages.wrongType(what, expected, type, inTest: inTest), file, expression.range)
            return nil
        }
        guard let value = ConstantFolder.value(compiled) else {
            // A literal that is already reported (an impossible date) is not also «not a constant».
            if ConstantFolder.hasInvalidPart(compiled) { return nil }
            report(.notAConstant, TestMessages.notConstant(file.text(expression.range), inTest: inTest), file, expression.range)
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
