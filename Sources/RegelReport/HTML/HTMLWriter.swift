/// Builds HTML that is also well-formed XML: every element is closed in the order it was opened,
/// void elements are written `<meta …/>`, attribute values are always quoted, and every piece of
/// text is escaped on the way in. The reports are built only through this type, so a value from a
/// case (`<script>…`) can never become markup.
package struct HTMLWriter {
    /// The markup written so far.
    package private(set) var output = ""
    /// The elements opened and not yet closed, innermost last.
    private var openElements: [String] = []

    package init() {}

    /// `<tag a="b">`; closed by `end()`. Attributes with a nil value are left out.
    package mutating func start(_ tag: String, _ attributes: [(String, String?)] = []) {
        output += "<" + tag + Self.attributeText(attributes) + ">"
        openElements.append(tag)
    }

    /// Closes the innermost open element; a block ends its line, so the file reads well in a text
    /// editor and a diff (the line break is only white space between blocks).
    package mutating func end() {
        guard let tag = openElements.popLast() else { return }
        output += "</" + tag + ">" + (Self.blocks.contains(tag) ? "\n" : "")
    }

    /// Elements after which a line break changes nothing on the page.
    static let blocks: Set<String> = ["article", "blockquote", "dd", "details", "div", "dl", "dt", "figure", "footer", "form", "h1", "h2", "h3",
                                      "head", "header", "li", "main", "nav", "ol", "p", "section", "table", "tbody", "thead", "tr", "ul"]

    /// An element with `body` inside.
    package mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], _ body: (inout HTMLWriter) -> Void) {
        start(tag, attributes)
        body(&self)
        end()
    }

    /// An element holding only `text`, escaped.
    package mutating func element(_ tag: String, _ attributes: [(String, String?)] = [], text: String) {
        start(tag, attributes)
        self.text(text)
        end()
    }

    /// A void element such as `<meta charset="utf-8"/>`.
    package mutating func void(_ tag: String, _ attributes: [(String, String?)] = []) {
        output += "<" + tag + Self.attributeText(attributes) + "/>"
    }

    /// Text, escaped.
    package mutating func text(_ text: String) { output += HTMLText.escape(text) }

    /// Markup this module wrote itself (the style sheet, the script, a finished fragment); never a
    /// value from a case or a rule file.
    package mutating func trusted(_ markup: String) { output += markup }

    /// A line break in the markup, so the file reads well in a text editor and a diff.
    package mutating func newline() { output += "\n" }

    /// The document, with any element still open closed.
    package mutating func finish() -> String {
        while !openElements.isEmpty { end() }
        return output
    }

    static func attributeText(_ attributes: [(String, String?)]) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(HTMLText.escapeAttribute($0))\"" } }.joined()
    }
}

/// Escaping for text and attribute values.
package enum HTMLText {
    /// `&`, `<` and `>` as entities; control characters that XML forbids become U+FFFD.
    package static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return result
    }

    /// As `escape`, and the quotes too, for a value between `"`.
    package static func escapeAttribute(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Characters XML 1.0 allows: tab, line feed, carriage return and everything from space up,
    /// except the surrogates (which a Swift scalar never is) and U+FFFE/U+FFFF.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x9 || value == 0xA || value == 0xD }
        return value != 0xFFFE && value != 0xFFFF
    }

    /// An `id` (and URL fragment) for a name: letters, digits, `_`, `-` and `.` are kept, and each
    /// run of anything else becomes one `-`, so the same name always gives the same anchor
    /// (`hjemmel`, `pbrl § 2-5 c` → `hjemmel-pbrl-2-5-c`).
    package static func anchor(_ prefix: String, _ name: String) -> String {
        var result = prefix + "-"
        var replacing = false
        for character in name {
            if character.isLetter || character.isNumber || character == "_" || character == "." || character == "-" {
                result.append(character)
                replacing = false
            } else if !replacing {
                result.append("-")
                replacing = true
            }
        }
        return result
    }

    /// JSON for a `<script type="application/json">` block: `<`, `>` and `&` as `\u` escapes, so
    /// no text in it can close the script element.
    package static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}

extension HTMLWriter {
    /// A table with a header row of `columns` (each `<th scope="col">`), and `body` in its `<tbody>`.
    package mutating func table(_ attributes: [(String, String?)], columns: [String], body: (inout HTMLWriter) -> Void) {
        element("table", attributes) { table in
            table.element("thead") { head in
                head.element("tr") { row in
                    for title in columns { row.element("th", [("scope", "col")], text: title) }
                }
            }
            table.element("tbody", [], body)
        }
    }
}
