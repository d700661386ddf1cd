import Regel

/// `textDocument/codeAction`: each diagnostic's fix (the one `regel sjekk --json` gives as
/// «forslag») as a quick fix that replaces the diagnostic's span.
extension LanguageServer {
    func codeActions(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let requested = context.file.sourceRange(params?["range"], encoding) ?? SourceRange(start: 0, end: context.file.bytes.count)
        let only = params?["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
        if let only, !only.contains(where: { $0 == "quickfix" || "quickfix".hasPrefix($0 + ".") || $0.isEmpty }) {
            return .array([])
        }
        var actions: [JSONValue] = []
        for diagnostic in context.compilation.diagnostics where diagnostic.file?.name == context.file.name {
            guard let fix = diagnostic.fix else { continue }
            // Overlapping or touching the requested range: a cursor at either end of the span counts.
            guard diagnostic.range.start <= requested.end && requested.start <= diagnostic.range.end else { continue }
            let edit: JSONValue = .object(["range": context.range(diagnostic.range), "newText": .string(fix.replacement)])
            actions.append(.object([
                "title": .string(ServerMessages.quickFixTitle(fix.message, replacement: fix.replacement)),
                "kind": .string("quickfix"),
                "diagnostics": .array([Self.diagnosticJSON(diagnostic, encoding)]),
                "isPreferred": .bool(true),
                "edit": .object(["changes": .object([(key: context.uri, value: .array([edit]))])]),
            ]))
        }
        return .array(actions)
    }
}
