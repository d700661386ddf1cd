import Foundation

/// A strict parser for the HTML the reports write, which must also be well-formed XML: every
/// element closed in order (void elements may be written `<br/>` or `<br>`), attribute values
/// quoted and unique, `&` only in a known entity, no `<` in text, and `<script>`/`<style>` as raw
/// text that cannot close early. It builds a small tree the tests query; any violation is an
/// error with its byte offset.
struct StrictHTML {
    final class Element: @unchecked Sendable {
        let name: String
        let attributes: [String: String]
        var children: [Node] = []
        weak var parent: Element?
        init(name: String, attributes: [String: String]) {
            self.name = name
            self.attributes = attributes
        }

        /// Text content, entities decoded, as a browser's `textContent`.
        var text: String {
            children.map { child in
                switch child {
                case .text(let text): return text
                case .element(let element): return element.text
                }
            }.joined()
        }

        /// Every element below, depth first, in document order.
        var descendants: [Element] {
            var result: [Element] = []
            var stack = children.reversed().compactMap(\.element)
            while let next = stack.popLast() {
                result.append(next)
                stack += next.children.reversed().compactMap(\.element)
            }
            return result
        }

        func all(_ name: String) -> [Element] { descendants.filter { $0.name == name } }
        func first(_ name: String) -> Element? { descendants.first { $0.name == name } }
        func byID(_ id: String) -> Element? { descendants.first { $0.attributes["id"] == id } }
        func withClass(_ name: String) -> [Element] {
            descendants.filter { ($0.attributes["class"] ?? "").split(separator: " ").contains(Substring(name)) }
        }
    }

    enum Node {
        case element(Element)
        case text(String)
        var element: Element? { if case .element(let element) = self { return element } else { return nil } }
    }

    struct Failure: Error, CustomStringConvertible {
        let offset: Int
        let message: String
        var description: String { "at byte \(offset): \(message)" }
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    static let rawTextElements: Set<String> = ["script", "style"]
    static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "#39": "'", "apos": "'", "nbsp": "\u{A0}"]

    /// The document's root element (`<html>`), or the first violation.
    static func parse(_ text: String) throws -> Element {
        var parser = StrictHTML(bytes: Array(text.utf8))
        return try parser.document()
    }

    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func fail(_ message: String) -> Failure { Failure(offset: index, message: message) }

    mutating func document() throws -> Element {
        skipSpace()
        if starts(with: "<!DOCTYPE html>") { index += 15 } else { throw fail("the document must start with <!DOCTYPE html>") }
        skipSpace()
        guard starts(with: "<html") else { throw fail("expected <html>") }
        let root = try element(parent: nil)
        skipSpace()
        guard index == bytes.count else { throw fail("content after </html>") }
        return root
    }

    /// An element from its `<` to its end tag.
    mutating func element(parent: Element?) throws -> Element {
        index += 1  // <
        let name = readName()
        guard !name.isEmpty, name == name.lowercased() else { throw fail("bad element name «\(name)»") }
        var attributes: [String: String] = [:]
        while true {
            let hadSpace = skipSpace()
            guard index < bytes.count else { throw fail("unclosed start tag <\(name)") }
            if bytes[index] == UInt8(ascii: ">") { index += 1; break }
            if starts(with: "/>") {
                guard Self.voidElements.contains(name) else { throw fail("<\(name)/> is not a void element") }
                index += 2
                return Element(name: name, attributes: attributes)
            }
            guard hadSpace else { throw fail("attributes must be separated by space in <\(name)") }
            let attribute = readName()
            guard !attribute.isEmpty else { throw fail("bad attribute in <\(name)") }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw fail("attribute \(attribute) without a quoted value") }
            index += 1
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw fail("attribute \(attribute) value must be in double quotes") }
            index += 1
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: "\"")) else { throw fail("unterminated attribute value") }
            let raw = String(decoding: bytes[index..<end], as: UTF8.self)
            guard !raw.contains("<") else { throw fail("< in an attribute value") }
            guard attributes[attribute] == nil else { throw fail("duplicate attribute \(attribute) in <\(name)") }
            attributes[attribute] = try decode(raw)
            index = end + 1
        }
        let element = Element(name: name, attributes: attributes)
        element.parent = parent
        if Self.voidElements.contains(name) { return element }
        if Self.rawTextElements.contains(name) {
            let close = Array("</\(name)>".utf8)
            guard let end = find(close) else { throw fail("<\(name)> is never closed") }
            let body = String(decoding: bytes[index..<end], as: UTF8.self)
            guard !body.contains("</") else { throw fail("</ inside <\(name)>") }
            element.children = [.text(body)]
            index = end + close.count
            return element
        }
        while true {
            guard index < bytes.count else { throw fail("<\(name)> is never closed") }
            if starts(with: "</") {
                index += 2
                let closing = readName()
                guard closing == name else { throw fail("</\(closing)> closes <\(name)>") }
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw fail("bad end tag </\(closing)") }
                index += 1
                return element
            }
            if starts(with: "<!--") {
                guard let end = find(Array("-->".utf8)) else { throw fail("unterminated comment") }
                index = end + 3
                continue
            }
            if bytes[index] == UInt8(ascii: "<") {
                element.children.append(.element(try self.element(parent: element)))
                continue
            }
            let end = bytes[index...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
            let raw = String(decoding: bytes[index..<end], as: UTF8.self)
            guard !raw.contains(">") else { throw fail("> in text (write &gt;)") }
            element.children.append(.text(try decode(raw)))
            index = end
        }
    }

    /// Text with its entities replaced; a bare `&` or an unknown entity is a violation.
    func decode(_ raw: String) throws -> String {
        var result = ""
        var rest = Substring(raw)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";"),
                  let value = Self.entities[String(rest[rest.index(after: ampersand)..<semicolon])] else {
                throw fail("bare & or unknown entity in «\(raw.prefix(60))»")
            }
            result += value
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    func starts(with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && Array(bytes[index..<index + pattern.count]) == pattern
    }

    func find(_ pattern: [UInt8]) -> Int? {
        var position = index
        while position + pattern.count <= bytes.count {
            if bytes[position] == pattern[0] && Array(bytes[position..<position + pattern.count]) == pattern { return position }
            position += 1
        }
        return nil
    }

    mutating func readName() -> String {
        let start = index
        while index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: ":")
                || (bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z")) || (bytes[index] >= UInt8(ascii: "A") && bytes[index] <= UInt8(ascii: "Z"))
                || (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) {
            index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    @discardableResult
    mutating func skipSpace() -> Bool {
        let start = index
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index > start
    }
}
