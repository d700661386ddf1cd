/// `regel` and `unntak` declarations with their clauses.
extension Parser {
    /// Grammar: regel → "regel" NAVN [ parametre ] [ ":" type ] { regelklausul }
    mutating func parseRule() -> RuleDeclaration? {
        let start = current.range.start
        advance()
        guard let name = expectName(in: ParsingMessages.Context.keyword("regel")) else { return nil }
        let context = ParsingMessages.Context.rule(name.text)
        let parameters = at(.leftParen) ? parseParameters(in: context) : []
        var declaredType: TypeSyntax?
        if eat(.colon) { declaredType = parseType(in: context) }
        var clauses = RuleClauses()
        parseClauses(in: context) { parser in parser.parseRuleClause(&clauses, in: context) }
        let body = clauses.body(parser: &self, name: name, context: context)
        return RuleDeclaration(name: name, parameters: parameters, declaredType: declaredType, hjemmel: clauses.hjemmel, validity: clauses.validity,
                               body: body, otherwiseHjemmel: clauses.otherwiseHjemmel, hjemmelTable: clauses.hjemmelTable,
                               enactedBy: clauses.enactedBy, notEncoded: clauses.notEncoded,
                               range: SourceRange(start: start, end: previous.range.end))
    }

    /// Grammar: parametre → "(" [ parameter { "," parameter } ] ")"
    mutating func parseParameters(in context: String) -> [RuleParameter] {
        let parameters: [RuleParameter?] = parseBracketed(open: .leftParen, close: .rightParen, closeText: ")", in: context) { parser in
            parser.parseParameter(in: context)
        }
        return parameters.compactMap { $0 }
    }

    /// Grammar: parameter → NAVN ":" type
    mutating func parseParameter(in context: String) -> RuleParameter? {
        guard let name = expectName(in: context),
              expect(.colon, ParsingMessages.Expected.colonAndType(afterParameter: name.text), in: context) != nil else { return nil }
        return RuleParameter(name: name, type: parseType(in: context))
    }

    /// Grammar: regelklausul → hjemmel | hjemmelstabell | gyldighet | innført | ikkekodet | "når" vilkår | "verdi" uttrykk | tilfelle | ellers
    /// Grammar: ellers → "ellers" ":" uttrykk [ tilfellehjemmel ]
    mutating func parseRuleClause(_ clauses: inout RuleClauses, in context: String) -> Bool {
        let clauseIndent = current.lineIndent
        if atEnactingAct {
            checkNotDuplicate(clauses.enactedBy != nil, "innført ved", in: context)
            if let act = parseEnactingAct(in: context), clauses.enactedBy == nil { clauses.enactedBy = act }
            return true
        }
        switch current.kind {
        case .keyword(.hjemmel) where atHjemmelTable:
            checkNotDuplicate(clauses.hjemmelTable != nil, "hjemmel etter", in: context)
            let table = parseHjemmelTable(clauseIndent: clauseIndent, in: context)
            if clauses.hjemmelTable == nil { clauses.hjemmelTable = table }
        case .keyword(.hjemmel): clauses.hjemmel += parseHjemmel(in: context)
        case .keyword(.ikke) where atNotEncoded:
            if let period = parseNotEncoded(clauseIndent: clauseIndent, in: context) { clauses.notEncoded.append(period) }
        case .keyword(.gjelder): parseValidity(&clauses.validity, in: context)
        case .keyword(.når):
            clauses.noteBody(.condition, at: current.range)
            advance()
            let condition = parseCondition(ownerIndent: clauseIndent, in: context)
            if clauses.condition == nil { clauses.condition = condition }
        case .keyword(.verdi):
            clauses.noteBody(.value, at: current.range)
            advance()
            let value = parseExpression(in: context)
            if clauses.value == nil { clauses.value = value }
        case .keyword(.hvis):
            clauses.noteBody(.cases, at: current.range)
            if let otherwise = clauses.otherwiseRange {
                report(.caseAfterOtherwise, ParsingMessages.caseAfterOtherwise,
                       at: current.range, notes: [DiagnosticNote(ParsingMessages.Note.standsHere("ellers"), file: file, range: otherwise)])
            }
            if let ruleCase = parseCase(in: context) {
                let hjemmel = parseIndentedHjemmel(under: clauseIndent, in: context)
                clauses.cases.append(RuleCase(condition: ruleCase.condition, value: ruleCase.value, hjemmel: hjemmel, range: ruleCase.range))
            }
        case .keyword(.ellers):
            clauses.noteBody(.cases, at: current.range)
            checkNotDuplicate(clauses.otherwise != nil, "ellers", in: context)
            clauses.otherwiseRange = current.range
            advance()
            expect(.colon, ParsingMessages.Expected.colon(after: "«ellers»"), in: context)
            clauses.otherwise = parseExpression(in: context)
            clauses.otherwiseHjemmel = parseIndentedHjemmel(under: clauseIndent, in: context)
        default: return false
        }
        return true
    }

