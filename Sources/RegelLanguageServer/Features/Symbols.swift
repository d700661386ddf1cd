import Regel

/// `textDocument/documentSymbol` (the outline: lovtekst, typer, fakta, regler, tester, each a
/// group of its declarations) and `workspace/symbol` (every declared name of the known folders).
extension LanguageServer {
    enum SymbolKind {
        static let namespace = 3, `class` = 5, method = 6, property = 7, field = 8, `enum` = 10, function = 12
        static let variable = 13, constant = 14, string = 15, enumMember = 22, event = 24
    }

    /// One entry of the outline, before it is written as JSON.
    struct OutlineItem {
        let name: String
        let detail: String?
        let kind: Int
        let range: SourceRange
        let selection: SourceRange
        var children: [JSONValue] = []
    }

    /// The outline's groups, in the order a rules file is read.
    static let outlineGroups = [ServerMessages.outlineLovtekst, ServerMessages.outlineTypes, ServerMessages.outlineFacts,
                                ServerMessages.outlineRules, ServerMessages.outlineTests]

    func documentSymbols(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        var groups = Array(repeating: [OutlineItem](), count: Self.outlineGroups.count)
        for declaration in context.tree.declarations {
            if let (group, item) = outlineItem(declaration, context) { groups[group].append(item) }
        }
        let named = zip(Self.outlineGroups, groups).filter { !$0.1.isEmpty }
        if !hierarchicalSymbols {
            // Clients without the outline tree get a flat list, each with the group it belongs to.
            return .array(named.flatMap { group, items in
                items.map { item -> JSONValue in
                    .object(["name": .string(item.name), "kind": .int(item.kind), "containerName": .string(group),
                             "location": .object(["uri": .string(context.uri), "range": context.range(item.range)])])
                }
            })
        }
        return .array(named.map { group, items in
            let range = items.map(\.range).reduce(items[0].range) { $0.union($1) }
            let children = items.map { symbol($0.name, $0.detail, $0.kind, $0.range, $0.selection, $0.children, context) }
            return symbol(group, nil, SymbolKind.namespace, range, items[0].selection, children, context)
        })
    }

    /// The group (an index into `outlineGroups`) and entry of one declaration; nil for `importer`.
    func outlineItem(_ declaration: Declaration, _ context: DocumentContext) -> (Int, OutlineItem)? {
        let index = context.compilation.index
        switch declaration {
        case .lovtekst(let d):
            return (0, OutlineItem(name: d.name.text, detail: d.title, kind: SymbolKind.string, range: d.range, selection: d.name.range))
        case .type(let d):
            var item = OutlineItem(name: d.name.text, detail: nil, kind: SymbolKind.class, range: d.range, selection: d.name.range)
            switch d.body {
            case .enumeration(let values):
                item.children = values.map { symbol($0.text, nil, SymbolKind.enumMember, $0.range, $0.range, [], context) }
            case .record(let fields):
                item.children = fields.map {
                    symbol($0.name.text, nil, SymbolKind.field, $0.name.range.union($0.type.range), $0.name.range, [], context)
                }
            }
            return (1, item)
        case .fact(let d):
            let type = index.details[.fact(d.path.text)]?.type?.displayName
            let detail = [d.isJudgement ? "vurdering" : "faktum", type].compactMap { $0 }.joined(separator: ": ")
            return (2, OutlineItem(name: d.path.text, detail: detail, kind: SymbolKind.variable, range: d.range, selection: d.path.range))
        case .rule(let d):
            let type = index.details[.rule(d.name.text)]?.type?.displayName
            return (3, OutlineItem(name: d.name.text, detail: type, kind: SymbolKind.function, range: d.range, selection: d.name.range))
        case .exception(let d):
            return (3, OutlineItem(name: d.rule.text, detail: "unntak", kind: SymbolKind.event, range: d.range, selection: d.rule.range))
        case .test(let d):
            return (4, OutlineItem(name: d.name, detail: nil, kind: SymbolKind.method, range: d.range, selection: d.nameRange))
        case .importFile:
            return nil
        }
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
        case .field(let type, let name): return ("\(type).\(name)", SymbolKind.field)
        }
    }

    /// Whether the query's characters appear in the name in order, as editors match symbols.
    static func matches(_ name: String, _ query: String) -> Bool {
        var rest = query[...]
        for character in name where rest.first == character { rest = rest.dropFirst() }
        return rest.isEmpty
    }
}
