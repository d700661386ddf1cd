import Regel

/// One document a request is about, with the compilation of its rules folder: the file as the
/// compiler saw it (an open document's text), so every offset in the index fits it.
package struct DocumentContext {
    package let uri: String
    package let file: SourceFile
    package let compilation: Compilation
    package let encoding: PositionEncoding
    /// The URIs of the open documents, by path, to answer with the client's own spelling.
    let openURIs: [String: String]
    let syntax: SyntaxCache

    var tokens: [Token] { syntax.tokens(file) }
    var tree: SyntaxTree { syntax.tree(file) }

    /// The file of the compilation called `name`.
    func file(named name: String) -> SourceFile? {
        name == file.name ? file : compilation.files.first { $0.name == name }
    }

    /// The client's URI for a file of the compilation.
    func uri(of name: String) -> String {
        openURIs[name] ?? DocumentURI.uri(for: name)
    }

    /// A protocol `Location`; nil if the file is not part of the compilation.
    func location(_ name: String, _ range: SourceRange) -> JSONValue? {
        guard let file = file(named: name) else { return nil }
        return .object(["uri": .string(uri(of: name)), "range": file.rangeJSON(range, encoding)])
    }

    /// The UTF-8 offset of the request's `position` (clamped to the text).
    func offset(_ params: JSONValue?) throws(ResponseError) -> Int {
        guard let position = Position(params?["position"]) else { throw .invalidParams(ServerMessages.missingPosition) }
        return file.offset(of: position, encoding)
    }

    func range(_ range: SourceRange) -> JSONValue { file.rangeJSON(range, encoding) }
}

extension LanguageServer {
    /// The document a request names (`textDocument.uri`): open in the editor, or else a `.regel`
    /// file on disk. Unknown documents are an error the client can show.
    func context(_ params: JSONValue?) throws(ResponseError) -> DocumentContext {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue else { throw .invalidParams(ServerMessages.missingDocument) }
        let path = workspace.documents[uri]?.path ?? DocumentURI.path(of: uri)
        let open = workspace.documents[uri] != nil
        guard open || (path.hasPrefix("/") && path.hasSuffix(".regel")) else { throw .invalidParams(ServerMessages.unknownDocument(uri)) }
        let compilation = workspace.compilation(containing: path)
        guard let file = workspace.documents[uri]?.file ?? compilation.files.first(where: { $0.name == path }) else {
            throw .invalidParams(ServerMessages.unknownDocument(uri))
        }
        return DocumentContext(uri: uri, file: file, compilation: compilation, encoding: encoding, openURIs: openURIs, syntax: syntax)
    }

    var openURIs: [String: String] {
        Dictionary(workspace.documents.all.map { ($0.path, $0.uri) }, uniquingKeysWith: { a, _ in a })
    }
}
