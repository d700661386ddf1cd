/// Files and the declarations that are not rules.
extension Parser {
    /// Grammar: fil → { deklarasjon } SLUTT
    mutating func parseFile() -> [Declaration] {
        var declarations: [Declaration] = []
        while current.kind != .endOfFile {
            recovering = false
            if current.lineIndent > 0 {
                report(.unexpectedIndentation, ParsingMessages.indentedDeclaration, at: current.range)
                skipToDeclaration()
                continue
            }
            let before = position
            if let declaration = parseDeclaration() { declarations.append(declaration) }
            if position == before { advance() }
            if !atDeclarationStart { skipToDeclaration() }
        }
        for issue in current.problems { record(LexingMessages.diagnostic(for: issue, in: file)) }
        return declarations
    }

    /// Grammar: deklarasjon → import | lovtekst | faktum | vurdering | typedeklarasjon | regel | unntak | test
    mutating func parseDeclaration() -> Declaration? {
        switch current.kind {
        case .keyword(.importer): return parseImport().map(Declaration.importFile)
        case .keyword(.lovtekst): return parseLovtekst().map(Declaration.lovtekst)
        case .keyword(.faktum): return parseFact().map(Declaration.fact)
        case .keyword(.vurdering): return parseJudgement().map(Declaration.fact)
        case .keyword(.type): return parseTypeDeclaration().map(Declaration.type)
        case .keyword(.regel): return parseRule().map(Declaration.rule)
        case .keyword(.unntak): return parseException().map(Declaration.exception)
        case .keyword(.test): return parseTest().map(Declaration.test)
        default:
            let found = text(current)
            let fix = Suggest.closest(to: found, among: Keyword.declarationStarts.map(\.rawValue))
                .map { FixIt(message: ParsingMessages.Fix.didYouMean($0), replacement: $0) }
            report(.expectedDeclaration, ParsingMessages.expectedDeclaration(found: describe(current)), at: current.range, fix: fix)
            skipToDeclaration()
            return nil
        }
    }

    /// Grammar: import → "importer" STRENG
    mutating func parseImport() -> ImportDeclaration? {
        let start = current.range.start
        advance()
        guard let token = expect(.string, ParsingMessages.Expected.fileName, in: ParsingMessages.Context.importDeclaration) else { return nil }
        let declaration = ImportDeclaration(path: StringLiteral.value(of: text(token)), pathRange: token.range,
                                            range: SourceRange(start: start, end: token.range.end))
        parseClauses(in: ParsingMessages.Context.importDeclaration) { _ in false }
        return declaration
    }

    /// Grammar: lovtekst → "lovtekst" NAVN [ STRENG ] { "kilde" henvisning | gyldighet } TEKSTBLOKK
    mutating func parseLovtekst() -> LovtekstDeclaration? {
        let start = current.range.start
        advance()
        guard let name = expectName(in: ParsingMessages.Context.keyword("lovtekst")) else { return nil }
        let context = ParsingMessages.Context.lovtekst(name.text)
        var title: String?, titleRange: SourceRange?
        if at(.string) { (title, titleRange) = (StringLiteral.value(of: text(current)), current.range); advance() }
        var source: Citation?
        var validity = Validity()
        var body: String?, bodyRange: SourceRange?
        if at(.textBlock) { (body, bodyRange) = (TextBlock.value(of: text(current)), current.range); advance() }
        parseClauses(in: context) { parser in
            if parser.current.kind == .textBlock, body == nil {
                (body, bodyRange) = (TextBlock.value(of: parser.text(parser.current)), parser.current.range)
                parser.advance()
            } else if parser.current.kind == .keyword(.kilde) {
                parser.advance()
                source = parser.parseCitation(in: context)
            } else if parser.current.kind == .keyword(.gjelder) {
                parser.parseValidity(&validity, in: context)
            } else {
                return false
            }
            return true
        }
        if body == nil {
            recovering = false
            report(.expectedTextBlock, ParsingMessages.missingText(name.text), at: name.range)
        }
        var declaration = LovtekstDeclaration(name: name, title: title, titleRange: titleRange, source: source, text: body ?? "",
                                              textRange: bodyRange, range: SourceRange(start: start, end: previous.range.end))
        declaration.validity = validity
        return declaration
    }

    /// Grammar: faktum → "faktum" sti ":" type { "spørsmål" tekst }
    mutating func parseFact() -> FactDeclaration? {
        parseInput(isJudgement: false)
    }

    /// Grammar: vurdering → "vurdering" sti ":" type { "spørsmål" tekst | "veiledning" tekst }
    mutating func parseJudgement() -> FactDeclaration? {
        parseInput(isJudgement: true)
    }

