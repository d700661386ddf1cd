import Regel

/// `textDocument/documentSymbol` (the outline: lovtekst, typer, fakta, regler, tester, each a
/// group of its declarations) and `workspace/symbol` (every declared name of the known folders).
extension LanguageServer {
    enum SymbolKind {
        static let namespace = 3, `class` = 5, method = 6, property = 7, field = 8, `enum` = 10, function = 12
        static let variable = 13, constant = 14, string = 15, enumMember = 22, event = 24
    }

    func documentSymbols(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let tree = context.tree
        var groups: [(name: String, kind: Int, items: [(name: String, detail: String?, kind: Int, range: SourceRange, selection: SourceRange, children: [JSONValue])])] = [
            (ServerMessages.outlineLovtekst, SymbolKind.namespace, []), (ServerMessages.outlineTypes, SymbolKind.namespace, []),
            (ServerMessages.outlineFacts, SymbolKind.namespace, []), (ServerMessages.outlineRules, SymbolKind.namespace, []),
            (ServerMessages.outlineTests, SymbolKind.namespace, []),
        ]
        let index = context.compilation.index
        for declaration in tree.declarations {
            switch declaration {
            case .lovtekst(let d):
                groups[0].items.append((d.name.text, d.title, SymbolKind.string, d.range, d.name.range, []))
            case .type(let d):
                var children: [JSONValue] = []
                switch d.body {
                case .enumeration(let values):
                    children = values.map { symbol($0.text, nil, SymbolKind.enumMember, $0.range, $0.range, [], context) }
                case .record(let fields):
                    children = fields.map { symbol($0.name.text, nil, SymbolKind.field, $0.name.range.union($0.type.range), $0.name.range, [], context) }
                }
                groups[1].items.append((d.name.text, nil, SymbolKind.class, d.range, d.name.range, children))
            case .fact(let d):
                let type = index.details[.fact(d.path.text)]?.type?.displayName
                let word = d.isJudgement ? "vurdering" : "faktum"
                groups[2].items.append((d.path.text, [word, type].compactMap { $0 }.joined(separator: ": "), SymbolKind.variable, d.range, d.path.range, []))
            case .rule(let d):
                let type = index.details[.rule(d.name.text)]?.type?.displayName
                groups[3].items.append((d.name.text, type, SymbolKind.function, d.range, d.name.range, []))
            case .exception(let d):
                groups[3].items.append((d.rule.text, "unntak", SymbolKind.event, d.range, d.rule.range, []))
            case .test(let d):
                groups[4].items.append((d.name, nil, SymbolKind.method, d.range, d.nameRange, []))
            case .importFile:
                break
            }
        }
        if !hierarchicalSymbols {
            // Clients without the outline tree get a flat list, each with the group it belongs to.
            let flat = groups.flatMap { group in
                group.items.map { item -> JSONValue in
                    .object(["name": .string(item.name), "kind": .int(item.kind), "containerName": .string(group.name),
                             "location": .object(["uri": .string(context.uri), "range": context.range(item.range)])])
                }
            }
            return .array(flat)
        }
        return .array(groups.filter { !$0.items.isEmpty }.map { group in
            let range = group.items.map(\.range).reduce(group.items[0].range) { $0.union($1) }
            let children = group.items.map { symbol($0.name, $0.detail, $0.kind, $0.range, $0.selection, $0.children, context) }
            return symbol(group.name, nil, group.kind, range, group.items[0].selection, children, context)
        })
    }

    func symbol(_ name: String, _ detail: String?, _ kind: Int, _ range: SourceRange, _ selection: SourceRange,
                _ children: [JSONValue], _ context: DocumentContext) -> JSONValue {
        .object([
            "name": .string(name), "detail": detail.map { .string($0) }, "kind": .int(kind),
            "range": context.range(range), "selectionRange": context.range(selection),
            "children": children.isEmpty ? nil : .array(children),
        ])
    }

    func workspaceSymbols(_ params: JSONValue?) -> JSONValue {
        let query = (params?["query"]?.stringValue ?? "").lowercased()
        var result: [JSONValue] = []
        var seen = Set<String>()
        let uris = openURIs
        for folder in workspace.folders {
            let compilation = workspace.compilation(of: folder)
            for occurrence in compilation.index.occurrences where occurrence.isDefinition {
                let (name, kind) = Self.nameAndKind(occurrence.symbol)
                guard Self.matches(name.lowercased(), query) else { continue }
                guard let file = compilation.files.first(where: { $0.name == occurrence.file }) else { continue }
                let uri = uris[occurrence.file] ?? DocumentURI.uri(for: occurrence.file)
                guard seen.insert("\(uri) \(occurrence.range.start)").inserted else { continue }
                result.append(.object([
                    "name": .string(name), "kind": .int(kind),
                    "location": .object(["uri": .string(uri), "range": file.rangeJSON(occurrence.range, encoding)]),
                ]))
            }
        }
        return .array(result)
    }

    static func nameAndKind(_ symbol: SemanticIndex.Symbol) -> (String, Int) {
        switch symbol {
        case .fact(let name): return (name, SymbolKind.variable)
        case .rule(let name): return (name, SymbolKind.function)
        case .type(let name): return (name, SymbolKind.class)
        case .enumerationValue(_, let value): return (value, SymbolKind.enumMember)
        case .lovtekst(let name): return (name, SymbolKind.string)
        case .builtin(let name): return (name, SymbolKind.function)
        }
    }

    /// Whether the query's characters appear in the name in order, as editors match symbols.
    static func matches(_ name: String, _ query: String) -> Bool {
        var rest = query[...]
        for character in name where rest.first == character { rest = rest.dropFirst() }
        return rest.isEmpty
    }
}
