import Regel

/// Quantifier variables (`alle t i tjenester der …`, `[t.timer for t i …]`) and a rule's parameters: the
/// index records facts, rules and types, not these local names, so they are found in the syntax tree,
/// with their type from the index (the element type of the list they range over) or, for a parameter,
/// from the compiled rule.
struct LocalVariable {
    let name: String
    let type: ValueType?
    /// Where the name stands: its declaration or a use.
    let range: SourceRange
    /// The whole quantifier, where the name is in scope.
    let scope: SourceRange
    /// The declaring name's range.
    let declaration: SourceRange
}

enum LocalNames {
    /// Every quantifier variable of the file, with the uses of it.
    static func all(in context: DocumentContext) -> [(variable: LocalVariable, uses: [SourceRange])] {
        let tree = context.tree
        var result: [(LocalVariable, [SourceRange])] = []
        for root in roots(tree.declarations) {
            collect(root, context, into: &result)
        }
        for case .rule(let rule) in tree.declarations where !rule.parameters.isEmpty {
            let types = context.compilation.program?.rule(named: rule.name.text)?.parameters.map(\.type)
            // The rule's exceptions in this file read its parameters too.
            let exceptions = tree.declarations.flatMap { declaration -> [Expression] in
                guard case .exception(let exception) = declaration, exception.rule.text == rule.name.text else { return [] }
                return [exception.condition, exception.value].compactMap { $0 }
            }
            for (index, parameter) in rule.parameters.enumerated() {
                var uses: [SourceRange] = []
                for expression in rule.expressions + exceptions { findUses(of: parameter.name.text, in: expression, &uses) }
                let type = types.flatMap { index < $0.count ? $0[index] : nil }
                result.append((LocalVariable(name: parameter.name.text, type: type, range: parameter.name.range, scope: rule.range,
                                             declaration: parameter.name.range), uses))
            }
        }
        return result
    }

    /// The variable declared or used at `offset`.
    static func variable(at offset: Int, in context: DocumentContext) -> LocalVariable? {
        for (variable, uses) in all(in: context) {
            for range in [variable.declaration] + uses where range.start <= offset && offset <= range.end {
                return LocalVariable(name: variable.name, type: variable.type, range: range, scope: variable.scope,
                                     declaration: variable.declaration)
            }
        }
        return nil
    }

    /// The variables whose scope holds `offset`, innermost last.
    static func inScope(at offset: Int, in context: DocumentContext) -> [LocalVariable] {
        all(in: context).map(\.variable).filter { $0.scope.start < offset && offset <= $0.scope.end }
    }

    /// The expressions written in the declarations, outermost only.
    static func roots(_ declarations: [Declaration]) -> [Expression] {
        var roots: [Expression] = []
        for declaration in declarations {
            switch declaration {
            case .rule(let rule):
                roots += rule.expressions
            case .exception(let exception):
                roots += [exception.condition, exception.value].compactMap { $0 }
            case .test(let test):
                roots += test.given.map(\.value)
                for expectation in test.expectations {
                    if case .value(let value) = expectation.outcome { roots.append(value) }
                }
            default: break
            }
        }
        return roots
    }

    /// The direct subexpressions.
    static func children(_ expression: Expression) -> [Expression] {
        switch expression.kind {
        case .list(let items), .logical(_, let items), .conditionList(_, let items), .call(_, let items): return items
        case .record(let fields): return fields.map(\.value)
        case .member(let base, _), .negate(let base), .not(let base): return [base]
        case .binary(_, let left, let right), .membership(let left, let right), .index(let left, let right): return [left, right]
        case .quantifier(_, _, let list, let condition): return [list] + (condition.map { [$0] } ?? [])
        case .comprehension(let value, _, let list, let condition): return [list, value] + (condition.map { [$0] } ?? [])
        default: return []
        }
    }

    private static func collect(_ expression: Expression, _ context: DocumentContext,
                                into result: inout [(LocalVariable, [SourceRange])]) {
        let bound: (variable: Name, list: Expression, scoped: [Expression])?
        switch expression.kind {
        case .quantifier(_, let variable, let list, let condition): bound = (variable, list, condition.map { [$0] } ?? [])
        case .comprehension(let value, let variable, let list, let condition): bound = (variable, list, [value] + (condition.map { [$0] } ?? []))
        default: bound = nil
        }
        if let (variable, list, scoped) = bound {
            let listType = context.compilation.index.expressionTypes.first { $0.file == context.file.name && $0.range == list.range }?.type
            var elementType: ValueType?
            if case .list(let element) = listType { elementType = element }
            var uses: [SourceRange] = []
            for inner in scoped { findUses(of: variable.text, in: inner, &uses) }
            result.append((LocalVariable(name: variable.text, type: elementType, range: variable.range,
                                         scope: expression.range, declaration: variable.range), uses))
        }
        for child in children(expression) { collect(child, context, into: &result) }
    }

    /// Paths that start with the variable's name, up to an inner quantifier that declares it again.
    private static func findUses(of name: String, in expression: Expression, _ uses: inout [SourceRange]) {
        if case .path(let path) = expression.kind, let first = path.components.first, first.text == name {
            uses.append(first.range)
        }
        if case .quantifier(_, let inner, let list, _) = expression.kind, inner.text == name {
            findUses(of: name, in: list, &uses)
            return
        }
        if case .comprehension(_, let inner, let list, _) = expression.kind, inner.text == name {
            findUses(of: name, in: list, &uses)
            return
        }
        for child in children(expression) { findUses(of: name, in: child, &uses) }
    }
}