    mutating func parseInput(isJudgement: Bool) -> FactDeclaration? {
        let start = current.range.start
        let keyword = isJudgement ? "vurdering" : "faktum"
        advance()
        guard let path = parsePath(in: ParsingMessages.Context.keyword(keyword)) else { return nil }
        let context = isJudgement ? ParsingMessages.Context.judgement(path.text) : ParsingMessages.Context.fact(path.text)
        let type: TypeSyntax
        if expect(.colon, ParsingMessages.Expected.colonAndType, in: context) != nil {
            type = parseType(in: context)
        } else if !endsLine && (at(.ja) || at(.liste) || at(.en) || at(.identifier)) {
            // A forgotten colon: the type is read as if it were there, so the fact is still
            // declared and its uses give no errors of their own. The clauses below are read afresh.
            type = parseType(in: context)
            if !endsLine { skipLine() }
            recovering = false
        } else {
            // No type: the fact is declared with an unknown type, which is checked no further.
            let missing = current.range
            skipLine()
            type = .invalid(missing)
        }
        var question: (text: String, range: SourceRange)?, guidance: (text: String, range: SourceRange)?
        parseClauses(in: context) { parser in
            if parser.current.kind == .keyword(.spørsmål) {
                parser.checkNotDuplicate(question != nil, "spørsmål", in: context)
                question = parser.parseClauseText(after: "spørsmål", in: context)
            } else if isJudgement && parser.current.kind == .keyword(.veiledning) {
                parser.checkNotDuplicate(guidance != nil, "veiledning", in: context)
                guidance = parser.parseClauseText(after: "veiledning", in: context)
            } else {
                return false
            }
            return true
        }
        return FactDeclaration(path: path, type: type, isJudgement: isJudgement, question: question?.text, questionRange: question?.range,
                               guidance: guidance?.text, guidanceRange: guidance?.range, range: SourceRange(start: start, end: previous.range.end))
    }

    /// Reads the text after `spørsmål` or `veiledning`: a string or a text block.
    /// Grammar: tekst → STRENG | TEKSTBLOKK
    mutating func parseClauseText(after keyword: String, in context: String) -> (text: String, range: SourceRange)? {
        advance()
        if at(.string) { defer { advance() }; return (StringLiteral.value(of: text(current)), current.range) }
        if at(.textBlock) { defer { advance() }; return (TextBlock.value(of: text(current)), current.range) }
        reportExpected(ParsingMessages.Expected.quotedText(after: keyword), in: context)
        return nil
    }

    /// Grammar: typedeklarasjon → "type" NAVN ":" ( oppramsing | felt { felt } )
    mutating func parseTypeDeclaration() -> TypeDeclaration? {
        let start = current.range.start
        advance()
        guard let name = expectName(in: ParsingMessages.Context.keyword("type")) else { return nil }
        let context = ParsingMessages.Context.type(name.text)
        guard expect(.colon, ParsingMessages.Expected.colon, in: context) != nil else { skipToDeclaration(); return nil }
        if at(.en) {
            let values = parseEnumeration(in: context)
            parseClauses(in: context) { _ in false }
            return TypeDeclaration(name: name, body: .enumeration(values), range: SourceRange(start: start, end: previous.range.end))
        }
        var fields: [FieldDeclaration] = []
        parseClauses(in: context) { parser in
            if parser.current.kind == .keyword(.spørsmål), let last = fields.indices.last {
                // `spørsmål` on the line under a field belongs to that field.
                let fieldContext = ParsingMessages.Context.field(fields[last].name.text)
                parser.checkNotDuplicate(fields[last].question != nil, "spørsmål", in: fieldContext)
                if let question = parser.parseClauseText(after: "spørsmål", in: fieldContext) {
                    (fields[last].question, fields[last].questionRange) = (question.text, question.range)
                }
                return true
            }
            guard let field = parser.parseField(in: context) else { return true }
            fields.append(field)
            return true
        }
        if fields.isEmpty {
            recovering = false
            report(.expectedType, ParsingMessages.emptyType(name.text), at: name.range)
        }
        return TypeDeclaration(name: name, body: .record(fields), range: SourceRange(start: start, end: previous.range.end))
    }

    /// Grammar: felt → NAVN ":" type { "spørsmål" tekst }
    mutating func parseField(in context: String) -> FieldDeclaration? {
        guard let name = expectName(in: context) else { return nil }
        guard expect(.colon, ParsingMessages.Expected.colonAndType(afterField: name.text), in: context) != nil else { return nil }
        return FieldDeclaration(name: name, type: parseType(in: ParsingMessages.Context.field(name.text)))
    }

    /// Grammar: oppramsing → "en" "av" NAVN { "," NAVN }
    mutating func parseEnumeration(in context: String) -> [Name] {
        advance()
        guard expect(.keyword(.av), ParsingMessages.Expected.avAfterEn, in: context) != nil else { return [] }
        var values: [Name] = []
        repeat {
            guard let value = expectName(in: context) else { break }
            values.append(value)
        } while eat(.comma)
        return values
    }

    /// Grammar: type → "ja" "/" "nei" | "liste" "av" type | oppramsing | NAVN
    mutating func parseType(in context: String) -> TypeSyntax {
        let start = current.range.start
        if at(.ja) {
            advance()
            if expect(.slash, ParsingMessages.Expected.slashNei, in: context) != nil { expect(.keyword(.nei), ParsingMessages.Expected.neiAfterJaSlash, in: context) }
            return .truth(SourceRange(start: start, end: previous.range.end))
        }
        if at(.liste) {
            advance()
            expect(.keyword(.av), ParsingMessages.Expected.avAfterListe, in: context)
            guard enterNesting() else { return .invalid(current.range) }
            defer { depth -= 1 }
            let element = parseType(in: context)
            return .list(element, SourceRange(start: start, end: previous.range.end))
        }
        if at(.en) {
            let values = parseEnumeration(in: context)
            return .enumeration(values, SourceRange(start: start, end: previous.range.end))
        }
        if at(.identifier) {
            defer { advance() }
            return .named(Name(text: text(current), range: current.range))
        }
        reportExpected(ParsingMessages.Expected.type, in: context, code: .expectedType)
        return .invalid(current.range)
    }
}
