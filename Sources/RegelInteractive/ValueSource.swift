import Regel
extension Value {
    /// The value as it is written in a `.regel` file, so a saved test reads it back unchanged:
    /// like `displayText`, but text is escaped.
    var sourceText: String {
        switch self {
        case .text(let value):
            var escaped = ""
            for character in value {
                switch character {
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\t": escaped += "\\t"
                default: escaped.append(character)
                }
            }
            return "\"\(escaped)\""
        case .record(let type, let fields):
            return "{" + zip(type.fields, fields).map { "\($0.0.name): \($0.1.sourceText)" }.joined(separator: ", ") + "}"
        case .list(let items):
            return "[" + items.map(\.sourceText).joined(separator: ", ") + "]"
        default:
            return displayText
        }
    }
}
