/// A place in a case below a fact: `tjenester[1].lov` is field `lov` of the element at position 1
/// (counted from 0, as in JSON) of the fact `tjenester`. Missing facts name fields of elements so,
/// and the REPL and hosts set them so.
public struct CasePath: Sendable, Equatable {
    /// One step below the fact.
    public enum Step: Sendable, Equatable {
        /// The element at this position of a list, counted from 0.
        case element(Int)
        /// The field with this index in a record type's fields.
        case field(Int)
    }

    /// The fact's slot (see `CompiledRuleSet.factSlot`).
    public let slot: Int
    /// The steps from the fact's value to the place.
    public let steps: [Step]
    /// The type a value at the place must have.
    public let type: ValueType

    /// Reads `fakta.navn[2].felt.felt`; nil when it names no fact, or a step does not fit the types
    /// (an index after something that is not a list, a field the record does not have).
    public static func parse(_ text: String, program: CompiledRuleSet) -> CasePath? {
        parse(text) { name in program.factSlot(name).map { ($0, program.facts[$0].type) } }
    }

    /// The same against declarations being checked: `fact` gives a fact's slot and type by name.
    static func parse(_ text: String, fact: (String) -> (slot: Int, type: ValueType)?) -> CasePath? {
        let characters = Array(text)
        let headEnd = characters.firstIndex(of: "[") ?? characters.count
        let head = String(characters[..<headEnd])
        // The longest part before the first `[` that names a fact; what follows in it are fields.
        var factName = head
        while fact(factName) == nil {
            guard let dot = factName.lastIndex(of: ".") else { return nil }
            factName = String(factName[..<dot])
        }
        guard let (slot, factType) = fact(factName) else { return nil }
        var type = factType
        var steps: [Step] = []
        var position = factName.count
        while position < characters.count {
            if characters[position] == "[" {
                guard let close = characters[position...].firstIndex(of: "]"), case .list(let element) = type,
                      let index = Int(String(characters[(position + 1)..<close])), index >= 0 else { return nil }
                steps.append(.element(index))
                type = element
                position = close + 1
            } else if characters[position] == "." {
                let start = position + 1
                var end = start
                while end < characters.count && characters[end] != "." && characters[end] != "[" { end += 1 }
                guard case .record(let record) = type, let field = record.fieldIndex(String(characters[start..<end])) else { return nil }
                steps.append(.field(field))
                type = record.fields[field].type
                position = end
            } else {
                return nil
            }
        }
        return CasePath(slot: slot, steps: steps, type: type)
    }
}

extension Case {
    /// Sets the value at `path` (`tjenester[1].lov`), after checking it against the type there. An
    /// element's record that is not given is made with its other fields `ukjent`; the list itself
    /// must be given and long enough.
    public mutating func set(path text: String, _ value: Value) throws(CaseError) {
        guard let path = CasePath.parse(text, program: program) else {
            throw CaseError(.undeclaredFact, path: text, message: CaseMessages.unknownPath(text))
        }
        guard value == .unknown || value.conforms(to: path.type) else {
            throw CaseError(.caseValueType, path: text, message: CaseMessages.wrongType(text, expected: path.type, got: value))
        }
        var whole = self[path.slot]
        var type = program.facts[path.slot].type
        var places: [(value: Value, type: ValueType, step: CasePath.Step)] = []
        // Down the path, keeping each level with its type; then back up, putting each level together again.
        for step in path.steps {
            places.append((whole, type, step))
            switch (step, whole, type) {
            case (.element(let index), .list(let items), .list(let element)):
                guard index < items.count else {
                    throw CaseError(.undeclaredFact, path: text, message: CaseMessages.noSuchElement(text, count: items.count))
                }
                (whole, type) = (items[index], element)
            case (.field(let index), _, .record(let record)) where index < record.fields.count:
                if case .record(_, let fields) = whole, index < fields.count { whole = fields[index] } else { whole = .unknown }
                type = record.fields[index].type
            default:
                let count: Int
                if case .list(let items) = whole { count = items.count } else { count = 0 }
                throw CaseError(.undeclaredFact, path: text, message: CaseMessages.noSuchElement(text, count: count))
            }
        }
        var result = value
        for (container, containerType, step) in places.reversed() {
            switch (step, container, containerType) {
            case (.element(let index), .list(var items), _):
                items[index] = result
                result = .list(items)
            case (.field(let index), .record(let record, var fields), _) where index < fields.count:
                fields[index] = result
                result = .record(record, fields)
            case (.field(let index), _, .record(let record)):
                // A record not given: made with every other field ukjent.
                var fields = Array(repeating: Value.unknown, count: record.fields.count)
                fields[index] = result
                result = .record(record, fields)
            default:
                throw CaseError(.undeclaredFact, path: text, message: CaseMessages.unknownPath(text))
            }
        }
        self[path.slot] = result
    }
}
