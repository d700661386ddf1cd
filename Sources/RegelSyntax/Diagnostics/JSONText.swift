import Foundation

/// A JSON number written exactly as given: Foundation's writer would go through `Double`.
package struct JSONNumberText {
    package let text: String

    package init(text: String) { self.text = text }
}

/// Deterministic JSON text: sorted keys, two-space indentation, `"key" : value`, no escaped
/// slashes. Written by hand so numbers keep every digit (`JSONNumberText`).
package enum JSONText {
    /// Dictionaries, arrays, strings, booleans, `Int`, `JSONNumberText` and `NSNull`.
    package static func encode(_ value: Any) -> String {
        var output = ""
        write(value, indent: "", to: &output)
        return output
    }

    static func write(_ value: Any, indent: String, to output: inout String) {
        switch value {
        case let object as [String: Any]:
            guard !object.isEmpty else { output += "{\n\n\(indent)}"; return }
            output += "{\n"
            let inner = indent + "  "
            for (index, key) in object.keys.sorted().enumerated() {
                output += inner
                writeString(key, to: &output)
                output += " : "
                write(object[key] as Any, indent: inner, to: &output)
                output += index + 1 < object.count ? ",\n" : "\n"
            }
            output += indent + "}"
        case let array as [Any]:
            guard !array.isEmpty else { output += "[\n\n\(indent)]"; return }
            output += "[\n"
            let inner = indent + "  "
            for (index, item) in array.enumerated() {
                output += inner
                write(item, indent: inner, to: &output)
                output += index + 1 < array.count ? ",\n" : "\n"
            }
            output += indent + "]"
        case let text as String: writeString(text, to: &output)
        case let flag as Bool: output += flag ? "true" : "false"
        case let number as Int: output += String(number)
        case let number as JSONNumberText: output += number.text
        default: output += "null"
        }
    }

    /// The same values on one line with no spaces (`{"a":1,"b":[true,null]}`), keys sorted: for
    /// JSON Lines, where one record is one line.
    package static func encodeCompact(_ value: Any) -> String {
        var output = ""
        writeCompact(value, to: &output)
        return output
    }

    static func writeCompact(_ value: Any, to output: inout String) {
        switch value {
        case let object as [String: Any]:
            output += "{"
            for (index, key) in object.keys.sorted().enumerated() {
                if index > 0 { output += "," }
                writeString(key, to: &output)
                output += ":"
                writeCompact(object[key] as Any, to: &output)
            }
            output += "}"
        case let array as [Any]:
            output += "["
            for (index, item) in array.enumerated() {
                if index > 0 { output += "," }
                writeCompact(item, to: &output)
            }
            output += "]"
        default: write(value, indent: "", to: &output)
        }
    }

    package static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
