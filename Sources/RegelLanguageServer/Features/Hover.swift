import Regel

/// `textDocument/hover`: what the name under the cursor is, in Markdown. A rule shows its type,
/// hjemmel, the lovtekst wording and when it applies; a fact or vurdering its type, spørsmål and
/// veiledning; a built-in its signature and description; an enumeration value its type.
extension LanguageServer {
    func hover(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let offset = try context.offset(params)
        let index = context.compilation.index
        let markdown: String
        let range: SourceRange
        if let occurrence = index.occurrence(at: offset, in: context.file.name) {
            markdown = HoverText.describe(occurrence.symbol, index.details[occurrence.symbol])
            range = occurrence.range
        } else if let local = LocalNames.variable(at: offset, in: context) {
            markdown = HoverText.variable(local.name, local.type)
            range = local.range
        } else {
            return .null
        }
        return .object([
            "contents": .object(["kind": .string(hoverMarkdown ? "markdown" : "plaintext"), "value": .string(markdown)]),
            "range": context.range(range),
        ])
    }
}

/// The Markdown of a hover; the Norwegian words come from `ServerMessages`.
enum HoverText {
    static func describe(_ symbol: SemanticIndex.Symbol, _ details: SemanticIndex.Details?) -> String {
        var sections: [String] = []
        switch symbol {
        case .rule(let name):
            // A rule with parameters is shown as it is called: `skal_samarbeide(tjeneste: «Tjeneste»)`.
            let parameters = details?.parameters ?? []
            sections.append(heading(ServerMessages.ruleWord, parameters.isEmpty ? name : "\(name)(\(parameters.joined(separator: ", ")))",
                                    details?.type))
            let hjemmel = unique(details?.hjemmel ?? [])
            if !hjemmel.isEmpty { sections.append("**\(ServerMessages.hjemmelWord):** " + hjemmel.joined(separator: "; ")) }
            let periods = (details?.validity ?? []).compactMap(period)
            if !periods.isEmpty { sections.append(periods.joined(separator: "  \n")) }
            if let text = details?.text { sections.append(quote(text)) }
        case .fact(let name):
            sections.append(heading(details?.isJudgement == true ? ServerMessages.judgementWord : ServerMessages.factWord, name, details?.type))
            if let question = details?.question { sections.append("**\(ServerMessages.questionWord):** \(question)") }
            if let guidance = details?.guidance { sections.append("**\(ServerMessages.guidanceWord):** \(guidance)") }
        case .type(let name):
            sections.append(heading(ServerMessages.typeWord, name, nil))
            if let type = details?.type { sections.append(members(of: type)) }
        case .enumerationValue(let type, let value):
            sections.append("**\(ServerMessages.valueWord)** `\(value)`: " + (details?.type?.displayName ?? ServerMessages.namedType(type)))
        case .lovtekst(let name):
            sections.append("**lovtekst** `\(name)`" + (details?.title.map { " — \($0)" } ?? ""))
            if let text = details?.text { sections.append(quote(text)) }
        case .builtin(let name):
            sections.append(builtin(name))
        case .field(let type, let name):
            sections.append(heading(ServerMessages.fieldWord, name, details?.type) + " " + ServerMessages.inRecord(type))
        }
        return sections.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    static func heading(_ word: String, _ name: String, _ type: ValueType?) -> String {
        "**\(word)** `\(name)`" + (type.map { ": " + $0.displayName } ?? "")
    }

    static func variable(_ name: String, _ type: ValueType?) -> String {
        "**\(ServerMessages.variableWord)** `\(name)`" + (type.map { ": " + $0.displayName } ?? "")
    }

    static func builtin(_ name: String) -> String {
        guard let signature = Builtin.signatures.first(where: { $0.name == name }) else { return "`\(name)`" }
        return "```regel\n\(signatureText(signature))\n```\n\n\(signature.description)"
    }

    /// `alder(født: dato): varighet`.
    static func signatureText(_ signature: BuiltinSignature) -> String {
        "\(signature.name)(" + signature.parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + "): \(signature.result)"
    }

    static func members(of type: ValueType) -> String {
        switch type {
        case .enumeration(let enumeration): return ServerMessages.enumerationValues(enumeration.values)
        case .record(let record): return record.fields.map { "- `\($0.name)`: \($0.type.displayName)" }.joined(separator: "\n")
        default: return ""
        }
    }

    static func period(_ validity: (from: CalendarDate?, to: CalendarDate?)) -> String? {
        guard validity.from != nil || validity.to != nil else { return nil }
        return ServerMessages.validity(from: validity.from?.description, to: validity.to?.description)
    }

    /// The wording as a Markdown quote, line by line.
    static func quote(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
