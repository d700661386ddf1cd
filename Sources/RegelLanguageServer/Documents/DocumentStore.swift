import Regel

/// An open document: the editor's text, which takes precedence over the file on disk.
package struct OpenDocument {
    package let uri: String
    /// The path the URI names, which is the file's name in compilations.
    package let path: String
    package var version: Int
    package var file: SourceFile
}

/// The documents the client has open, kept in step with its edits (incremental sync).
package struct DocumentStore {
    private var documents: [String: OpenDocument] = [:]

    package init() {}

    package subscript(uri: String) -> OpenDocument? { documents[uri] }

    package var all: [OpenDocument] { documents.values.sorted { $0.uri < $1.uri } }

    package mutating func open(uri: String, path: String, version: Int, text: String) {
        documents[uri] = OpenDocument(uri: uri, path: path, version: version, file: SourceFile(name: path, text: text))
    }

    package mutating func close(uri: String) {
        documents[uri] = nil
    }

    /// Applies `textDocument/didChange`'s changes in order: a change with a range replaces that
    /// range (positions clamped to the text), one without replaces the whole text. Returns false
    /// for a document that is not open.
    @discardableResult
    package mutating func change(uri: String, version: Int?, changes: [JSONValue], encoding: PositionEncoding) -> Bool {
        guard var document = documents[uri] else { return false }
        for change in changes {
            guard let text = change["text"]?.stringValue else { continue }
            if let rangeValue = change["range"] {
                guard let range = document.file.sourceRange(rangeValue, encoding) else { continue }
                var bytes = document.file.bytes
                bytes.replaceSubrange(range.start..<range.end, with: Array(text.utf8))
                document.file = SourceFile(name: document.path, bytes: bytes)
            } else {
                document.file = SourceFile(name: document.path, text: text)
            }
        }
        if let version { document.version = version }
        documents[uri] = document
        return true
    }
}
