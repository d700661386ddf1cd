/// The fourth pass: turns checked syntax into the program's nodes, each numbered by where it came
/// from (`nodeSources`), which explanations and coverage read. It reports nothing: names and types
/// are already checked, and where they failed it writes an `.invalid` node — a program with errors
/// is never run.
struct CodeGenerator {
    let declarations: Declarations
    let resolution: Resolution
    private(set) var typing: Typing
    var nodeSources: [NodeSource]

    init(declarations: Declarations, resolution: Resolution, typing: Typing, nodeSources: [NodeSource] = []) {
        self.declarations = declarations
        self.resolution = resolution
        self.typing = typing
        self.nodeSources = nodeSources
    }

    /// Every rule, generated in `order` and then the rest, so node numbers follow evaluation order;
    /// the result is indexed by rule number.
    mutating func generateRules(order: [Int]) -> [RuleInfo] {
        var generated: [RuleInfo?] = Array(repeating: nil, count: declarations.ruleNames.count)
        for number in order + Array(declarations.ruleNames.indices) where generated[number] == nil {
            generated[number] = generateRule(number)
        }
        return generated.map { $0! }
    }

    mutating func generateRule(_ number: Int) -> RuleInfo {
        let name = declarations.ruleNames[number]
        let type = typing.ruleTypes[number]
        let parameters = declarations.parameters(ofRule: number)
        let locals = parameters.map(\.type)
        let versions = declarations.ruleVersions[number].map { declaration, file in
            var caseHjemmel: [[HjemmelInfo]] = []
            if case .cases(let cases, _) = declaration.body { caseHjemmel = cases.map { declarations.hjemmel($0.hjemmel) } }
            return RuleVersion(validity: declaration.validity, hjemmel: declarations.hjemmel(declaration.hjemmel),
                               body: generateBody(declaration.body, file, locals), caseHjemmel: caseHjemmel,
                               otherwiseHjemmel: declarations.hjemmel(declaration.otherwiseHjemmel),
                               hjemmelTable: declaration.hjemmelTable.map { generateHjemmelTable($0, file, locals) },
                               enactedBy: declaration.enactedBy?.text, file: file.file, range: declaration.range)
        }
        var notEncoded: [NotEncodedPeriod] = []
        var conditions: [Node?] = []
        for (declaration, file) in declarations.ruleVersions[number] {
            for clause in declaration.notEncoded {
                notEncoded.append(NotEncodedPeriod(from: clause.validity.from, to: clause.validity.to, note: clause.note,
                                                   isConditional: clause.condition != nil))
                conditions.append(clause.condition.map { generate($0, file, locals: locals) })
            }
        }
        let first = declarations.ruleVersions[number][0]
        return RuleInfo(name: name, type: type, versions: versions, exceptions: generateExceptions(to: name, type: type, locals),
                        notEncoded: notEncoded, notEncodedConditions: conditions, file: first.file.file, range: first.declaration.name.range,
                        parameters: parameters)
    }

    /// The rows as the values they are chosen by; a value not of the selector's type (reported) is left out.
    mutating func generateHjemmelTable(_ table: HjemmelTable, _ file: CheckedFile, _ locals: [ValueType]) -> CompiledHjemmelTable {
        let selector = generate(table.selector, file, locals: locals)
        let type = typing.types[file.unit, table.selector.id]
        var rows: [(value: Value, hjemmel: [HjemmelInfo])] = []
        for row in table.rows {
            for name in row.values {
                let value: Value?
                switch type {
                case .enumeration(let enumeration)?: value = enumeration.values.firstIndex(of: name.text).map { .enumeration(enumeration, $0) }
                case .truth?: value = name.text == "ja" ? .truth(true) : name.text == "nei" ? .truth(false) : nil
                default: value = nil
                }
                if let value { rows.append((value, declarations.hjemmel(row.hjemmel))) }
            }
        }
        return CompiledHjemmelTable(selector: selector, rows: rows)
    }

    /// `locals` are the types of the rule's parameters, the first variables in its body.
    mutating func generateBody(_ body: RuleBody, _ file: CheckedFile, _ locals: [ValueType]) -> CompiledBody {
        switch body {
        case .condition(let expression): return .condition(generate(expression, file, locals: locals))
        case .value(let expression): return .value(generate(expression, file, locals: locals))
        case .missing: return .value(node(.invalid, file.file, .at(0)))
        case .cases(let cases, let otherwise):
            let compiled = cases.map { ruleCase in
                let condition = generate(ruleCase.condition, file, locals: locals)
                let value = generate(ruleCase.value, file, locals: locals)
                return CompiledCase(id: mintID(file.file, ruleCase.range), condition: condition, value: value)
            }
            return .cases(compiled, otherwise: otherwise.map { generate($0, file, locals: locals) })
        }
    }

