/// The functions a rule can call, written down once.
///
/// `Builtin.table` is the only list of built-in functions. The checker takes parameter and result
/// types from it, the evaluator its implementations, completion and the message for an unknown
/// function (R0309) its names, and the function table in docs/referanse.md is rendered from it
/// (`Builtin.referenceMarkdown`, kept in step by `BuiltinTableTests`).
struct BuiltinFunction: Sendable {
    /// What a rule writes: `alder`.
    let name: String
    let parameters: [Parameter]
    let result: ValueType
    /// One Norwegian sentence for the reference; parameter names in backticks.
    let description: String
    let example: Example
    let implementation: Implementation
    /// True for `sum`, `minst` and `størst`: the result has the list's element type (tall or varighet), not `result`.
    var resultIsElement = false

    /// The result type's Norwegian name, as the reference and an editor show it.
    var resultDisplayName: String { resultIsElement ? ListFunctions.resultDisplayName : result.displayName }

    struct Parameter: Sendable {
        /// The name the reference uses for the argument, e.g. `født`.
        let name: String
        let type: ParameterType
    }

    /// A call and the value it gives, shown in the reference and evaluated by the tests.
    struct Example: Sendable {
        let call: String
        /// The value as Regel writes it (`Value.displayText`).
        let value: String
        /// The day the example is evaluated on, for functions that read it (`alder`).
        let vurderingsdato: String?
    }

    struct Implementation: Sendable {
        /// Whether `ukjent` arguments reach `compute` (`kjent` asks about them). Otherwise a call
        /// with an undetermined argument is that argument, and `compute` sees only values.
        let seesUndetermined: Bool
        /// The value, given the arguments (as many, and of the types, the parameters say) and the vurderingsdato.
        let compute: @Sendable (_ arguments: Arguments, _ vurderingsdato: CalendarDate) -> Result<Value, CalculationFailure>
    }

    /// The values a call was given. Reading past the last gives `ukjent`: a program with checking
    /// errors still runs (in a session), and a call with too few arguments must not trap.
    struct Arguments {
        let values: [Value]

        subscript(index: Int) -> Value { index < values.count ? values[index] : .unknown }
    }
}

/// The type a parameter accepts: one type, or any (for functions that ask about the value itself,
/// or only about the length of a list).
enum ParameterType: Equatable, Sendable {
    case exactly(ValueType)
    /// Any type at all: `kjent`.
    case anyType
    /// A list of any element type: `antall`.
    case listOfAnyType
    /// A list of numbers or of durations: `sum`, `minst`, `størst`.
    case listOfNumbersOrDurations

    func accepts(_ type: ValueType) -> Bool {
        switch self {
        case .exactly(let wanted): return wanted.accepts(type)
        case .anyType: return true
        case .listOfAnyType:
            if case .list = type { return true }
            return type == .error
        case .listOfNumbersOrDurations:
            return [.list(.number), .list(.duration), .list(.error), .error].contains(type)
        }
    }

    /// The Norwegian name, as `ValueType.displayName` writes types: `dato`, `hva som helst`.
    var displayName: String {
        switch self {
        case .exactly(let type): return type.displayName
        case .anyType: return "hva som helst"
        case .listOfAnyType: return "liste av hva som helst"
        case .listOfNumbersOrDurations: return "liste av tall eller liste av varighet"
        }
    }

    /// The type an argument is compiled against (so `ukjent` as an argument gets the right type).
    var expected: ValueType? {
        if case .exactly(let type) = self { return type }
        return nil
    }
}

