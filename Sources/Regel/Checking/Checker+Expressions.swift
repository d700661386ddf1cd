import Foundation

/// Quantifier variables in scope while compiling an expression.
struct Scope {
    var locals: [(name: String, type: ValueType)] = []

    func lookup(_ name: String) -> (index: Int, type: ValueType)? {
        guard let index = locals.lastIndex(where: { $0.name == name }) else { return nil }
        return (index, locals[index].type)
    }
}

/// Type checking and compiling of expressions, in one pass.
extension Checker {
    func compile(_ expression: Expression, _ file: SourceFile, _ scope: Scope, expected: ValueType? = nil) -> (Node, ValueType) {
        let (compiled, type) = compileUnrecorded(expression, file, scope, expected: expected)
        index.type(type, of: expression, file)
        return (compiled, type)
    }

    func compileUnrecorded(_ expression: Expression, _ file: SourceFile, _ scope: Scope, expected: ValueType?) -> (Node, ValueType) {
        let range = expression.range
        switch expression.kind {
        case .number(let value): return (node(.constant(.number(value)), file, range), .number)
        case .text(let value): return (node(.constant(.text(value)), file, range), .text)
        case .date(let value): return (node(.constant(.date(value)), file, range), .date)
        case .duration(let value): return (node(.constant(.duration(value)), file, range), .duration)
        case .truth(let value): return (node(.constant(.truth(value)), file, range), .truth)
        case .unknown: return (node(.constant(.unknown), file, range), expected ?? .error)
        case .invalid: return (node(.invalid, file, range), .error)
        case .path(let path): return compilePath(path, file, scope, expected: expected)
        case .list(let items): return compileList(items, range, file, scope, expected: expected)
        case .record(let fields): return compileRecord(fields, range, file, scope, expected: expected)
        case .call(let name, let arguments): return compileCall(name, arguments, range, file, scope)
        case .member(let base, let field):
            let (baseNode, baseType) = compile(base, file, scope)
            return compileField(baseNode, baseType, field, file)
        case .negate(let operand):
            let (operandNode, type) = compile(operand, file, scope)
            if type != .number && type != .duration && type != .error {
                report(.operandTypes, CheckingMessages.cannotNegate(type), file, operand.range)
            }
            let resultType: ValueType = type == .duration || type == .number ? type : .error
            return (node(.negate(operandNode), file, range), resultType)
        case .not(let operand):
            let operandNode = compileCondition(operand, file, scope)
            return (node(.not(operandNode), file, range), .truth)
        case .logical(let op, let operands):
            return (node(.logical(op, operands.map { compileCondition($0, file, scope) }), file, range), .truth)
        case .conditionList(let kind, let items):
            return (node(.conditionList(kind, items.map { compileCondition($0, file, scope) }), file, range), .truth)
        case .binary(let op, let left, let right):
            return compileBinary(op, left, right, range, file, scope)
        case .quantifier(let quantifier, let variable, let list, let condition):
            return compileQuantifier(quantifier, variable, list, condition, range, file, scope)
        }
    }

    /// Compiles an expression that must be ja/nei.
    func compileCondition(_ expression: Expression, _ file: SourceFile, _ scope: Scope) -> Node {
        let (compiled, type) = compile(expression, file, scope, expected: .truth)
        if !ValueType.truth.accepts(type) {
            report(.conditionNotTruth, CheckingMessages.notTruth(file.text(expression.range), type), file, expression.range)
        }
        return compiled
    }

    func compilePath(_ path: Path, _ file: SourceFile, _ scope: Scope, expected: ValueType?) -> (Node, ValueType) {
        let components = path.components
        guard let first = components.first else { return (node(.invalid, file, path.range), .error) }
        if let local = scope.lookup(first.text) {
            return compileFields(node(.local(local.index), file, first.range), local.type, components.dropFirst(), file)
        }
        for length in stride(from: components.count, through: 1, by: -1) {
            let prefix = components.prefix(length).map(\.text).joined(separator: ".")
            guard let slot = factSlots[prefix] else { continue }
            usedFacts.insert(slot)
            let range = components[0].range.union(components[length - 1].range)
            index.use(.fact(prefix), file, range)
            return compileFields(node(.fact(slot), file, range), facts[slot].type, components.dropFirst(length), file)
        }
        if let number = ruleNumbers[first.text] {
            index.use(.rule(first.text), file, first.range)
            let type = ruleTypes[number] ?? declaredRuleType(number) ?? .error
            return compileFields(node(.rule(number), file, first.range), type, components.dropFirst(), file)
        }
        if components.count == 1, let value = resolveEnumValue(first, file, expected: expected) {
            return value
        }
        if components.count == 1 && first.text == "vurderingsdato" {
            return (node(.vurderingsdato, file, first.range), .date)
        }
        reportUnknownName(path, file, scope, expected: expected)
        return (node(.invalid, file, path.range), .error)
    }

