/// The value of each kind of step.
extension Evaluator {
    mutating func value(_ index: Int32) -> Value {
        guard Trace.isActive else { return compute(index) }
        let node = program.plan.nodes[Int(index)]
        if case .field = node.kind, !Trace.tracesEveryNode { return tracedIfTruth(index, node) }
        guard Trace.tracesEveryNode || node.kind.isTraced else { return compute(index) }
        tracer.begin()
        let result = compute(index)
        tracer.end(node, result, program: program)
        return result
    }

    /// A field is a step of an explanation when it is ja/nei (a vilkår such as `- tjeneste.kommunal`);
    /// otherwise it folds into the step that uses it, as other values do.
    mutating func tracedIfTruth(_ index: Int32, _ node: Node) -> Value {
        tracer.begin()
        let result = compute(index)
        if case .truth = result { tracer.end(node, result, program: program) } else { tracer.fold() }
        return result
    }

    mutating func compute(_ index: Int32) -> Value {
        let step = tables.steps[Int(index)]
        switch step.code {
        case .constant: return tables.constants[Int(step.a)]
        case .fact: return facts[Int(step.a)]
        case .rule: return rule(Int(step.a))
        case .local: return locals[Int(step.a)]
        case .vurderingsdato: return .date(date)
        case .field:
            let record = value(step.a)
            guard case .record(let type, let fields) = record else { return record.isUndetermined ? record : .unknown }
            let result = Int(step.b) < fields.count ? fields[Int(step.b)] : .unknown
            if Trace.isActive, case .unknown = result { noteMissingField(index, step, type, record) }
            return result
        case .not, .and, .or, .compare, .compareWithInteger:
            // Without an explanation to record, ja/nei steps run on the truth path.
            if !Trace.isActive, let fast = Self.value(of: truth(index)) { return fast }
            return logicalValue(index, step)
        case .arithmetic:
            let (left, right) = (value(step.a), value(step.b))
            return outcome(of: index, Operations.arithmetic(Self.binaryOperator(step.flag), left, right), operands: [left, right])
        case .negate:
            let operand = value(step.a)
            return outcome(of: index, Operations.negate(operand), operands: [operand])
        case .call: return call(index, Self.builtin(step.flag), step.a, step.b)
        case .quantifier: return quantify(Self.quantifier(step.flag), step.a, step.b, Int(step.c))
        case .list: return .list(values(step.a, step.b))
        case .record: return .record(program.plan.recordTypes[Int(step.c)], values(step.a, step.b))
        case .ruleCall: return ruleCall(Int(step.c), step.a, step.b)
        case .membership: return membership(step.a, step.b)
        case .comprehension:
            let (value, condition) = (tables.children[Int(step.b)], step.flag == 1 ? tables.children[Int(step.b) + 1] : -1)
            return collect(step.a, value, condition, Int(step.c))
        case .index: return element(index, step.a, step.b)
        case .invalid: return .unknown
        }
    }

    /// `ikke`, `og`, `eller` and comparisons as values, for explanations.
    mutating func logicalValue(_ index: Int32, _ step: Plan.Step) -> Value {
        switch step.code {
        case .not:
            let result = value(step.a)
            if case .truth(let flag) = result { return .truth(!flag) }
            return result
        case .and: return logical(true, step.a, step.b)
        case .or: return logical(false, step.a, step.b)
        default: return Operations.compare(Self.binaryOperator(step.flag), value(step.a), value(step.b))
        }
    }

    mutating func values(_ start: Int32, _ count: Int32) -> [Value] {
        var result: [Value] = []
        result.reserveCapacity(Int(count))
        for offset in 0..<Int(count) { result.append(value(tables.children[Int(start) + offset])) }
        return result
    }

    /// Kleene `og` (all) and `eller` (any): decided as soon as one operand decides.
    mutating func logical(_ isAnd: Bool, _ start: Int32, _ count: Int32) -> Value {
        var open: Value?
        for offset in 0..<Int(count) {
            let result = value(tables.children[Int(start) + offset])
            switch result {
            case .truth(let flag):
                if flag != isAnd { return result }
            default:
                open = open.map { Operations.undetermined($0, result) } ?? (result.isUndetermined ? result : .unknown)
            }
        }
        return open ?? .truth(isAnd)
    }

