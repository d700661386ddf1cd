/// The type checker's result.
struct Typing {
    /// The type of every expression node the checker reached.
    var types = NodeTable<ValueType>()
    /// Each rule's type, by rule number: declared, or its value's type; `.error` when it has none.
    var ruleTypes: [ValueType] = []
}

/// The third pass: gives every expression a type, checking it against the type expected where it
/// stands; a rule takes the type declared for it or, without one, the type of its value.
struct TypeChecker: DiagnosticReporting {
    let declarations: Declarations
    let resolution: Resolution
    var typing = Typing()
    var diagnostics: [Diagnostic] = []
    /// Rule types found so far; a rule not yet checked (on a cycle) is presumed from its declaration.
    private var checkedRuleTypes: [ValueType?]

    init(declarations: Declarations, resolution: Resolution, ruleTypes: [ValueType]? = nil) {
        self.declarations = declarations
        self.resolution = resolution
        self.checkedRuleTypes = ruleTypes ?? Array(repeating: nil, count: declarations.ruleNames.count)
        typing.ruleTypes = ruleTypes ?? []
    }

    /// Checks the rules in `order` (each after the rules it uses, so their types are known), then
    /// those left out of it (on or behind a cycle), then the exceptions to rules that do not exist.
    mutating func checkRules(order: [Int]) {
        var checked = Array(repeating: false, count: declarations.ruleNames.count)
        for number in order + Array(declarations.ruleNames.indices) where !checked[number] {
            checked[number] = true
            checkRule(number)
        }
        typing.ruleTypes = checkedRuleTypes.map { $0 ?? .error }
        for name in declarations.exceptions.keys.sorted() where declarations.ruleNumbers[name] == nil {
            checkExceptions(to: name, type: .error)
        }
    }

    mutating func checkRule(_ number: Int) {
        let name = declarations.ruleNames[number]
        var type = declarations.presumedType(ofRule: number)
        let parameters = declarations.parameters(ofRule: number).map(\.type)
        for (declaration, file) in declarations.ruleVersions[number] {
            let bodyType = checkBody(declaration.body, file, parameters, expected: type)
            if let declared = type, !declared.accepts(bodyType) {
                report(.typeMismatch, CheckingMessages.ruleType(name, declared, bodyType), file.file, declaration.name.range)
            }
            type = type ?? bodyType
            if let table = declaration.hjemmelTable { checkHjemmelTable(table, file, parameters) }
            for condition in declaration.notEncoded.compactMap(\.condition) { checkCondition(condition, file, parameters) }
        }
        checkedRuleTypes[number] = type ?? .error
        checkExceptions(to: name, type: type ?? .error, parameters)
    }

    /// `hjemmel etter x`: `x` is an enumeration or ja/nei, and each row names its values. A value
    /// named twice is chosen only by its first row.
    mutating func checkHjemmelTable(_ table: HjemmelTable, _ file: CheckedFile, _ parameters: [ValueType]) {
        let type = check(table.selector, file, parameters, expected: nil)
        let values: [String]
        switch type {
        case .enumeration(let enumeration): values = enumeration.values
        case .truth: values = ["ja", "nei"]
        case .error: return
        default:
            let text = file.file.text(table.selector.range)
            return report(.typeMismatch, CheckingMessages.hjemmelSelector(text, type), file.file, table.selector.range)
        }
        var firstLine: [String: Int] = [:]
        for row in table.rows {
            for value in row.values {
                guard values.contains(value.text) else {
                    let message = if case .enumeration(let enumeration) = type { CheckingMessages.notAnEnumValue(value.text, enumeration) }
                        else { CheckingMessages.unknownName(value.text) }
                    report(.unknownName, message, file.file, value.range, suggesting: Suggest.closest(to: value.text, among: values))
                    continue
                }
                if let line = firstLine[value.text] {
                    report(.hjemmelNeverChosen, CheckingMessages.hjemmelValueRepeated(value.text, line: line), file.file, value.range)
                } else {
                    firstLine[value.text] = file.file.location(of: value.range.start).line
                }
            }
        }
    }

    /// `parameters` are the types of the rule's parameters, the first variables in its body.
    mutating func checkBody(_ body: RuleBody, _ file: CheckedFile, _ parameters: [ValueType], expected: ValueType?) -> ValueType {
        switch body {
        case .condition(let expression):
            checkCondition(expression, file, parameters)
            return .truth
        case .value(let expression):
            return check(expression, file, parameters, expected: expected)
        case .missing:
            return expected ?? .error
        case .cases(let cases, let otherwise):
            var type = expected
            for ruleCase in cases {
                checkCondition(ruleCase.condition, file, parameters)
                let valueType = check(ruleCase.value, file, parameters, expected: type)
                if let wanted = type, !wanted.accepts(valueType) {
                    report(.typeMismatch, CheckingMessages.caseType(wanted, valueType), file.file, ruleCase.value.range)
                }
                type = type ?? valueType
            }
            if let otherwise {
                let valueType = check(otherwise, file, parameters, expected: type)
                if let wanted = type, !wanted.accepts(valueType) {
                    report(.typeMismatch, CheckingMessages.caseType(wanted, valueType), file.file, otherwise.range)
                }
            }
            return type ?? .error
        }
    }

    /// An exception gives a value of its rule's type; without `gir`, `nei` to a ja/nei rule.
    mutating func checkExceptions(to name: String, type: ValueType, _ parameters: [ValueType] = []) {
        for (declaration, file) in declarations.exceptions[name] ?? [] {
            guard let condition = declaration.condition else { continue }
            checkCondition(condition, file, parameters)
            if let value = declaration.value {
                let valueType = check(value, file, parameters, expected: type)
                if !type.accepts(valueType) {
                    report(.typeMismatch, CheckingMessages.exceptionType(name, type, valueType), file.file, value.range)
                }
            } else if type != .truth && type != .error {
                report(.exceptionNeedsValue, CheckingMessages.exceptionNeedsValue(name, type), file.file, declaration.rule.range)
            }
        }
    }

