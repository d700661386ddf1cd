/// Builds the index from what the passes found: the declarations, what each name resolved to,
/// and the type of each expression. Nothing is checked again here.
struct SemanticIndexBuilder {
    let declarations: Declarations
    let resolution: Resolution
    let typing: Typing
    var index = SemanticIndex()

    static func build(_ declarations: Declarations, _ resolution: Resolution, _ typing: Typing) -> SemanticIndex {
        var builder = SemanticIndexBuilder(declarations: declarations, resolution: resolution, typing: typing)
        builder.addDeclarations()
        for use in declarations.typeUses { builder.index.use(.type(use.name), use.file, use.range) }
        for use in resolution.headerUses { builder.index.use(use.symbol, use.file, use.range) }
        builder.addExpressions()
        return builder.index
    }

    mutating func addDeclarations() {
        for (name, entry) in declarations.types.sorted(by: { $0.key < $1.key }) {
            index.define(.type(name), entry.file, entry.range) { $0.type = entry.type }
        }
        for (type, file, fields) in declarations.fieldDeclarations {
            for field in fields {
                let fieldType = type.fieldIndex(field.text).map { type.fields[$0].type }
                index.define(.field(type: type.name, name: field.text), file, field.range) { $0.type = fieldType }
            }
        }
        for (type, file, values) in declarations.enumValueDeclarations {
            for value in values {
                index.define(.enumerationValue(type: type.name, value: value.text), file, value.range) { $0.type = .enumeration(type) }
            }
        }
        for fact in declarations.facts {
            index.define(.fact(fact.name), fact.file, fact.range) {
                $0.type = fact.type
                $0.isJudgement = fact.isJudgement
                $0.question = fact.question
                $0.guidance = fact.guidance
            }
        }
        for (name, versions) in declarations.lovtekster.sorted(by: { $0.key < $1.key }) {
            for (lovtekst, file) in versions {
                index.define(.lovtekst(name), file, lovtekst.name.range) {
                    $0.title = $0.title ?? lovtekst.title
                    $0.text = $0.text ?? lovtekst.text
                    $0.hjemmel += lovtekst.source.map { [$0.displayText] } ?? []
                    if lovtekst.validity.from != nil || lovtekst.validity.to != nil {
                        $0.validity.append((lovtekst.validity.from, lovtekst.validity.to))
                    }
                }
            }
        }
        for (number, name) in declarations.ruleNames.enumerated() {
            for (declaration, file) in declarations.ruleVersions[number] {
                let hjemmel = declarations.hjemmel(declaration.allHjemmel)
                let parameters = declarations.parameters(ofRule: number).map { "\($0.name): \($0.type.displayName)" }
                index.define(.rule(name), file.file, declaration.name.range) { details in
                    details.type = typing.ruleTypes[number]
                    details.parameters = parameters
                    details.validity.append((declaration.validity.from, declaration.validity.to))
                    details.hjemmel += hjemmel.map(\.citation)
                    details.text = details.text ?? hjemmel.compactMap(\.wording).first
                }
            }
        }
    }

    /// Every expression of rules, exceptions and tests: the names in it and its type.
    mutating func addExpressions() {
        for (number, versions) in declarations.ruleVersions.enumerated() {
            // A rule's parameters are the first variables in its body.
            let parameters = declarations.parameters(ofRule: number).map(\.type)
            for (declaration, file) in versions {
                for expression in declaration.expressions { add(expression, file, parameters) }
            }
        }
        for (name, exceptions) in declarations.exceptions.sorted(by: { $0.key < $1.key }) {
            let parameters = declarations.ruleNumbers[name].map { declarations.parameters(ofRule: $0).map(\.type) } ?? []
            for (exception, file) in exceptions {
                for expression in [exception.condition, exception.value].compactMap({ $0 }) { add(expression, file, parameters) }
            }
        }
        for (test, file) in declarations.tests {
            for assignment in test.given { add(assignment.value, file, []) }
            for case .value(let expression) in test.expectations.map(\.outcome) { add(expression, file, []) }
            for application in test.expectations.compactMap(\.application) { add(application, file, []) }
        }
    }

    /// `locals` are the types of the quantifier variables in scope, as the type checker had them.
    mutating func add(_ expression: Expression, _ file: CheckedFile, _ locals: [ValueType]) {
        if let type = typing.types[file.unit, expression.id] { index.type(type, of: expression, file.file) }
        switch (expression.kind, resolution.names[file.unit, expression.id]) {
        case (.path(let path), .fact(let slot, let length)?):
            let range = path.components[0].range.union(path.components[length - 1].range)
            index.use(.fact(declarations.facts[slot].name), file.file, range)
            addFields(path.components.dropFirst(length), of: declarations.facts[slot].type, file.file)
        case (.path(let path), .rule(let number)?):
            index.use(.rule(declarations.ruleNames[number]), file.file, path.components[0].range)
            addFields(path.components.dropFirst(), of: typing.ruleTypes[number], file.file)
        case (.path(let path), .local(let position)?):
            addFields(path.components.dropFirst(), of: position < locals.count ? locals[position] : .error, file.file)
        case (.member(let base, let field), _):
            addFields([field], of: typing.types[file.unit, base.id] ?? .error, file.file)
        case (.record(let fields), _):
            if case .record(let record)? = typing.types[file.unit, expression.id] {
                for field in fields where record.fieldIndex(field.name.text) != nil {
                    index.use(.field(type: record.name, name: field.name.text), file.file, field.name.range)
                }
            }
        case (.path(let path), .enumerationValue?):
            if case .enumeration(let type)? = typing.types[file.unit, expression.id] {
                index.use(.enumerationValue(type: type.name, value: path.text), file.file, path.range)
            }
        case (.call(let name, _), .builtin?):
            index.use(.builtin(name.text), file.file, name.range)
        case (.call(let name, _), .ruleCall(let number)?):
            index.use(.rule(declarations.ruleNames[number]), file.file, name.range)
        default: break
        }
        if case .quantifier(_, _, let list, let condition) = expression.kind {
            add(list, file, locals)
            var element = ValueType.error
            if case .list(let type)? = typing.types[file.unit, list.id] { element = type }
            if let condition { add(condition, file, locals + [element]) }
        } else if case .comprehension(let value, _, let list, let condition) = expression.kind {
            add(list, file, locals)
            var element = ValueType.error
            if case .list(let type)? = typing.types[file.unit, list.id] { element = type }
            for inner in [value] + (condition.map { [$0] } ?? []) { add(inner, file, locals + [element]) }
        } else {
            for child in expression.children { add(child, file, locals) }
        }
    }

    /// The fields named after a value of `type` (`barn.adresse.postnummer`), as far as they exist.
    mutating func addFields(_ names: some Sequence<Name>, of type: ValueType, _ file: SourceFile) {
        var current = type
        for name in names {
            guard case .record(let record) = current, let position = record.fieldIndex(name.text) else { return }
            index.use(.field(type: record.name, name: name.text), file, name.range)
            current = record.fields[position].type
        }
    }
}
