import RegelSyntax

/// The declarations of one rule set as the diff compares them: each with its category, name,
/// location and parts as normalized text (see `NormalizedSource`).
struct DeclarationInventory {
    /// One declaration, ready to compare with its counterpart in the other rule set.
    struct Entry {
        let category: DiffChange.Category
        /// The name the counterpart is found by; facts and vurderinger share one name space.
        let name: String
        let location: DiffLocation
        let parts: [DiffChange.Aspect: NormalizedSource.Part]
        /// The whole declaration, to notice a change in a part none of the aspects covers.
        let whole: NormalizedSource.Part
        /// For rule versions and unntak: the period, to pair versions.
        let validity: Validity?
    }

    private(set) var entries: [Entry] = []

    /// Reads `files`; a file is shown as `shownAs` followed by its path under `root` (both given
    /// for a git revision unpacked into a temporary folder), or by its own name.
    init(files: [SourceFile], root: String?, shownAs: String?) {
        for file in files {
            let source = NormalizedSource(file)
            let name = Self.displayName(file.name, root: root, shownAs: shownAs)
            for declaration in Parser.parse(file).declarations {
                if let entry = Self.entry(declaration, source: source, fileName: name) { entries.append(entry) }
            }
        }
    }

    static func displayName(_ path: String, root: String?, shownAs: String?) -> String {
        guard let root, let shownAs else { return path }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? shownAs + path.dropFirst(prefix.count) : path
    }

    static func entry(_ declaration: Declaration, source: NormalizedSource, fileName: String) -> Entry? {
        func location(_ range: SourceRange) -> DiffLocation {
            let place = source.file.location(of: range.start)
            return DiffLocation(file: fileName, line: place.line, column: place.column)
        }
        let whole = source.text(declaration.range)
        switch declaration {
        case .importFile:
            return nil
        case .rule(let rule):
            var parts = common(hjemmel: rule.hjemmel, validity: rule.validity, source: source)
            parts[.condition] = bodyText(rule.body, source: source)
            parts[.type] = rule.declaredType.map { source.text($0.range) }
            return Entry(category: .rule, name: rule.name.text, location: location(rule.name.range), parts: parts,
                         whole: whole, validity: rule.validity)
        case .exception(let exception):
            var parts = common(hjemmel: exception.hjemmel, validity: exception.validity, source: source)
            parts[.condition] = source.text([exception.condition?.range, exception.value?.range].compactMap { $0 })
            return Entry(category: .exception, name: exception.rule.text, location: location(exception.rule.range), parts: parts,
                         whole: whole, validity: exception.validity)
        case .fact(let fact):
            var parts: [DiffChange.Aspect: NormalizedSource.Part] = [.type: source.text(fact.type.range), .kind: .plain(fact.isJudgement ? "vurdering" : "faktum")]
            parts[.question] = fact.questionRange.map(source.text)
            parts[.guidance] = fact.guidanceRange.map(source.text)
            return Entry(category: fact.isJudgement ? .judgement : .fact, name: fact.path.text, location: location(fact.path.range),
                         parts: parts, whole: whole, validity: nil)
        case .type(let type):
            return Entry(category: .type, name: type.name.text, location: location(type.name.range),
                         parts: [.values: .plain(String(whole.shown.drop { $0 != ":" }))], whole: whole, validity: nil)
        case .lovtekst(let lovtekst):
            var parts: [DiffChange.Aspect: NormalizedSource.Part] = [:]
            parts[.title] = lovtekst.titleRange.map(source.text)
            parts[.wording] = lovtekst.textRange.map(source.text)
            parts[.hjemmel] = lovtekst.source.map { source.text($0.range) }
            return Entry(category: .lovtekst, name: lovtekst.name.text, location: location(lovtekst.name.range), parts: parts,
                         whole: whole, validity: nil)
        case .test(let test):
            var parts: [DiffChange.Aspect: NormalizedSource.Part] = [:]
            parts[.given] = source.text(test.given.map(\.range))
            parts[.expectations] = source.text(test.expectations.map(\.range))
            return Entry(category: .test, name: test.name, location: location(test.nameRange), parts: parts, whole: whole, validity: nil)
        }
    }

    static func common(hjemmel: [HjemmelReference], validity: Validity, source: NormalizedSource) -> [DiffChange.Aspect: NormalizedSource.Part] {
        var parts: [DiffChange.Aspect: NormalizedSource.Part] = [:]
        parts[.hjemmel] = source.text(hjemmel.map(\.range))
        if validity.from != nil || validity.to != nil { parts[.validity] = .plain(DiffMessages.period(validity)) }
        return parts
    }

    static func bodyText(_ body: RuleBody, source: NormalizedSource) -> NormalizedSource.Part? {
        switch body {
        case .condition(let expression), .value(let expression): return source.text(expression.range)
        case .cases(let cases, let otherwise): return source.text(cases.map(\.range) + [otherwise?.range].compactMap { $0 })
        case .missing: return nil
        }
    }
}

extension NormalizedSource.Part {
    /// A part made by the diff itself rather than read from the source.
    static func plain(_ text: String) -> NormalizedSource.Part { NormalizedSource.Part(key: text, shown: text) }
}