    /// In file and line order, which is the order they are tried.
    mutating func generateExceptions(to name: String, type: ValueType, _ locals: [ValueType]) -> [CompiledException] {
        return declarations.exceptionsInOrder(to: name).compactMap { declaration, file in
            guard let condition = declaration.condition else { return nil }
            let conditionNode = generate(condition, file, locals: locals)
            // Without `gir`, an exception to a ja/nei rule gives nei: the usual shape of "… gjelder ikke når …".
            let valueNode = declaration.value.map { generate($0, file, locals: locals) }
                ?? node(.constant(.truth(false)), file.file, declaration.rule.range)
            return CompiledException(id: mintID(file.file, declaration.range), validity: declaration.validity,
                                     hjemmel: declarations.hjemmel(declaration.hjemmel), condition: conditionNode,
                                     value: valueNode, file: file.file, range: declaration.range)
        }
    }

    /// Takes the types of an expression checked after this generator was made (a test's value).
    mutating func adoptTypes(of expression: Expression, _ file: CheckedFile, from checked: Typing) {
        typing.types[file.unit, expression.id] = checked.types[file.unit, expression.id]
        for child in expression.children { adoptTypes(of: child, file, from: checked) }
    }

    // MARK: Expressions

    mutating func generate(_ expression: Expression, _ file: CheckedFile, locals: [ValueType] = []) -> Node {
        let range = expression.range
        let source = file.file
        switch expression.kind {
        case .number(let value): return node(.constant(.number(value)), source, range)
        case .text(let value): return node(.constant(.text(value)), source, range)
        case .date(let value): return node(.constant(.date(value)), source, range)
        case .duration(let value): return node(.constant(.duration(value)), source, range)
        case .truth(let value): return node(.constant(.truth(value)), source, range)
        case .unknown: return node(.constant(.unknown), source, range)
        case .invalid: return node(.invalid, source, range)
        case .path(let path): return generatePath(path, expression, file, locals)
        case .list(let items):
            let nodes = items.map { generate($0, file, locals: locals) }
            // A list of constants (`[hol, nav_loven]`) is one constant, not a list built on every evaluation.
            let constants = nodes.compactMap { node -> Value? in if case .constant(let value) = node.kind { return value } else { return nil } }
            if constants.count == nodes.count { return node(.constant(.list(constants)), source, range) }
            return node(.list(nodes), source, range)
        case .record(let fields):
            guard case .record(let record)? = typing.types[file.unit, expression.id] else { return node(.invalid, source, range) }
            var values: [Node?] = Array(repeating: nil, count: record.fields.count)
            for field in fields {
                if let index = record.fieldIndex(field.name.text) { values[index] = generate(field.value, file, locals: locals) }
            }
            // Fields left out are ukjent, like absent facts.
            return node(.record(record, values.map { $0 ?? node(.constant(.unknown), source, range) }), source, range)
        case .call(_, let arguments):
            let compiled = arguments.map { generate($0, file, locals: locals) }
            switch resolution.names[file.unit, expression.id] {
            case .builtin(let builtin)? where builtin.function.name == "sum":
                // The zero for an empty list, of the list's element type, as a hidden second argument.
                var elementType = ValueType.number
                if let list = arguments.first, case .list(let element)? = typing.types[file.unit, list.id] { elementType = element }
                return node(.call(builtin, compiled + [node(.constant(ListFunctions.zero(of: elementType)), source, range)]), source, range)
            case .builtin(let builtin)?: return node(.call(builtin, compiled), source, range)
            case .ruleCall(let number)?: return node(.ruleCall(number, compiled), source, range)
            default: return node(.invalid, source, range)
            }
        case .comprehension(let value, _, let list, let condition):
            let listNode = generate(list, file, locals: locals)
            var elementType = ValueType.error
            if case .list(let element)? = typing.types[file.unit, list.id] { elementType = element }
            let inner = locals + [elementType]
            return node(.comprehension(value: generate(value, file, locals: inner), list: listNode,
                                       condition: condition.map { generate($0, file, locals: inner) }, local: locals.count), source, range)
        case .membership(let element, let list):
            return node(.membership(generate(element, file, locals: locals), list: generate(list, file, locals: locals)), source, range)
        case .index(let list, let position):
            return node(.index(generate(list, file, locals: locals), position: generate(position, file, locals: locals)), source, range)
        case .member(let base, let field):
            let baseNode = generate(base, file, locals: locals)
            return generateField(baseNode, typing.types[file.unit, base.id] ?? .error, field, source, from: range.start)
        case .negate(let operand): return node(.negate(generate(operand, file, locals: locals)), source, range)
        case .not(let operand): return node(.not(generate(operand, file, locals: locals)), source, range)
        case .logical(let op, let operands):
            return node(.logical(op, operands.map { generate($0, file, locals: locals) }), source, range)
        case .conditionList(let kind, let items):
            return node(.conditionList(kind, items.map { generate($0, file, locals: locals) }), source, range)
        case .binary(let op, let left, let right):
            let (leftNode, rightNode) = (generate(left, file, locals: locals), generate(right, file, locals: locals))
            return node(op.isComparison ? .compare(op, leftNode, rightNode) : .arithmetic(op, leftNode, rightNode), source, range)
        case .quantifier(let quantifier, _, let list, let condition):
            let listNode = generate(list, file, locals: locals)
            var elementType = ValueType.error
            if case .list(let element)? = typing.types[file.unit, list.id] { elementType = element }
            let conditionNode = condition.map { generate($0, file, locals: locals + [elementType]) }
            return node(.quantifier(quantifier, list: listNode, condition: conditionNode, local: locals.count), source, range)
        }
    }

