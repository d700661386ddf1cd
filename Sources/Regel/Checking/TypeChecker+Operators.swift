/// Operators, calls and the literals of lists and records.
extension TypeChecker {
    mutating func checkBinary(_ op: BinaryOperator, _ left: Expression, _ right: Expression, _ range: SourceRange,
                              _ file: CheckedFile, _ locals: [ValueType]) -> ValueType {
        // A bare enumeration value takes its type from the other side.
        var leftIsEnumerationValue = false
        if case .path = left.kind, case .enumerationValue? = resolution.names[file.unit, left.id] { leftIsEnumerationValue = true }
        let leftType: ValueType, rightType: ValueType
        if leftIsEnumerationValue {
            rightType = check(right, file, locals)
            leftType = check(left, file, locals, expected: rightType)
        } else {
            leftType = check(left, file, locals)
            rightType = check(right, file, locals, expected: leftType)
        }
        if op.isComparison {
            checkComparison(op, leftType, rightType, left, right, range, file.file)
            return .truth
        }
        let type = Self.arithmeticType(op, leftType, rightType)
        if type == nil {
            report(.operandTypes, CheckingMessages.arithmetic(op, leftType, rightType), file.file, range)
        }
        if let a = LiteralValue.of(left), let b = LiteralValue.of(right), case .failure(let failure) = Operations.arithmetic(op, a, b) {
            report(.calculationFails, CheckingMessages.calculationFails(file.file.text(range), failure), file.file, range)
        }
        return type ?? .error
    }

    mutating func checkComparison(_ op: BinaryOperator, _ leftType: ValueType, _ rightType: ValueType,
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

    static func arithmeticType(_ op: BinaryOperator, _ left: ValueType, _ right: ValueType) -> ValueType? {
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

    mutating func checkCall(_ name: Name, _ arguments: [Expression], _ call: Expression,
                            _ file: CheckedFile, _ locals: [ValueType]) -> ValueType {
        if case .ruleCall(let number)? = resolution.names[file.unit, call.id] {
            return checkRuleCall(number, name, arguments, call.range, file, locals)
        }
        guard case .builtin(let builtin)? = resolution.names[file.unit, call.id] else {
            // The resolver has reported the unknown function; its arguments are checked all the same.
            for argument in arguments { check(argument, file, locals) }
            return .error
        }
        let function = builtin.function
        let parameters = function.parameters
        if arguments.count != parameters.count {
            report(.wrongArgumentCount, CheckingMessages.argumentCount(name.text, parameters.count, arguments.count), file.file, call.range)
        }
        var result = function.result
        for (index, argument) in arguments.enumerated() {
            let wanted = index < parameters.count ? parameters[index].type : nil
            let type = check(argument, file, locals, expected: wanted?.expected)
            if let wanted, !wanted.accepts(type) {
                report(.typeMismatch, CheckingMessages.argumentType(name.text, wanted, type), file.file, argument.range)
                if function.resultIsElement { result = .error }
            } else if function.resultIsElement, index == 0 {
                // `sum`, `minst` and `størst` give what the list holds: tall or varighet.
                if case .list(let element) = type { result = element } else { result = .error }
            }
        }
        return result
    }

    mutating func checkList(_ items: [Expression], _ file: CheckedFile, _ locals: [ValueType], expected: ValueType?) -> ValueType {
        var elementType: ValueType?
        if case .list(let element) = expected { elementType = element }
        for item in items {
            let type = check(item, file, locals, expected: elementType)
            if let wanted = elementType, !wanted.accepts(type) {
                report(.typeMismatch, CheckingMessages.listItem(wanted, type), file.file, item.range)
            }
            elementType = elementType ?? type
        }
        return .list(elementType ?? .error)
    }

    /// A record literal takes its type from where it stands; fields left out are ukjent, like absent facts.
    mutating func checkRecord(_ fields: [FieldValue], _ range: SourceRange, _ file: CheckedFile, _ locals: [ValueType],
                              expected: ValueType?) -> ValueType {
        guard case .record(let record) = expected else {
            report(.typeMismatch, CheckingMessages.recordWithoutType, file.file, range)
            return .error
        }
        for field in fields {
            guard let index = record.fieldIndex(field.name.text) else {
                report(.unknownField, CheckingMessages.unknownField(field.name.text, record.name), file.file, field.name.range)
                continue
            }
            let type = check(field.value, file, locals, expected: record.fields[index].type)
            if !record.fields[index].type.accepts(type) {
                report(.typeMismatch, CheckingMessages.fieldType(field.name.text, record.fields[index].type, type),
                       file.file, field.value.range)
            }
        }
        return .record(record)
    }
}

/// The value of an expression written only with literals and arithmetic, so a calculation that
/// must fail (`1 / 0`) is reported where it is written.
enum LiteralValue {
    static func of(_ expression: Expression) -> Value? {
        switch expression.kind {
        case .number(let value): return .number(value)
        case .text(let value): return .text(value)
        case .date(let value): return .date(value)
        case .duration(let value): return .duration(value)
        case .truth(let value): return .truth(value)
        case .unknown: return .unknown
        case .negate(let operand): return of(operand).flatMap { try? Operations.negate($0).get() }
        case .binary(let op, let left, let right) where !op.isComparison:
            guard let a = of(left), let b = of(right) else { return nil }
            return try? Operations.arithmetic(op, a, b).get()
        default: return nil
        }
    }
}
