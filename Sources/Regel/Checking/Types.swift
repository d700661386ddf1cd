/// The type of a value, after names are resolved.
public indirect enum ValueType: Hashable, Sendable {
    case truth
    case number
    case text
    case date
    case duration
    case enumeration(EnumerationType)
    case record(RecordType)
    case list(ValueType)
    /// Stands in after an error so one mistake is reported once.
    case error

    /// The Norwegian name used in messages: `ja/nei`, `liste av tall`, `«Lov»`.
    public var displayName: String {
        switch self {
        case .truth: return "ja/nei"
        case .number: return "tall"
        case .text: return "tekst"
        case .date: return "dato"
        case .duration: return "varighet"
        case .enumeration(let type): return type.name.hasPrefix("en av") ? type.name : CheckingMessages.namedType(type.name)
        case .record(let type): return CheckingMessages.namedType(type.name)
        case .list(let element): return "liste av \(element.displayName)"
        case .error: return "ukjent type"
        }
    }

    /// Whether a value of `other` may stand where `self` is expected.
    func accepts(_ other: ValueType) -> Bool {
        if self == .error || other == .error { return true }
        if case .list(let a) = self, case .list(let b) = other { return a.accepts(b) }
        return self == other
    }
}

/// `en av a, b, c`, named by a `type` declaration or written inline.
public final class EnumerationType: Hashable, Sendable {
    /// The name from the `type` declaration, or `en av a, b, c` for a type written inline.
    public let name: String
    /// The allowed values, in declaration order.
    public let values: [String]

    init(name: String, values: [String]) {
        self.name = name
        self.values = values
    }

    /// Identity: two declarations are two types even with the same values.
    public static func == (lhs: EnumerationType, rhs: EnumerationType) -> Bool { lhs === rhs }
    /// Hashes the identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A record type: named fields, each with a type.
public final class RecordType: Hashable, @unchecked Sendable {
    /// The name from the `type` declaration.
    public let name: String
    /// Filled once while checking, before the program is shared; never changed after.
    public internal(set) var fields: [(name: String, type: ValueType)] = []
    /// The `spørsmål` of each field that has one, by field name; filled with `fields`.
    public internal(set) var questions: [String: String] = [:]

    init(name: String) {
        self.name = name
    }

    func fieldIndex(_ name: String) -> Int? { fields.firstIndex { $0.name == name } }

    /// Identity: each declaration is its own type.
    public static func == (lhs: RecordType, rhs: RecordType) -> Bool { lhs === rhs }
    /// Hashes the identity.
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
