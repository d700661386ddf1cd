/// The rule clauses that say where a rule's law comes from and where it stops: the hjemmel of a
/// `hvis` case, `hjemmel etter …`, `innført ved "…"` and `ikke kodet …`.
extension Parser {
    /// A `hjemmel` line indented under a `hvis` or `ellers` line: cited when that case decides.
    /// Grammar: tilfellehjemmel → hjemmel
    mutating func parseIndentedHjemmel(under clauseIndent: Int, in context: String) -> [HjemmelReference] {
        guard current.atLineStart, current.lineIndent > clauseIndent, current.kind == .keyword(.hjemmel) else { return [] }
        openLine()
        if atHjemmelTable {
            report(.unexpectedClause, ParsingMessages.hjemmelTableUnderCase, at: current.range)
            skipLine()
            return []
        }
        return parseHjemmel(in: context)
    }

    /// `hjemmel etter x`, as opposed to `hjemmel etter` naming a lovtekst or a law called «etter».
    var atHjemmelTable: Bool {
        guard at(.hjemmel), peek().kind == .identifier, text(peek()) == ContextualWord.etter, !peek(2).atLineStart else { return false }
        switch peek(2).kind {
        case .section, .comma, .minus, .endOfFile: return false
        default: return true
        }
    }

    /// Grammar: hjemmelstabell → "hjemmel" 'etter' uttrykk hjemmelsrad { hjemmelsrad }
    mutating func parseHjemmelTable(clauseIndent: Int, in context: String) -> HjemmelTable {
        let start = current.range.start
        let keyword = current.range
        advance()
        advance()
        let selector = parseExpression(in: context)
        expectLineEnd(after: ParsingMessages.Context.hjemmelTable)
        var rows: [HjemmelTable.Row] = []
        while !atDeclarationStart && current.atLineStart && current.lineIndent > clauseIndent {
            recovering = false
            openLine()
            let before = position
            if let row = parseHjemmelRow(in: context) { rows.append(row) }
            if position == before { skipLine() }
            expectLineEnd(after: ParsingMessages.Context.hjemmelTable)
        }
        recovering = false
        if rows.isEmpty { report(.emptyHjemmelTable, ParsingMessages.emptyHjemmelTable, at: keyword) }
        return HjemmelTable(selector: selector, rows: rows, range: SourceRange(start: start, end: previous.range.end))
    }

    /// Grammar: hjemmelsrad → verdinavn { "," verdinavn } ":" hjemmelsref { "," hjemmelsref }
    /// Grammar: verdinavn → NAVN | "ja" | "nei"
    mutating func parseHjemmelRow(in context: String) -> HjemmelTable.Row? {
        let start = current.range.start
        var values: [Name] = []
        repeat {
            if at(.ja) || at(.nei) {
                values.append(Name(text: text(current), range: current.range))
                advance()
            } else {
                guard let name = expectName(in: ParsingMessages.Context.hjemmelTable) else { return nil }
                values.append(name)
            }
        } while eat(.comma)
        guard expect(.colon, ParsingMessages.Expected.colonAndHjemmel, in: ParsingMessages.Context.hjemmelTable) != nil else { return nil }
        return HjemmelTable.Row(values: values, hjemmel: parseHjemmelReferences(in: context), range: SourceRange(start: start, end: previous.range.end))
    }

    /// `innført ved`, which starts no expression: only a clause.
    var atEnactingAct: Bool {
        at(.identifier) && text(current) == ContextualWord.innført && peek().kind == .identifier
            && text(peek()) == ContextualWord.ved && !peek().atLineStart
    }

    /// Grammar: innført → 'innført' 'ved' STRENG
    mutating func parseEnactingAct(in context: String) -> EnactingAct? {
        let start = current.range.start
        advance()
        advance()
        guard let token = expect(.string, ParsingMessages.Expected.quotedText(after: "innført ved"), in: context) else { return nil }
        return EnactingAct(text: StringLiteral.value(of: text(token)), range: SourceRange(start: start, end: token.range.end))
    }

    /// `ikke kodet` as a clause or an expectation, not `ikke` before a name `kodet` on the next line.
    var atNotEncoded: Bool { at(.ikke) && peek().kind == .identifier && text(peek()) == ContextualWord.kodet && !peek().atLineStart }

    /// Grammar: ikkekodet → "ikke" 'kodet' periode [ STRENG ] [ ikkekodetvilkår ]
    mutating func parseNotEncoded(clauseIndent: Int, in context: String) -> NotEncodedClause? {
        let start = current.range.start
        advance()
        advance()
        var validity = Validity()
        guard parsePeriod(&validity, clause: ParsingMessages.notEncodedClause, in: context) else { return nil }
        var note: String?
        var noteRange: SourceRange?
        if at(.string) && !current.atLineStart {
            note = StringLiteral.value(of: text(current))
            noteRange = current.range
            advance()
        }
        var clause = NotEncodedClause(validity: validity, note: note, noteRange: noteRange, range: SourceRange(start: start, end: previous.range.end))
        clause.condition = parseNotEncodedCondition(under: clauseIndent, in: context)
        return clause
    }

    /// A `når` line indented under `ikke kodet`: for which cases the period is not encoded.
    /// Grammar: ikkekodetvilkår → "når" vilkår
    mutating func parseNotEncodedCondition(under clauseIndent: Int, in context: String) -> Expression? {
        guard current.atLineStart, current.lineIndent > clauseIndent, current.kind == .keyword(.når) else { return nil }
        let indent = current.lineIndent
        openLine()
        advance()
        return parseCondition(ownerIndent: indent, in: context)
    }
}