    /// The value of a calculation; a failure is `ukjent`, and the explanation says why.
    mutating func outcome(of index: Int32, _ result: Result<Value, CalculationFailure>, operands: @autoclosure () -> [Value]) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let failure):
            if Trace.isActive { tracer.failure(program.plan.nodes[Int(index)], failure, operands: operands(), program: program) }
            return .unknown
        }
    }

    /// A built-in function, as `Builtin.table` implements it.
    mutating func call(_ index: Int32, _ builtin: Builtin, _ start: Int32, _ count: Int32) -> Value {
        let arguments = values(start, count)
        let implementation = Builtin.implementations[Int(builtin.index)]
        if !implementation.seesUndetermined, let open = arguments.first(where: \.isUndetermined) { return open }
        return outcome(of: index, implementation.compute(BuiltinFunction.Arguments(values: arguments), date), operands: arguments)
    }

    mutating func quantify(_ quantifier: Quantifier, _ listStep: Int32, _ condition: Int32, _ local: Int) -> Value {
        let list = value(listStep)
        guard case .list(let items) = list else { return list.isUndetermined ? list : .unknown }
        guard condition >= 0 else { return .number(Number(items.count)) }
        // A rule used in the condition may have quantifiers of its own, numbered from 0 too; it
        // restores what it changed before this one reads its variable again.
        let saved = locals[local]
        defer { locals.set(saved, at: local) }
        // While explaining, each element's path, so a rule applied to it can name it.
        let listOrigin = Trace.isActive ? origin(of: listStep) : nil
        let savedOrigin = Trace.isActive ? origins[local] : nil
        defer { if Trace.isActive { origins[local] = savedOrigin } }
        var count = 0
        var open: Value?
        for (position, item) in items.enumerated() {
            locals.set(item, at: local)
            if Trace.isActive { origins[local] = listOrigin?.element(position) ?? ElementOrigin(parent: "", position: position) }
            let result = value(condition)
            switch (quantifier, result) {
            case (.all, .truth(false)): return result
            case (.some, .truth(true)): return result
            case (.none, .truth(true)): return .truth(false)
            case (_, .truth(true)): count += 1
            case (_, .truth(false)): break
            default: open = open.map { Operations.undetermined($0, result) } ?? result
            }
        }
        if let open { return open }
        switch quantifier {
        case .all, .none: return .truth(true)
        case .some: return .truth(false)
        case .count: return .number(Number(count))
        }
    }

    /// While explaining: a field of an element of a list that is not given, with its path and question,
    /// so the missing facts can ask for it (`tjenester[1].lov`).
    mutating func noteMissingField(_ index: Int32, _ step: Plan.Step, _ type: RecordType, _ record: Value) {
        guard Int(step.b) < type.fields.count, let base = origin(of: step.a), base.path.contains("[") else { return }
        let field = type.fields[Int(step.b)]
        let label = base.position.map { ElementLabel(path: base.path, text: ElementLabel.describe(record, position: $0)) }
        tracer.missingField(MissingElementField(node: program.plan.nodes[Int(index)].id, path: base.path + "." + field.name, element: label, question: type.questions[field.name],
                                                type: field.type))
    }

    // The step's `flag` back to its operator, built-in or quantifier: a switch, since reading a
    // static array would cost a lazy-initialisation check and reference counting per step. A
    // built-in is its number already; `call` reads its implementation from `Builtin.implementations`.

    static func binaryOperator(_ flag: UInt8) -> BinaryOperator {
        switch flag {
        case 0: return .add
        case 1: return .subtract
        case 2: return .multiply
        case 3: return .divide
        case 4: return .equal
        case 5: return .notEqual
        case 6: return .less
        case 7: return .lessEqual
        case 8: return .greater
        default: return .greaterEqual
        }
    }

    static func builtin(_ flag: UInt8) -> Builtin { Builtin(index: flag) }

    static func quantifier(_ flag: UInt8) -> Quantifier {
        switch flag {
        case 0: return .all
        case 1: return .some
        case 2: return .count
        default: return .none
        }
    }
}
