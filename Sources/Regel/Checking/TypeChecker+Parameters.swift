/// Calls of rules with parameters, membership in a list (`x i liste`) and a list's element (`liste[n]`).
extension TypeChecker {
    /// A rule applied to arguments: one of the parameter's type for each parameter. The call has the rule's type.
    mutating func checkRuleCall(_ number: Int, _ name: Name, _ arguments: [Expression], _ range: SourceRange,
                                _ file: CheckedFile, _ locals: [ValueType]) -> ValueType {
        let parameters = declarations.parameters(ofRule: number)
        if parameters.isEmpty {
            report(.wrongArgumentCount, CheckingMessages.ruleTakesNoArguments(name.text, arguments.count), file.file, range,
                   fix: FixIt(message: CheckingMessages.write(name.text), replacement: name.text))
        } else if arguments.count != parameters.count {
            report(.wrongArgumentCount, CheckingMessages.ruleArgumentCount(name.text, parameters.count, arguments.count), file.file, range)
        }
        checkArguments(number, arguments, file, locals)
        return ruleType(number)
    }

    /// Checks each argument against its parameter's type; arguments beyond the parameters are checked on their own.
    mutating func checkArguments(_ number: Int, _ arguments: [Expression], _ file: CheckedFile, _ locals: [ValueType]) {
        let parameters = declarations.parameters(ofRule: number)
        for (index, argument) in arguments.enumerated() {
            let wanted = index < parameters.count ? parameters[index] : nil
            let type = check(argument, file, locals, expected: wanted?.type)
            if let wanted, !wanted.type.accepts(type) {
                report(.typeMismatch, CheckingMessages.ruleArgumentType(declarations.ruleNames[number], wanted.name, wanted.type, type),
                       file.file, argument.range)
            }
        }
    }

    /// `[verdi for t i liste der vilkår]`: a list of the value's type; `t` is an element of the list.
    mutating func checkComprehension(_ value: Expression, _ list: Expression, _ condition: Expression?, _ file: CheckedFile,
                                     _ locals: [ValueType]) -> ValueType {
        let listType = check(list, file, locals)
        var elementType = ValueType.error
        if case .list(let element) = listType { elementType = element } else if listType != .error {
            report(.typeMismatch, CheckingMessages.notAList(file.file.text(list.range), listType), file.file, list.range)
        }
        if let condition { checkCondition(condition, file, locals + [elementType]) }
        return .list(check(value, file, locals + [elementType]))
    }

    /// `x i liste`: ja/nei, with `x` of the list's element type.
    mutating func checkMembership(_ element: Expression, _ list: Expression, _ file: CheckedFile, _ locals: [ValueType]) -> ValueType {
        // `x i [hol, nav]`: the values written take the type of `x`, as in `x = hol`, so a value
        // name two enumerations share is not ambiguous here.
        if case .list = list.kind {
            let type = check(element, file, locals)
            let listType = check(list, file, locals, expected: type == .error ? nil : .list(type))
            if case .list(let elementType) = listType, !elementType.accepts(type) {
                report(.operandTypes, CheckingMessages.membershipTypes(type, listType), file.file, element.range.union(list.range))
            }
            return .truth
        }
        let listType = check(list, file, locals)
        guard case .list(let elementType) = listType else {
            check(element, file, locals)
            if listType != .error {
                report(.typeMismatch, CheckingMessages.notAList(file.file.text(list.range), listType), file.file, list.range)
            }
            return .truth
        }
        let type = check(element, file, locals, expected: elementType)
        if !elementType.accepts(type) {
            report(.operandTypes, CheckingMessages.membershipTypes(type, listType), file.file, element.range.union(list.range))
        }
        return .truth
    }

    /// `liste[n]`: the element's type; the position is a number.
    mutating func checkIndex(_ list: Expression, _ position: Expression, _ file: CheckedFile, _ locals: [ValueType]) -> ValueType {
        let listType = check(list, file, locals)
        let positionType = check(position, file, locals, expected: .number)
        if positionType != .number && positionType != .error {
            report(.typeMismatch, CheckingMessages.indexNotNumber(positionType), file.file, position.range)
        }
        guard case .list(let elementType) = listType else {
            if listType != .error {
                report(.typeMismatch, CheckingMessages.notAListIndex(file.file.text(list.range), listType), file.file, list.range)
            }
            return .error
        }
        return elementType
    }
}
