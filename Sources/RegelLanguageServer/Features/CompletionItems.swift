import Regel

/// The completion items for one site, each with the range it replaces.
struct CompletionItems {
    let context: DocumentContext
    let site: CompletionSite
    let snippets: Bool
    /// Whether documentation may be Markdown; otherwise it is a plain string.
    let markdown: Bool
    /// The quantifier variables in scope, innermost last.
    let localsInScope: [LocalVariable]

    init(context: DocumentContext, site: CompletionSite, snippets: Bool, markdown: Bool) {
        self.context = context
        self.site = site
        self.snippets = snippets
        self.markdown = markdown
        localsInScope = LocalNames.inScope(at: site.offset, in: context)
    }

    enum Kind {
        static let method = 2, function = 3, field = 5, variable = 6, `class` = 7, property = 10
        static let keyword = 14, snippet = 15, enumMember = 20, constant = 21
    }

    var index: SemanticIndex { context.compilation.index }

    func all() -> [JSONValue] {
        if site.typed.contains(".") { return afterDot() }
        if site.previous == .colon, [.faktum, .vurdering, .regel].contains(site.declaration), onDeclarationLine {
            return typeNames()
        }
        var items: [JSONValue] = []
        if site.startsLine && !site.indented {
            return keywords(Keyword.declarationStartsForEditors.map(\.rawValue))
        }
        if site.startsLine {
            // A clause starts here, or the line goes on with the expression above: both are offered, the clauses first.
            items += keywords(clauseKeywords, sort: "0")
            if site.declaration == .test {
                items += site.testSection == .forvent ? names(facts: false, rules: true) : names(facts: true, rules: false)
                return items
            }
        }
        if let compared = site.comparedName, let type = typeOf(context.file.text(compared)), case .enumeration(let enumeration) = type {
            items += enumeration.values.map { item($0, Kind.enumMember, detail: type.displayName, sort: "0") }
        }
        if [.faktum, .vurdering, .lovtekst, .type].contains(site.declaration) { return items }
        items += locals() + names(facts: true, rules: true) + builtins()
        items += keywords(["og", "eller", "ikke", "alle", "noen", "antall", "minst", "ja", "nei", "ukjent", "der", "i", "vurderingsdato"])
        return items
    }

    var onDeclarationLine: Bool {
        let file = context.file
        return site.before.last { $0.atLineStart }.map { file.line(of: $0.range.start) == file.line(of: site.offset) } ?? false
    }

    var clauseKeywords: [String] {
        switch site.declaration {
        case .regel: return ["hjemmel", "gjelder fra", "gjelder til", "når", "verdi", "hvis", "ellers", "alle:", "minst ett av:"]
        case .unntak: return ["hjemmel", "gjelder fra", "gjelder til", "når", "gir"]
        case .faktum, .vurdering: return ["spørsmål", "veiledning"]
        case .lovtekst: return ["kilde"]
        case .test: return ["gitt", "forvent"]
        default: return []
        }
    }

    /// Replaces the whole name being written (`barn.fø`), so a dotted name is completed whole.
    var wholeRange: JSONValue { context.range(SourceRange(start: site.typedStart, end: site.offset)) }

    func item(_ label: String, _ kind: Int, detail: String? = nil, documentation: String? = nil, sort: String,
              insert: String? = nil, snippet: Bool = false, range: JSONValue? = nil) -> JSONValue {
        .object([
            "label": .string(label), "kind": .int(kind), "detail": detail.map { .string($0) },
            "documentation": documentation.map { markdown ? .object(["kind": .string("markdown"), "value": .string($0)]) : .string($0) },
            "sortText": .string(sort + label), "filterText": .string(label),
            "insertTextFormat": snippet ? .int(2) : nil,
            "textEdit": .object(["range": range ?? wholeRange, "newText": .string(insert ?? label)]),
        ])
    }

    func keywords(_ words: [String], sort: String = "9") -> [JSONValue] {
        words.map { item($0, Kind.keyword, sort: sort) }
    }

