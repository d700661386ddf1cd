/// `sum`, `minst` and `størst`: over a list of numbers or of durations, exactly.
enum ListFunctions {
    /// What the reference writes in the «gir» column.
    static let resultDisplayName = "som elementene (tall eller varighet)"

    static let table: [BuiltinFunction] = [
        BuiltinFunction(
            name: "sum",
            parameters: [.init(name: "liste", type: .listOfNumbersOrDurations)],
            result: .number,
            description: "Summen av tallene eller varighetene i `liste`, eksakt; en tom liste gir 0 (`0 dager` for varigheter).",
            example: .init(call: "sum([1,5, 2, 3])", value: "6,5", vurderingsdato: nil),
            implementation: .strict { arguments, _ in sum(arguments) },
            resultIsElement: true),
        BuiltinFunction(
            name: "minst",
            parameters: [.init(name: "liste", type: .listOfNumbersOrDurations)],
            result: .number,
            description: "Det minste tallet eller den korteste varigheten i `liste`; en tom liste gir `ukjent`, og forklaringen sier hvorfor.",
            example: .init(call: "minst([3 måneder, 1 år, 2 måneder])", value: "2 måneder", vurderingsdato: nil),
            implementation: .strict { arguments, _ in extreme(arguments, keepsFirst: { $0 < 0 }) },
            resultIsElement: true),
        BuiltinFunction(
            name: "størst",
            parameters: [.init(name: "liste", type: .listOfNumbersOrDurations)],
            result: .number,
            description: "Det største tallet eller den lengste varigheten i `liste`; en tom liste gir `ukjent`, og forklaringen sier hvorfor.",
            example: .init(call: "størst([3, 8, 5])", value: "8", vurderingsdato: nil),
            implementation: .strict { arguments, _ in extreme(arguments, keepsFirst: { $0 > 0 }) },
            resultIsElement: true),
    ]

    /// The zero `sum` gives for an empty list is passed as a second argument by the code generator,
    /// which knows the element type; without it (a program with errors) an empty sum is the number 0.
    static func sum(_ arguments: BuiltinFunction.Arguments) -> Result<Value, CalculationFailure> {
        guard case .list(let items) = arguments[0] else { return .failure(.undefined) }
        if let open = items.first(where: \.isUndetermined) { return .success(open) }
        guard var total = items.first else { return .success(arguments[1].isUndetermined ? .number(Number(0)) : arguments[1]) }
        for item in items.dropFirst() {
            switch Operations.arithmetic(.add, total, item) {
            case .success(let value): total = value
            case .failure(let failure): return .failure(failure)
            }
        }
        return .success(total)
    }

    /// The element for which `keepsFirst(order(candidate, best))` holds against every other; an
    /// undetermined element makes the answer undetermined, since it could be the extreme.
    static func extreme(_ arguments: BuiltinFunction.Arguments, keepsFirst: (Int) -> Bool) -> Result<Value, CalculationFailure> {
        guard case .list(let items) = arguments[0] else { return .failure(.undefined) }
        if let open = items.first(where: \.isUndetermined) { return .success(open) }
        guard var best = items.first else { return .failure(.emptyList) }
        for item in items.dropFirst() {
            guard let order = Operations.ordering(item, best) else { return .failure(.undefined) }
            if keepsFirst(order) { best = item }
        }
        return .success(best)
    }

    /// The value `sum` gives for an empty list of `element`s.
    static func zero(of element: ValueType) -> Value {
        element == .duration ? .duration(Period(days: 0)) : .number(Number(0))
    }
}
