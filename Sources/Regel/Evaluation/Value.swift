/// A value in a case or a result. `ukjent` is a value, not an error: it is
/// what an absent fact gives, and it flows through the logic by Kleene's rules.
public enum Value: Hashable, Sendable {
    case unknown
    case truth(Bool)
    case number(Number)
    case text(String)
    case date(CalendarDate)
    case duration(Period)
    /// The index of a value in its enumeration.
    case enumeration(EnumerationType, Int)
    case record(RecordType, [Value])
    case list([Value])
    /// A rule with no version in force on the vurderingsdato.
    case notInForce(String)
    /// A rule on a date in a period of law it does not encode (`ikke kodet …`).
    case notEncoded(String)

    /// True for values that do not decide anything: `ukjent`, «ikke i kraft» and «ikke kodet».
    public var isUndetermined: Bool {
        switch self {
        case .unknown, .notInForce, .notEncoded: return true
        default: return false
        }
    }

    /// True for a rule's own «ikke i kraft» or «ikke kodet»: no version of it answers on the date.
    public var isWithoutVersion: Bool {
        switch self {
        case .notInForce, .notEncoded: return true
        default: return false
        }
    }

    /// Norwegian text as a person writes it: `ja`, `12,5`, `2022-08-01`, `18 år`.
    public var displayText: String {
        switch self {
        case .unknown: return "ukjent"
        case .truth(let value): return value ? "ja" : "nei"
        case .number(let value): return value.displayText
        case .text(let value): return "\"\(value)\""
        case .date(let value): return value.description
        case .duration(let value): return value.description
        case .enumeration(let type, let index): return type.values[index]
        case .record(let type, let fields):
            let parts = zip(type.fields, fields).map { "\($0.0.name): \($0.1.displayText)" }
            return "{" + parts.joined(separator: ", ") + "}"
        case .list(let items): return "[" + items.map(\.displayText).joined(separator: ", ") + "]"
        case .notInForce: return "ikke i kraft"
        case .notEncoded: return "ikke kodet"
        }
    }
}
