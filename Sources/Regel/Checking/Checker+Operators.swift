/// Operators, calls, quantifiers and literals of lists and records.
extension Checker {
    func compileBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, _ range: SourceRange,
                       _ file: SourceFile, _ scope: Scope) -> (Node, ValueType) {
        // A bare enumeration value takes its type from the other side.
        let leftIsBareName = { if case .path(let p) = left.kind { return p.components.count == 1 && self.enumValues[p.text] != nil && self.factSlots[p.text] == nil && scope.lookup(p.text) == nil } else { return false } }()
        var leftNode: Node, leftType: ValueType, rightNode: Node, rightType: ValueType
        if leftIsBareName {
            (rightNode, rightType) = compile(right, file, scope)
            (leftNode, leftType) = compile(left, file, scope, expected: rightType)
        } else {
            (leftNode, leftType) = compile(left, file, scope)
            (rightNode, rightType) = compile(right, file, scope, expected: leftType)
        }
        if op.isComparison {
            checkComparison(op, leftType, rightType, left, right, range, file)
            return (node(.compare(op, leftNode, rightNode), file, range), .truth)
        }
        let type = arithmeticType(op, leftType, rightType)
        if type == nil {
            report(.operandTypes, CheckingMessages.arithmetic(op, leftType, rightType), file, range)
        }
        if let a = ConstantFolder.value(leftNode), let b = ConstantFolder.value(rightNode), case .failure(let failure) = Operations.arithmetic(op, a, b) {
            report(.calculationFails, CheckingMessages.calculationFails(file.text(range), failure), file, range)
        }
        return (node(.arithmetic(op, leftNode, rightNode), file, range), type ?? .error)
    }

    func checkComparison(_ op: BinaryOperator, _ leftType: ValueType, _ rightType: ValueType,
                         _ left: Expression, _ right: Expression, _ range: SourceRange, _ file: SourceFile) {
        guard leftType != .error && rightType != .error else { return }
        if leftType == .duration && rightType == .number || leftType == .number && rightType == .duration {
            let number = leftType == .number ? left : right
            let text = file.text(number.range)
            report(.operandTypes, CheckingMessages.durationVersusNumber(text), file, number.range,
                   fix: FixIt(message: CheckingMessages.write("\(text) år"), replacement: "\(text) år"))
            return
        }
        guard leftType.accepts(rightType) else {
            return report(.operandTypes, CheckingMessages.comparison(op, leftType, rightType), file, range)
        }
        if op != .equal && op != .notEqual && ![.number, .date, .duration].contains(leftType) {
            report(.operandTypes, CheckingMessages.ordering(op, leftType), file, range)
        }
    }

    func arithmeticType(_ op: BinaryOperator, _ left: ValueType, _ right: ValueType) -> ValueType? {
        switch (op, left, right) {
        case (_, .error, _), (_, _, .error): return .error
        case (_, .number, .number): return .number
        case (.add, .date, .duration), (.add, .duration, .date), (.subtract, .date, .duration): return .date
        case (.subtract, .date, .date): return .duration
        case (.add, .duration, .duration), (.subtract, .duration, .duration): return .duration
        case (.multiply, .number, .duration), (.multiply, .duration, .number): return .duration
        default: return nil
        }
    }

    func compileCall(_ name: Name, _ arguments: [Expression], _ range: SourceRange,
                     _ file: SourceFile, _ scope: Scope) -> (Node, ValueType) {
        if Builtin.named(name.text) != nil { index.use(.builtin(name.text), file, name.range) }
        guard let builtin = Builtin.named(name.text) else {
            let suggestion = Suggest.closest(to: name.text, among: Builtin.names)
            report(.unknownFunction, CheckingMessages.unknownFunction(name.text), file, name.range,
                   fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
            arguments.forEach { _ = compile($0, file, scope) }
            return (node(.invalid, file, range), .error)
        }
        let function = builtin.function
        let parameters = function.parameters
        if arguments.count != parameters.count {
            report(.wrongArgumentCount, CheckingMessages.argumentCount(name.text, parameters.count, arguments.count), file, range)
        }
        var compiled: [Node] = []
        for (index, argument) in arguments.enumerated() {
            let wanted = index < parameters.count ? parameters[index].type : nil
            let (argumentNode, type) = compile(argument, file, scope, expected: wanted?.expected)
            if let wanted, !wanted.accepts(type) {
                report(.typeMismatch, CheckingMessages.argumentType(name.text, wanted, type), file, argument.range)
            }
            compiled.append(argumentNode)
        }
        return (node(.call(builtin, compiled), file, range), function.result)
    }

    func compileQuantifier(_ quantifier: Quantifier, _ variable: Name, _ list: Expression, _ condition: Expression?,
                           _ range: SourceRange, _ file: SourceFile, _ scope: Scope) -> (Node, ValueType) {
        let (listNode, listType) = compile(list, file, scope)
        var elementType = ValueType.error
        if case .list(let element) = listType { elementType = element } else if listType != .error {
            report(.typeMismatch, CheckingMessages.notAList(file.text(list.range), listType), file, list.range)
        }
        var inner = scope
        inner.locals.append((variable.text, elementType))
        let conditionNode = condition.map { compileCondition($0, file, inner) }
        let result: ValueType = quantifier == .count ? .number : .truth
        return (node(.quantifier(quantifier, list: listNode, condition: conditionNode, local: inner.locals.count - 1), file, range), result)
    }

    func compileList(_ items: [Expression], _ range: SourceRange, _ file: SourceFile, _ scope: Scope,
                     expected: ValueType?) -> (Node, ValueType) {
        var elementType: ValueType?
        if case .list(let element) = expected { elementType = element }
        var nodes: [Node] = []
        for item in items {
            let (itemNode, type) = compile(item, file, scope, expected: elementType)
            if let wanted = elementType, !wanted.accepts(type) {
                report(.typeMismatch, CheckingMessages.listItem(wanted, type), file, item.range)
            }
            elementType = elementType ?? type
            nodes.append(itemNode)
        }
        return (node(.list(nodes), file, range), .list(elementType ?? .error))
    }

    func compileRecord(_ fields: [FieldValue], _ range: SourceRange, _ file: SourceFile, _ scope: Scope,
                       expected: ValueType?) -> (Node, ValueType) {
        guard case .record(let record) = expected else {
            report(.typeMismatch, CheckingMessages.recordWithoutType, file, range)
            return (node(.invalid, file, range), .error)
        }
        var values: [Node?] = Array(repeating: nil, count: record.fields.count)
        for field in fields {
            guard let index = record.fieldIndex(field.name.text) else {
                report(.unknownField, CheckingMessages.unknownField(field.name.text, record.name), file, field.name.range)
                continue
            }
            let (valueNode, type) = compile(field.value, file, scope, expected: record.fields[index].type)
            if !record.fields[index].type.accepts(type) {
                report(.typeMismatch, CheckingMessages.fieldType(field.name.text, record.fields[index].type, type), file, field.value.range)
            }
            values[index] = valueNode
        }
        // Fields left out are ukjent, like absent facts.
        let nodes = values.map { $0 ?? node(.constant(.unknown), file, range) }
        return (node(.record(record, nodes), file, range), .record(record))
    }
}
