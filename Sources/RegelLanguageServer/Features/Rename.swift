import Regel

/// `textDocument/prepareRename` and `textDocument/rename`: a fact, vurdering, rule, type,
/// enumeration value, lovtekst or quantifier variable gets a new name everywhere it is named, in
/// every file of its rules folder. Keywords and built-in functions cannot be renamed; the refusal
/// is a ResponseError with a Norwegian message, which clients show.
extension LanguageServer {
    func prepareRename(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let offset = try context.offset(params)
        let target = try renameTarget(at: offset, context)
        return .object(["range": context.range(target.range), "placeholder": .string(context.file.text(target.range))])
    }

    func rename(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let offset = try context.offset(params)
        guard let newName = params?["newName"]?.stringValue else { throw .invalidParams(ServerMessages.missingNewName) }
        let target = try renameTarget(at: offset, context)
        try Self.validate(newName, dotted: target.dotted)
        if let symbol = target.symbol, Self.clashes(symbol, newName, context.compilation.index) {
            throw .failed(ServerMessages.nameTaken(newName))
        }
        var changes: [String: [JSONValue]] = [:]
        for (name, range) in target.places {
            guard let file = context.file(named: name) else { continue }
            changes[context.uri(of: name), default: []].append(
                .object(["range": file.rangeJSON(range, encoding), "newText": .string(newName)]))
        }
        return .object(["changes": .object(changes.keys.sorted().map { (key: $0, value: JSONValue.array(changes[$0]!)) })])
    }

    struct RenameTarget {
        let symbol: SemanticIndex.Symbol?
        /// The name at the cursor.
        let range: SourceRange
        /// Every place to change, by file name.
        let places: [(String, SourceRange)]
        /// Whether the new name may have dots (a fact's name).
        let dotted: Bool
    }

    func renameTarget(at offset: Int, _ context: DocumentContext) throws(ResponseError) -> RenameTarget {
        if let keyword = Self.keyword(at: offset, in: context.tokens) { throw .failed(ServerMessages.cannotRenameKeyword(keyword)) }
        let index = context.compilation.index
        if let occurrence = index.occurrence(at: offset, in: context.file.name) {
            if case .builtin(let name) = occurrence.symbol { throw .failed(ServerMessages.cannotRenameBuiltin(name)) }
            let places = index.references(to: occurrence.symbol).map { ($0.file, $0.range) }
            var dotted = false
            if case .fact = occurrence.symbol { dotted = true }
            return RenameTarget(symbol: occurrence.symbol, range: occurrence.range, places: places, dotted: dotted)
        }
        if let (variable, uses) = localWithUses(at: offset, context) {
            let range = ([variable.declaration] + uses).first { $0.start <= offset && offset <= $0.end } ?? variable.declaration
            let places = ([variable.declaration] + uses).map { (context.file.name, $0) }
            return RenameTarget(symbol: nil, range: range, places: places, dotted: false)
        }
        throw .failed(ServerMessages.nothingToRename)
    }

    /// The keyword the cursor is on (or just after), if any.
    static func keyword(at offset: Int, in tokens: [Token]) -> String? {
        for token in tokens where token.range.start <= offset && offset <= token.range.end {
            if case .keyword(let keyword) = token.kind { return keyword.rawValue }
            if token.range.start > offset { break }
        }
        return nil
    }

    /// A new name must be a name Regel can read: one identifier (or, for a fact, identifiers
    /// joined by dots), and no keyword.
    static func validate(_ name: String, dotted: Bool) throws(ResponseError) {
        let tokens = Lexer.tokenize(SourceFile(name: "", text: name)).filter { $0.kind != .endOfFile }
        let valid = !tokens.isEmpty && tokens.enumerated().allSatisfy { index, token in
            token.problems.isEmpty && (index % 2 == 0 ? token.kind == .identifier : (dotted && token.kind == .dot))
        } && tokens.count % 2 == 1 && tokens.last.map { $0.range.end == name.utf8.count } == true
            && tokens.first?.range.start == 0
            && zip(tokens, tokens.dropFirst()).allSatisfy { $0.range.end == $1.range.start }
        guard valid else {
            if let keyword = tokens.first(where: { if case .keyword = $0.kind { return true } else { return false } }),
               case .keyword(let word) = keyword.kind {
                throw .failed(ServerMessages.newNameIsKeyword(word.rawValue))
            }
            throw .failed(ServerMessages.invalidNewName(name))
        }
    }

    /// Whether the new name is taken: facts and rules share one namespace in expressions, so a
    /// fact may not take a rule's name, nor the other way round.
    static func clashes(_ symbol: SemanticIndex.Symbol, _ name: String, _ index: SemanticIndex) -> Bool {
        var candidates = [renamed(symbol, to: name)].compactMap { $0 }
        switch symbol {
        case .fact, .rule: candidates = [.fact(name), .rule(name)]
        default: break
        }
        return candidates.contains { index.definition(of: $0) != nil }
    }

    /// The symbol a rename would create, to refuse a name that is already taken.
    static func renamed(_ symbol: SemanticIndex.Symbol, to name: String) -> SemanticIndex.Symbol? {
        switch symbol {
        case .fact: return .fact(name)
        case .rule: return .rule(name)
        case .type: return .type(name)
        case .enumerationValue(let type, _): return .enumerationValue(type: type, value: name)
        case .lovtekst: return .lovtekst(name)
        case .builtin: return nil
        case .field(let type, _): return .field(type: type, name: name)
        }
    }
}