/// A built-in function as a compiled program names it: its place in `Builtin.table`. That number
/// is also what a plan step's `flag` holds.
package struct Builtin: Hashable, Sendable {
    let index: UInt8

    var function: BuiltinFunction { Self.table[Int(index)] }
    var name: String { function.name }

    static let all: [Builtin] = Self.table.indices.map { Builtin(index: UInt8($0)) }
    package static let names: [String] = Self.table.map(\.name)
    static let byName: [String: Builtin] = Dictionary(Self.all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    package static func named(_ name: String) -> Builtin? { byName[name] }

    /// The implementations alone, in table order: what the evaluator reads for each call.
    static let implementations: [BuiltinFunction.Implementation] = Self.table.map(\.implementation)

    // MARK: - The table

    static let table: [BuiltinFunction] = [
        BuiltinFunction(
            name: "alder",
            parameters: [.init(name: "født", type: .exactly(.date))],
            result: .duration,
            description: "Hele år fra `født` til vurderingsdatoen, som varighet; fødselsdagen teller med.",
            example: .init(call: "alder(2006-05-17)", value: "17 år", vurderingsdato: "2024-05-16"),
            implementation: .strict { arguments, date in
                guard case .date(let born) = arguments[0] else { return .failure(.undefined) }
                return .success(.duration(Period(months: born.wholeYears(until: date) * 12)))
            }),
        BuiltinFunction(
            name: "kjent",
            parameters: [.init(name: "x", type: .anyType)],
            result: .truth,
            description: "`ja` hvis `x` er oppgitt, ellers `nei`; aldri `ukjent`.",
            example: .init(call: "kjent(ukjent)", value: "nei", vurderingsdato: nil),
            implementation: .init(seesUndetermined: true) { arguments, _ in
                .success(.truth(!arguments[0].isUndetermined))
            }),
        BuiltinFunction(
            name: "antall",
            parameters: [.init(name: "liste", type: .listOfAnyType)],
            result: .number,
            description: "Antall elementer i `liste`.",
            example: .init(call: "antall([3, 5, 8])", value: "3", vurderingsdato: nil),
            implementation: .strict { arguments, _ in
                guard case .list(let items) = arguments[0] else { return .failure(.undefined) }
                return .success(.number(Number(items.count)))
            }),
        BuiltinFunction(
            name: "dager_mellom",
            parameters: [.init(name: "fra", type: .exactly(.date)), .init(name: "til", type: .exactly(.date))],
            result: .number,
            description: "Antall dager fra `fra` til `til`, negativt hvis `til` er før `fra`.",
            example: .init(call: "dager_mellom(2024-02-01, 2024-03-01)", value: "29", vurderingsdato: nil),
            implementation: .strict { arguments, _ in
                guard case .date(let from) = arguments[0], case .date(let to) = arguments[1] else { return .failure(.undefined) }
                return .success(.number(Number(to.dayNumber - from.dayNumber)))
            }),
        BuiltinFunction(
            name: "år_mellom",
            parameters: [.init(name: "fra", type: .exactly(.date)), .init(name: "til", type: .exactly(.date))],
            result: .number,
            description: "Hele år fra `fra` til `til`, talt som `alder` teller dem.",
            example: .init(call: "år_mellom(2004-02-29, 2022-03-01)", value: "18", vurderingsdato: nil),
            implementation: .strict { arguments, _ in
                guard case .date(let from) = arguments[0], case .date(let to) = arguments[1] else { return .failure(.undefined) }
                return .success(.number(Number(from.wholeYears(until: to))))
            }),
        BuiltinFunction(
            name: "avrund",
            parameters: [.init(name: "x", type: .exactly(.number)), .init(name: "desimaler", type: .exactly(.number))],
            result: .number,
            description: "`x` avrundet til nærmeste tall med `desimaler` desimaler; halvparten går bort fra null.",
            example: .init(call: "avrund(2,5, 0)", value: "3", vurderingsdato: nil),
            implementation: .rounding(.halfAwayFromZero)),
        BuiltinFunction(
            name: "avrund_ned",
            parameters: [.init(name: "x", type: .exactly(.number)), .init(name: "desimaler", type: .exactly(.number))],
            result: .number,
            description: "`x` avrundet ned, mot minus uendelig, til `desimaler` desimaler.",
            example: .init(call: "avrund_ned(-2,3, 0)", value: "-3", vurderingsdato: nil),
            implementation: .rounding(.down)),
        BuiltinFunction(
            name: "avrund_opp",
            parameters: [.init(name: "x", type: .exactly(.number)), .init(name: "desimaler", type: .exactly(.number))],
            result: .number,
            description: "`x` avrundet opp, mot pluss uendelig, til `desimaler` desimaler.",
            example: .init(call: "avrund_opp(2,3, 0)", value: "3", vurderingsdato: nil),
            implementation: .rounding(.up)),
        BuiltinFunction(
            name: "fristens_siste_dag",
            parameters: [.init(name: "start", type: .exactly(.date)), .init(name: "lengde", type: .exactly(.duration))],
            result: .date,
            description: "Siste dag i en frist på `lengde` som begynner å løpe `start`, etter domstolloven §§ 148–149, "
                + "flyttet til neste virkedag hvis den faller på en lørdag, søndag eller helligdag.",
            example: .init(call: "fristens_siste_dag(2024-03-21, 1 uke)", value: "2024-04-02", vurderingsdato: nil),
            implementation: .strict { arguments, _ in
                guard case .date(let start) = arguments[0], case .duration(let length) = arguments[1] else { return .failure(.undefined) }
                return start.lastDayOfFrist(length).map { .success(.date($0)) } ?? .failure(.outsideCalendar)
            }),
    ] + ListFunctions.table
}

extension BuiltinFunction.Implementation {
    /// A function of known values only: a call with an undetermined argument is that argument.
    static func strict(_ compute: @escaping @Sendable (BuiltinFunction.Arguments, CalendarDate) -> Result<Value, CalculationFailure>) -> Self {
        Self(seesUndetermined: false, compute: compute)
    }

    /// `avrund`, `avrund_ned` and `avrund_opp`: `x` to a whole number of decimals.
    static func rounding(_ mode: Number.RoundingMode) -> Self {
        strict { arguments, _ in
            guard case .number(let x) = arguments[0], case .number(let places) = arguments[1] else { return .failure(.undefined) }
            guard let decimals = places.intValue, let rounded = x.rounded(decimals: decimals, mode) else {
                return .failure(.roundingDecimals)
            }
            return .success(.number(rounded))
        }
    }
}