    /// Grammar: tilfelle → "hvis" uttrykk ":" uttrykk [ tilfellehjemmel ]
    mutating func parseCase(in context: String) -> RuleCase? {
        let start = current.range.start
        advance()
        let condition = parseExpression(in: context)
        guard expect(.colon, ParsingMessages.Expected.colonAndValueInHvis, in: context) != nil else { return nil }
        let value = parseExpression(in: context)
        return RuleCase(condition: condition, value: value, range: SourceRange(start: start, end: previous.range.end))
    }

    /// Grammar: gyldighet → "gjelder" periode
    mutating func parseValidity(_ validity: inout Validity, in context: String) {
        advance()
        parsePeriod(&validity, clause: "gjelder", in: context)
    }

    /// `fra DATO`, `til DATO` or both, after `gjelder` or `ikke kodet`; false when a date is missing.
    /// Grammar: periode → "fra" DATO [ "til" DATO ] | "til" DATO
    @discardableResult
    mutating func parsePeriod(_ validity: inout Validity, clause: String, in context: String) -> Bool {
        guard at(.fra) || at(.til) else {
            reportExpected(ParsingMessages.Expected.fraOrTil(after: clause), in: context)
            return false
        }
        while at(.fra) || at(.til) {
            let isFrom = at(.fra)
            checkNotDuplicate(isFrom ? validity.from != nil : validity.to != nil, clause + (isFrom ? " fra" : " til"), in: context)
            advance()
            guard let token = expect(.date, ParsingMessages.Expected.date, in: context) else { return false }
            let date = CalendarDate(iso: text(token))
            if isFrom { (validity.from, validity.fromRange) = (date, token.range) } else { (validity.to, validity.toRange) = (date, token.range) }
        }
        return true
    }

    /// Grammar: hjemmel → "hjemmel" hjemmelsref { "," hjemmelsref }
    mutating func parseHjemmel(in context: String) -> [HjemmelReference] {
        advance()
        return parseHjemmelReferences(in: context)
    }

    /// `hjemmelsref { "," hjemmelsref }`, after `hjemmel` or a row's colon in `hjemmel etter`.
    mutating func parseHjemmelReferences(in context: String) -> [HjemmelReference] {
        var references: [HjemmelReference] = []
        repeat {
            guard let reference = parseHjemmelReference(in: context) else { break }
            references.append(reference)
        } while eat(.comma)
        return references
    }

    /// Grammar: hjemmelsref → henvisning | NAVN
    mutating func parseHjemmelReference(in context: String) -> HjemmelReference? {
        let hyphenated = at(.identifier) && peek().kind == .minus && peek().range.start == current.range.end
        if (at(.identifier) || current.kind.isKeyword) && !endsLine && (peek().kind == .section || hyphenated) && !peek().atLineStart {
            return parseCitation(in: context).map(HjemmelReference.citation)
        }
        return expectName(in: context).map(HjemmelReference.lovtekst)
    }