    mutating func generatePath(_ path: Path, _ expression: Expression, _ file: CheckedFile, _ locals: [ValueType]) -> Node {
        let components = path.components, source = file.file
        switch resolution.names[file.unit, expression.id] {
        case .local(let index)?:
            return generateFields(node(.local(index), source, components[0].range), index < locals.count ? locals[index] : .error,
                                  components.dropFirst(), source)
        case .fact(let slot, let length)?:
            let range = components[0].range.union(components[length - 1].range)
            return generateFields(node(.fact(slot), source, range), declarations.facts[slot].type, components.dropFirst(length), source)
        case .rule(let number)?:
            return generateFields(node(.rule(number), source, components[0].range), typing.ruleTypes[number],
                                  components.dropFirst(), source)
        case .enumerationValue?:
            guard case .enumeration(let type)? = typing.types[file.unit, expression.id],
                  let position = type.values.firstIndex(of: path.text) else { return node(.invalid, source, path.range) }
            return node(.constant(.enumeration(type, position)), source, path.range)
        case .vurderingsdato?: return node(.vurderingsdato, source, path.range)
        case .builtin?, .ruleCall?, .unknown?, nil: return node(.invalid, source, path.range)
        }
    }

    mutating func generateFields(_ base: Node, _ type: ValueType, _ fields: ArraySlice<Name>, _ file: SourceFile) -> Node {
        var (current, currentType) = (base, type)
        let start = nodeSources[base.id].range.start
        for field in fields {
            current = generateField(current, currentType, field, file, from: start)
            currentType = Self.fieldType(currentType, field.text)
        }
        return current
    }

    /// A field's node stands for the whole path up to the field (`tjeneste.lov`), from `start`, which is
    /// what an explanation or the coverage report shows for it.
    mutating func generateField(_ base: Node, _ type: ValueType, _ field: Name, _ file: SourceFile, from start: Int) -> Node {
        guard case .record(let record) = type, let index = record.fieldIndex(field.text) else { return node(.invalid, file, field.range) }
        return node(.field(base, index), file, SourceRange(start: min(start, field.range.start), end: field.range.end))
    }

    static func fieldType(_ type: ValueType, _ name: String) -> ValueType {
        guard case .record(let record) = type, let index = record.fieldIndex(name) else { return .error }
        return record.fields[index].type
    }

    /// Records where a node came from and returns it.
    mutating func node(_ kind: Node.Kind, _ file: SourceFile, _ range: SourceRange) -> Node {
        Node(id: mintID(file, range), kind: kind)
    }

    /// A number for something the evaluator reports on that is not a node (a `hvis` line, an `unntak`).
    mutating func mintID(_ file: SourceFile, _ range: SourceRange) -> Int {
        nodeSources.append(NodeSource(file: file, range: range))
        return nodeSources.count - 1
    }
}

extension Declarations {
    /// What the references after `hjemmel` cite; an unknown lovtekst (reported by the resolver) is left out.
    /// A lovtekst with versions gives one entry per version, each with its period: explanations
    /// cite the one in force on the vurderingsdato.
    func hjemmel(_ references: [HjemmelReference]) -> [HjemmelInfo] {
        references.flatMap { reference -> [HjemmelInfo] in
            switch reference {
            case .citation(let citation):
                return [HjemmelInfo(citation: citation.displayText, lovtekstName: nil, wording: nil)]
            case .lovtekst(let name):
                return (lovtekster[name.text] ?? []).map { lovtekst, _ in
                    let citation = lovtekst.source?.displayText ?? lovtekst.title ?? lovtekst.name.text
                    return HjemmelInfo(citation: citation, lovtekstName: lovtekst.name.text, wording: lovtekst.text,
                                       from: lovtekst.validity.from, to: lovtekst.validity.to)
                }
            }
        }
    }
}