    // MARK: Expressions

    /// The type of `expression`, recorded for its node; `locals` are the types of the quantifier
    /// variables in scope, in the resolver's order.
    @discardableResult
    mutating func check(_ expression: Expression, _ file: CheckedFile, _ locals: [ValueType], expected: ValueType? = nil) -> ValueType {
        let type = checkUnrecorded(expression, file, locals, expected: expected)
        typing.types[file.unit, expression.id] = type
        return type
    }

    private mutating func checkUnrecorded(_ expression: Expression, _ file: CheckedFile, _ locals: [ValueType],
                                          expected: ValueType?) -> ValueType {
        switch expression.kind {
        case .number: return .number
        case .text: return .text
        case .date: return .date
        case .duration: return .duration
        case .truth: return .truth
        case .unknown: return expected ?? .error
        case .invalid: return .error
        case .path(let path): return checkPath(path, expression.id, file, locals, expected: expected)
        case .list(let items): return checkList(items, file, locals, expected: expected)
        case .record(let fields): return checkRecord(fields, expression.range, file, locals, expected: expected)
        case .call(let name, let arguments): return checkCall(name, arguments, expression, file, locals)
        case .member(let base, let field):
            return checkField(check(base, file, locals), field, file.file)
        case .negate(let operand):
            let type = check(operand, file, locals)
            if type != .number && type != .duration && type != .error {
                report(.operandTypes, CheckingMessages.cannotNegate(type), file.file, operand.range)
            }
            return type == .duration || type == .number ? type : .error
        case .not(let operand):
            checkCondition(operand, file, locals)
            return .truth
        case .logical(_, let operands), .conditionList(_, let operands):
            for operand in operands { checkCondition(operand, file, locals) }
            return .truth
        case .binary(let op, let left, let right):
            return checkBinary(op, left, right, expression.range, file, locals)
        case .quantifier(let quantifier, _, let list, let condition):
            let listType = check(list, file, locals)
            var elementType = ValueType.error
            if case .list(let element) = listType { elementType = element } else if listType != .error {
                report(.typeMismatch, CheckingMessages.notAList(file.file.text(list.range), listType), file.file, list.range)
            }
            if let condition { checkCondition(condition, file, locals + [elementType]) }
            return quantifier == .count ? .number : .truth
        case .comprehension(let value, _, let list, let condition):
            return checkComprehension(value, list, condition, file, locals)
        case .membership(let element, let list):
            return checkMembership(element, list, file, locals)
        case .index(let list, let position):
            return checkIndex(list, position, file, locals)
        }
    }

    /// Checks an expression that must be ja/nei.
    mutating func checkCondition(_ expression: Expression, _ file: CheckedFile, _ locals: [ValueType]) {
        let type = check(expression, file, locals, expected: .truth)
        if !ValueType.truth.accepts(type) {
            report(.conditionNotTruth, CheckingMessages.notTruth(file.file.text(expression.range), type), file.file, expression.range)
        }
    }

    mutating func checkPath(_ path: Path, _ id: NodeID, _ file: CheckedFile, _ locals: [ValueType], expected: ValueType?) -> ValueType {
        let fields = path.components
        switch resolution.names[file.unit, id] {
        case .local(let index)?:
            return checkFields(index < locals.count ? locals[index] : .error, fields.dropFirst(), file.file)
        case .fact(let slot, let length)?:
            return checkFields(declarations.facts[slot].type, fields.dropFirst(length), file.file)
        case .rule(let number)?:
            let parameters = declarations.parameters(ofRule: number)
            if !parameters.isEmpty {
                report(.ruleNeedsArguments, CheckingMessages.ruleNeedsArguments(declarations.ruleNames[number], parameters),
                       file.file, fields[0].range)
                return .error
            }
            return checkFields(ruleType(number), fields.dropFirst(), file.file)
        case .enumerationValue(let candidates)?:
            if case .enumeration(let wanted) = expected, candidates.contains(wanted) { return .enumeration(wanted) }
            if candidates.count > 1 {
                report(.ambiguousName, CheckingMessages.ambiguousValue(path.text, candidates.map(\.name)), file.file, path.range)
            }
            return .enumeration(candidates[0])
        case .vurderingsdato?:
            return .date
        case .unknown(let names)?:
            diagnostics.append(declarations.unknownName(path, file.file, locals: names, expected: expected))
            return .error
        case .builtin?, .ruleCall?, nil:
            return .error
        }
    }

    /// A rule's type as far as it is known: checked, or presumed from its declaration.
    func ruleType(_ number: Int) -> ValueType {
        checkedRuleTypes[number] ?? declarations.presumedType(ofRule: number) ?? .error
    }

    mutating func checkFields(_ type: ValueType, _ fields: ArraySlice<Name>, _ file: SourceFile) -> ValueType {
        fields.reduce(type) { type, field in checkField(type, field, file) }
    }

    mutating func checkField(_ type: ValueType, _ field: Name, _ file: SourceFile) -> ValueType {
        guard case .record(let record) = type else {
            if type != .error { report(.unknownField, CheckingMessages.notARecord(field.text, type), file, field.range) }
            return .error
        }
        guard let index = record.fieldIndex(field.text) else {
            report(.unknownField, CheckingMessages.unknownField(field.text, record.name), file, field.range,
                   suggesting: Suggest.closest(to: field.text, among: record.fields.map(\.name)))
            return .error
        }
        return record.fields[index].type
    }
}
