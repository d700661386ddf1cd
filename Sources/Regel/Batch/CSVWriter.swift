import Foundation

/// Writes batch records as CSV for spreadsheets: a header `linje;id;<regel>…;feil`, one row per
/// record, values in Norwegian (`ja`, `nei`, `ukjent`, `ikke i kraft`, `12,5`), RFC 4180 quoting
/// and CRLF line ends. The file starts with a UTF-8 byte order mark so Excel reads æøå.
package struct CSVWriter: Sendable {
    /// The field separator: `;` or `,`.
    package let separator: Character
    /// The rules, one column each, in order.
    package let rules: [String]
    /// Whether each rule has a column `<regel> mangler` after its own.
    package let missing: Bool

    /// A writer for these columns.
    package init(separator: Character, rules: [String], missing: Bool) {
        self.separator = separator
        self.rules = rules
        self.missing = missing
    }

    /// The byte order mark and the header row.
    package var header: String {
        var fields = ["linje", "id"]
        for rule in rules {
            fields.append(rule)
            if missing { fields.append("\(rule) mangler") }
        }
        fields.append("feil")
        return "\u{FEFF}" + row(fields)
    }

    /// One record as a row, ending in CRLF.
    package func line(_ record: BatchRecord) -> String {
        var fields = [String(record.line), idText(record.id)]
        for index in rules.indices {
            let result = index < record.results.count ? record.results[index] : nil
            fields.append(result.map { Self.text($0.value) } ?? "")
            if missing { fields.append(result?.missing?.joined(separator: ", ") ?? "") }
        }
        fields.append(record.errors.map { "\($0.code.code) \($0.path): \($0.message)" }.joined(separator: " | "))
        return row(fields)
    }

    func idText(_ id: BatchRecord.ID?) -> String {
        switch id {
        case .text(let text)?, .number(let text)?: return text
        case nil: return ""
        }
    }

    /// A value as a person reads it; a text without the quotes Regel writes around it.
    static func text(_ value: Value) -> String {
        if case .text(let text) = value { return text }
        return value.displayText
    }

    func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: String(separator)) + "\r\n"
    }

    /// A field in quotes, with quotes doubled, when it holds a separator, a quote or a line break.
    func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { scalar in
            scalar == "," || scalar == ";" || scalar == "\"" || scalar == "\n" || scalar == "\r"
                || Character(scalar) == separator
        }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
