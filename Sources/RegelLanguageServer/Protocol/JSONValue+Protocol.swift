import Regel
import RegelSyntax

/// Reading and writing the protocol's JSON on top of the library's own reader (`JSONValue`), so
/// numbers and key order stay exactly as written and no Foundation coder is involved.
extension JSONValue {
    /// The member named `key` of an object; nil for a missing member and for anything but an object.
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    package var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// A whole number that fits an `Int`; nil for fractions, exponents and numbers too large.
    package var intValue: Int? {
        if case .number(let text) = self { return Int(text) }
        return nil
    }

    package var boolValue: Bool? {
        if case .bool(let flag) = self { return flag }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    package var isNull: Bool { self == .null }

    /// A number from an `Int`.
    package static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// An object from members in order; members whose value is nil are left out, as the protocol
    /// treats an absent optional property and a missing one alike.
    package static func object(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(members.compactMap { member in member.value.map { (key: member.key, value: $0) } })
    }

    /// The value as compact JSON text, members in their order.
    package var compactText: String {
        var output = ""
        write(to: &output)
        return output
    }

    private func write(to output: inout String) {
        switch self {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): JSONText.writeString(text, to: &output)
        case .array(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                item.write(to: &output)
            }
            output += "]"
        case .object(let members):
            output += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { output += "," }
                JSONText.writeString(member.key, to: &output)
                output += ":"
                member.value.write(to: &output)
            }
            output += "}"
        }
    }
}
