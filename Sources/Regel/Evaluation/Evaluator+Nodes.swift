import Foundation

/// The value of each kind of node.
extension Evaluator {
    mutating func value(_ node: Node) -> Value {
        guard Trace.isActive && node.kind.isTraced else { return compute(node) }
        tracer.begin()
        let result = compute(node)
        tracer.end(node, result, program: program)
        return result
    }

    mutating func compute(_ node: Node) -> Value {
        switch node.kind {
        case .constant(let constant): return constant
        case .fact(let slot): return facts[slot]
        case .rule(let number): return rule(number)
        case .local(let index): return index < locals.count ? locals[index] : .unknown
        case .vurderingsdato: return .date(date)
        case .field(let base, let index):
            let record = value(base)
            guard case .record(_, let fields) = record else { return record.isUndetermined ? record : .unknown }
            return index < fields.count ? fields[index] : .unknown
        case .not(let operand):
            let result = value(operand)
            if case .truth(let flag) = result { return .truth(!flag) }
            return result
        case .logical(let op, let operands): return logical(op == .and, operands)
        case .conditionList(let kind, let items): return logical(kind == .all, items)
        case .compare(let op, let left, let right): return Operations.compare(op, value(left), value(right))
        case .arithmetic(let op, let left, let right):
            let (a, b) = (value(left), value(right))
            return outcome(of: node, Operations.arithmetic(op, a, b), operands: [a, b])
        case .negate(let operand):
            let operandValue = value(operand)
            return outcome(of: node, Operations.negate(operandValue), operands: [operandValue])
        case .call(let builtin, let arguments): return call(node, builtin, arguments)
        case .quantifier(let quantifier, let list, let condition, let local):
            return quantify(quantifier, list, condition, local)
        case .list(let items): return .list(items.map { value($0) })
        case .record(let type, let fields): return .record(type, fields.map { value($0) })
        case .invalid: return .unknown
        }
    }

    /// Kleene `og` (all) and `eller` (any): decided as soon as one operand decides.
    mutating func logical(_ isAnd: Bool, _ operands: [Node]) -> Value {
        var open: Value?
        for operand in operands {
            let result = value(operand)
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
    mutating func outcome(of node: Node, _ result: Result<Value, CalculationFailure>, operands: [Value]) -> Value {
        switch result {
        case .success(let value): return value
        case .failure(let failure):
            if Trace.isActive { tracer.failure(node, failure, operands: operands, program: program) }
            return .unknown
        }
    }

    mutating func call(_ node: Node, _ builtin: Builtin, _ arguments: [Node]) -> Value {
        let values = arguments.map { value($0) }
        if builtin == .kjent { return .truth(!(values.first?.isUndetermined ?? true)) }
        if let open = values.first(where: \.isUndetermined) { return open }
        return outcome(of: node, Builtins.apply(builtin, values, on: date), operands: values)
    }

    mutating func quantify(_ quantifier: Quantifier, _ listNode: Node, _ condition: Node?, _ local: Int) -> Value {
        let list = value(listNode)
        guard case .list(let items) = list else { return list.isUndetermined ? list : .unknown }
        guard let condition else { return .number(Number(items.count)) }
        let saved = locals
        defer { locals = saved }
        if locals.count <= local { locals += Array(repeating: .unknown, count: local + 1 - locals.count) }
        var count = 0
        var open: Value?
        for item in items {
            locals[local] = item
            let result = value(condition)
            switch (quantifier, result) {
            case (.all, .truth(false)): return result
            case (.some, .truth(true)): return result
            case (_, .truth(true)): count += 1
            case (_, .truth(false)): break
            default: open = open.map { Operations.undetermined($0, result) } ?? result
            }
        }
        if let open { return open }
        switch quantifier {
        case .all: return .truth(true)
        case .some: return .truth(false)
        case .count: return .number(Number(count))
        }
    }
}