    /// Grammar: unntak → "unntak" "for" NAVN { unntaksklausul }
    mutating func parseException() -> ExceptionDeclaration? {
        let start = current.range.start
        advance()
        guard expect(.keyword(.for), ParsingMessages.Expected.forAndRule, in: ParsingMessages.Context.keyword("unntak")) != nil,
              let rule = expectName(in: ParsingMessages.Context.keyword("unntak for")) else { return nil }
        let context = ParsingMessages.Context.exception(rule.text)
        var clauses = RuleClauses()
        var value: Expression?
        parseClauses(in: context) { parser in
            parser.parseExceptionClause(&clauses, value: &value, in: context)
        }
        if clauses.condition == nil {
            recovering = false
            report(.missingRuleBody, ParsingMessages.exceptionWithoutCondition(rule.text), at: rule.range)
        }
        return ExceptionDeclaration(rule: rule, hjemmel: clauses.hjemmel, validity: clauses.validity, condition: clauses.condition,
                                    value: value, range: SourceRange(start: start, end: previous.range.end))
    }

    /// Grammar: unntaksklausul → hjemmel | gyldighet | "når" vilkår | "gir" uttrykk
    mutating func parseExceptionClause(_ clauses: inout RuleClauses, value: inout Expression?, in context: String) -> Bool {
        let clauseIndent = current.lineIndent
        switch current.kind {
        case .keyword(.hjemmel): clauses.hjemmel += parseHjemmel(in: context)
        case .keyword(.gjelder): parseValidity(&clauses.validity, in: context)
        case .keyword(.når):
            checkNotDuplicate(clauses.condition != nil, "når", in: context)
            advance()
            let condition = parseCondition(ownerIndent: clauseIndent, in: context)
            if clauses.condition == nil { clauses.condition = condition }
        case .keyword(.gir):
            checkNotDuplicate(value != nil, "gir", in: context)
            advance()
            let given = parseExpression(in: context)
            if value == nil { value = given }
        default: return false
        }
        return true
    }
}

/// What the clauses of one rule have said so far.
struct RuleClauses {
    enum BodyForm: String { case condition = "når", value = "verdi", cases = "hvis" }
    var hjemmel: [HjemmelReference] = []
    var validity = Validity()
    var condition: Expression?
    var value: Expression?
    var cases: [RuleCase] = []
    var otherwise: Expression?
    var otherwiseRange: SourceRange?
    var otherwiseHjemmel: [HjemmelReference] = []
    var hjemmelTable: HjemmelTable?
    var enactedBy: EnactingAct?
    var notEncoded: [NotEncodedClause] = []
    var forms: [(BodyForm, SourceRange)] = []

    mutating func noteBody(_ form: BodyForm, at range: SourceRange) { forms.append((form, range)) }

    /// The body, after reporting a rule that has none or mixes forms.
    func body(parser: inout Parser, name: Name, context: String) -> RuleBody {
        parser.recovering = false
        guard let (firstForm, firstRange) = forms.first else {
            parser.report(.missingRuleBody, ParsingMessages.missingRuleBody(name.text), at: name.range)
            return .missing
        }
        if let (form, range) = forms.first(where: { $0.0 != firstForm }) {
            parser.report(.conflictingRuleBody, ParsingMessages.conflictingBody(form.rawValue, firstForm.rawValue, in: context),
                          at: range, notes: [DiagnosticNote(ParsingMessages.Note.standsHere(firstForm.rawValue), file: parser.file, range: firstRange)])
        } else if let (_, range) = forms.dropFirst().first(where: { $0.0 != .cases }) {
            parser.report(.duplicateClause, ParsingMessages.duplicateClause(firstForm.rawValue, in: context), at: range)
        }
        switch firstForm {
        case .condition: return condition.map(RuleBody.condition) ?? .missing
        case .value: return value.map(RuleBody.value) ?? .missing
        case .cases:
            if cases.isEmpty, let otherwiseRange {
                parser.report(.conflictingRuleBody, ParsingMessages.otherwiseWithoutCase, at: otherwiseRange)
            }
            return .cases(cases, otherwise: otherwise)
        }
    }
}
