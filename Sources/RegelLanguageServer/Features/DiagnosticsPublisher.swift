import Regel

/// `textDocument/publishDiagnostics`: every file of every known rules folder that has
/// diagnostics gets them; a file that had some and has none left gets an empty list.
extension LanguageServer {
    func publishDiagnostics() {
        var now: Set<String> = []
        let uris = openURIs
        let versions = Dictionary(workspace.documents.all.map { ($0.uri, $0.version) }, uniquingKeysWith: { a, _ in a })
        var compilations = workspace.folders.map { workspace.compilation(of: $0) }
        for document in workspace.documents.all where !document.path.hasPrefix("/") {
            compilations.append(workspace.compilation(containing: document.path))
        }
        for compilation in compilations {
            var byFile: [String: [Diagnostic]] = [:]
            for diagnostic in compilation.diagnostics {
                guard let file = diagnostic.file else { continue }
                byFile[file.name, default: []].append(diagnostic)
            }
            for name in byFile.keys.sorted() {
                let uri = uris[name] ?? DocumentURI.uri(for: name)
                guard !now.contains(uri) else { continue }
                now.insert(uri)
                let items = byFile[name]!.map { Self.diagnosticJSON($0, encoding) }
                send(Outgoing.notification("textDocument/publishDiagnostics", .object([
                    "uri": .string(uri), "version": versions[uri].map { .int($0) }, "diagnostics": .array(items),
                ])))
            }
        }
        for uri in published.subtracting(now).sorted() {
            send(Outgoing.notification("textDocument/publishDiagnostics", .object([
                "uri": .string(uri), "version": versions[uri].map { .int($0) }, "diagnostics": .array([]),
            ])))
        }
        published = now
    }

    /// A diagnostic as the protocol writes it: our code (`R0301`), severity, the Norwegian message,
    /// and each note as related information (a note that points nowhere points at the diagnostic).
    static func diagnosticJSON(_ diagnostic: Diagnostic, _ encoding: PositionEncoding) -> JSONValue {
        guard let file = diagnostic.file else { return .null }
        let range = file.rangeJSON(diagnostic.range, encoding)
        let related: [JSONValue] = diagnostic.notes.map { note in
            let location: JSONValue
            if let noteFile = note.file, let noteRange = note.range {
                location = .object(["uri": .string(DocumentURI.uri(for: noteFile.name)), "range": noteFile.rangeJSON(noteRange, encoding)])
            } else {
                location = .object(["uri": .string(DocumentURI.uri(for: file.name)), "range": range])
            }
            return .object(["location": location, "message": .string(note.message)])
        }
        return .object([
            "range": range,
            "severity": .int(diagnostic.severity == .error ? 1 : 2),
            "code": .string(diagnostic.code.code),
            "source": .string("regel"),
            "message": .string(diagnostic.message),
            "relatedInformation": related.isEmpty ? nil : .array(related),
        ])
    }
}