    func declaredRuleType(_ number: Int) -> ValueType? {
        guard let (declaration, file) = ruleDeclarations[ruleNames[number]]?.first else { return nil }
        if let syntax = declaration.declaredType { return resolveTypeQuietly(syntax, file) }
        if case .condition = declaration.body { return .truth }
        return nil
    }

    /// Resolves a type without reporting again what `resolveType` reports once per declaration.
    func resolveTypeQuietly(_ syntax: TypeSyntax, _ file: SourceFile) -> ValueType {
        let saved = diagnostics.count
        let type = resolveType(syntax, file)
        diagnostics.removeSubrange(saved...)
        return type
    }

    func resolveEnumValue(_ name: Name, _ file: SourceFile, expected: ValueType?) -> (Node, ValueType)? {
        guard let candidates = enumValues[name.text] else { return nil }
        var chosen = candidates.first
        if case .enumeration(let wanted) = expected, candidates.contains(wanted) {
            chosen = wanted
        } else if candidates.count > 1 {
            report(.ambiguousName, CheckingMessages.ambiguousValue(name.text, candidates.map(\.name)), file, name.range)
        }
        guard let type = chosen, let position = type.values.firstIndex(of: name.text) else { return nil }
        index.use(.enumerationValue(type: type.name, value: name.text), file, name.range)
        return (node(.constant(.enumeration(type, position)), file, name.range), .enumeration(type))
    }

    func compileFields(_ base: Node, _ type: ValueType, _ fields: ArraySlice<Name>, _ file: SourceFile) -> (Node, ValueType) {
        var (current, currentType) = (base, type)
        for field in fields { (current, currentType) = compileField(current, currentType, field, file) }
        return (current, currentType)
    }

    func compileField(_ base: Node, _ type: ValueType, _ field: Name, _ file: SourceFile) -> (Node, ValueType) {
        guard case .record(let record) = type else {
            if type != .error { report(.unknownField, CheckingMessages.notARecord(field.text, type), file, field.range) }
            return (node(.invalid, file, field.range), .error)
        }
        guard let index = record.fieldIndex(field.text) else {
            let suggestion = Suggest.closest(to: field.text, among: record.fields.map(\.name))
            report(.unknownField, CheckingMessages.unknownField(field.text, record.name), file, field.range,
                   fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
            return (node(.invalid, file, field.range), .error)
        }
        return (node(.field(base, index), file, field.range), record.fields[index].type)
    }

    func reportUnknownName(_ path: Path, _ file: SourceFile, _ scope: Scope, expected: ValueType? = nil) {
        // Where a value of an enumeration is expected, its values are the useful answer.
        let candidates = facts.map(\.name) + ruleNames + Array(enumValues.keys) + scope.locals.map(\.name) + ["vurderingsdato"]
        if case .enumeration(let type) = expected, path.components.count == 1 {
            let suggestion = Suggest.closest(to: path.text, among: type.values) ?? Suggest.closest(to: path.text, among: candidates)
            report(.unknownName, CheckingMessages.notAnEnumValue(path.text, type), file, path.range,
                   fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
            return
        }
        // `Nei`, `JA`: the words for values are written in small letters.
        if path.components.count == 1, ["ja", "nei", "ukjent"].contains(path.text.lowercased()) {
            let word = path.text.lowercased()
            report(.unknownName, CheckingMessages.capitalisedValue(path.text, word), file, path.range,
                   fix: FixIt(message: CheckingMessages.write(word), replacement: word))
            return
        }
        let suggestion = Suggest.closest(to: path.text, among: candidates)
        report(.unknownName, CheckingMessages.unknownName(path.text), file, path.range,
               fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
    }
}
