import Regel

/// `initialize` and the document notifications.
extension LanguageServer {
    func initialize(_ params: JSONValue?) -> JSONValue {
        phase = .running
        let capabilities = params?["capabilities"]
        let offered = capabilities?["general"]?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue) ?? []
        encoding = offered.contains(PositionEncoding.utf8.rawValue) ? .utf8 : .utf16
        snippets = capabilities?["textDocument"]?["completion"]?["completionItem"]?["snippetSupport"]?.boolValue ?? false
        hierarchicalSymbols = capabilities?["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
        let documentation = capabilities?["textDocument"]?["completion"]?["completionItem"]?["documentationFormat"]?.arrayValue ?? []
        completionMarkdown = documentation.contains(.string("markdown"))
        if let formats = capabilities?["textDocument"]?["hover"]?["contentFormat"]?.arrayValue {
            hoverMarkdown = formats.contains(.string("markdown"))
        }
        var roots = params?["workspaceFolders"]?.arrayValue?.compactMap { $0["uri"]?.stringValue } ?? []
        if roots.isEmpty, let root = params?["rootUri"]?.stringValue { roots = [root] }
        if roots.isEmpty, let path = params?["rootPath"]?.stringValue { roots = [DocumentURI.uri(for: path)] }
        workspace.setRoots(roots.map(DocumentURI.path(of:)).filter { $0.hasPrefix("/") })
        return .object([
            "capabilities": Self.capabilities(encoding),
            "serverInfo": .object(["name": .string("regel"), "version": .string(RegelVersion.program)]),
        ])
    }

    /// Exactly what the server implements; docs/referanse.md lists the same.
    static func capabilities(_ encoding: PositionEncoding) -> JSONValue {
        .object([
            "positionEncoding": .string(encoding.rawValue),
            "textDocumentSync": .object([
                "openClose": .bool(true), "change": .int(2), "save": .object(["includeText": .bool(false)]),
            ]),
            "hoverProvider": .bool(true),
            "definitionProvider": .bool(true),
            "referencesProvider": .bool(true),
            "renameProvider": .object(["prepareProvider": .bool(true)]),
            "documentSymbolProvider": .bool(true),
            "workspaceSymbolProvider": .bool(true),
            "completionProvider": .object(["triggerCharacters": .array([.string(".")])]),
            "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
            "documentFormattingProvider": .bool(true),
            "semanticTokensProvider": .object([
                "legend": SemanticTokens.legend, "full": .bool(true),
            ]),
            "workspace": .object(["workspaceFolders": .object(["supported": .bool(true)])]),
        ])
    }

    func didOpen(_ params: JSONValue?) {
        let item = params?["textDocument"]
        guard let uri = item?["uri"]?.stringValue, let text = item?["text"]?.stringValue else { return }
        let path = DocumentURI.path(of: uri)
        workspace.documents.open(uri: uri, path: path, version: item?["version"]?.intValue ?? 0, text: text)
        workspace.invalidate(path)
        scheduleDiagnostics(immediately: true)
    }

    func didChange(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let changes = params?["contentChanges"]?.arrayValue else { return }
        guard workspace.documents.change(uri: uri, version: params?["textDocument"]?["version"]?.intValue,
                                         changes: changes, encoding: encoding) else { return }
        workspace.invalidate(DocumentURI.path(of: uri))
        scheduleDiagnostics(immediately: false)
    }

    func didClose(_ params: JSONValue?) {
        guard let uri = params?["textDocument"]?["uri"]?.stringValue, let document = workspace.documents[uri] else { return }
        workspace.documents.close(uri: uri)
        workspace.invalidate(document.path)
        // The file on disk is what counts now; an unsaved file that is gone has nothing to show.
        scheduleDiagnostics(immediately: true)
    }

    func didSave(_ params: JSONValue?) {
        guard params?["textDocument"]?["uri"]?.stringValue != nil else { return }
        // Other files of the folder may have been saved by other programs as well.
        workspace.invalidateAll()
        scheduleDiagnostics(immediately: true)
    }
}