    func typeNames() -> [JSONValue] {
        let declared = index.details.keys.compactMap { symbol -> String? in
            if case .type(let name) = symbol { return name } else { return nil }
        }.sorted()
        return ["ja/nei", "tall", "tekst", "dato", "varighet", "liste av", "en av"].map { item($0, Kind.keyword, sort: "1") }
            + declared.map { item($0, Kind.class, sort: "0") }
    }

    func names(facts: Bool, rules: Bool) -> [JSONValue] {
        var items: [JSONValue] = []
        for (symbol, details) in index.details {
            switch symbol {
            case .fact(let name) where facts:
                let word = details.isJudgement ? "vurdering" : "faktum"
                items.append(item(name, Kind.variable, detail: [word, details.type?.displayName].compactMap { $0 }.joined(separator: ": "),
                                  documentation: details.question, sort: "2"))
            case .rule(let name) where rules && details.parameters.isEmpty:
                items.append(item(name, Kind.function, detail: ["regel", details.type?.displayName].compactMap { $0 }.joined(separator: ": "),
                                  documentation: details.hjemmel.first, sort: "3"))
            case .rule(let name) where rules:
                // A rule with parameters is called with arguments, like a built-in function.
                let placeholders = details.parameters.enumerated().map { "${\($0.offset + 1):\($0.element.prefix { $0 != ":" })}" }
                let signature = ServerMessages.ruleWord + " \(name)(\(details.parameters.joined(separator: ", ")))" + (details.type.map { ": " + $0.displayName } ?? "")
                items.append(item(name, Kind.function, detail: signature, documentation: details.hjemmel.first, sort: "3",
                                  insert: snippets ? "\(name)(\(placeholders.joined(separator: ", ")))" : name + "(", snippet: snippets))
            default: break
            }
        }
        return items.sorted { ($0["label"]?.stringValue ?? "") < ($1["label"]?.stringValue ?? "") }
    }

    func locals() -> [JSONValue] {
        localsInScope.map { item($0.name, Kind.variable, detail: $0.type?.displayName, sort: "1") }
    }

    func builtins() -> [JSONValue] {
        Builtin.signatures.map { signature in
            let parameters = signature.parameters.enumerated().map { "${\($0.offset + 1):\($0.element.name)}" }.joined(separator: ", ")
            return item(signature.name, Kind.function, detail: HoverText.signatureText(signature), documentation: signature.description,
                        sort: "4", insert: snippets ? "\(signature.name)(\(parameters))" : signature.name + "(", snippet: snippets)
        }
    }

    /// After `barn.`: the facts whose names go on from there, and the fields of a record.
    func afterDot() -> [JSONValue] {
        let base = String(site.typed[..<site.typed.lastIndex(of: ".")!])
        var items: [JSONValue] = []
        for case (.fact(let name), let details) in index.details where name.hasPrefix(base + ".") {
            items.append(item(name, Kind.variable, detail: details.type?.displayName, documentation: details.question, sort: "2"))
        }
        items.sort { ($0["label"]?.stringValue ?? "") < ($1["label"]?.stringValue ?? "") }
        if case .record(let record) = typeOf(base) {
            let partialStart = site.offset - (site.typed.utf8.count - base.utf8.count - 1)
            let range = context.range(SourceRange(start: partialStart, end: site.offset))
            items += record.fields.map { item($0.name, Kind.field, detail: $0.type.displayName, sort: "1", range: range) }
        }
        return items
    }

    /// The type of a dotted name: a fact, a rule or a quantifier variable, then fields of records.
    func typeOf(_ path: String) -> ValueType? {
        let parts = path.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { return nil }
        for length in stride(from: parts.count, through: 1, by: -1) {
            let head = parts[0..<length].joined(separator: ".")
            var type: ValueType?
            if length == 1, let local = localsInScope.last(where: { $0.name == head }) {
                type = local.type
            } else {
                type = index.details[.fact(head)]?.type ?? index.details[.rule(head)]?.type
            }
            guard var current = type else { continue }
            for field in parts[length...] {
                guard case .record(let record) = current, let next = record.fields.first(where: { $0.name == field }) else { return nil }
                current = next.type
            }
            return current
        }
        return nil
    }
}
