import Foundation

/// Literals, names, calls, brackets and quantifiers.
extension Parser {
    /// Grammar: primær → literal | kall | sti | "(" uttrykk ")" | listeliteral | postliteral | kvantor
    /// Grammar: literal → TALL | DATO | VARIGHET | STRENG | "ja" | "nei" | "ukjent"
    mutating func parsePrimary(in context: String) -> Expression {
        let token = current
        guard !endsLine else {
            reportExpected("et uttrykk", in: context, code: .expectedExpression)
            return invalidExpression()
        }
        switch token.kind {
        case .number, .date, .duration, .string, .keyword(.ja), .keyword(.nei), .keyword(.ukjent):
            advance()
            return Expression(id: makeID(), range: token.range, kind: literalKind(token))
        case .identifier where Parser.isIngen(token, text(token), followedBy: peek(), peek(2)): return parseQuantifier(in: context)
        case .identifier: return parseNameOrCall(in: context)
        case .leftParen: return parseParenthesized(in: context)
        case .leftBracket: return parseListLiteral(in: context)
        case .leftBrace: return parseRecordLiteral(in: context)
        case .keyword(.alle), .keyword(.noen), .keyword(.antall), .keyword(.minst): return parseQuantifier(in: context)
        default:
            reportExpected("et uttrykk", in: context, code: .expectedExpression)
            if !endsLine && !isClosingBracket(current.kind) { advance() }
            return Expression(id: makeID(), range: token.range, kind: .invalid)
        }
    }

    func isClosingBracket(_ kind: TokenKind) -> Bool {
        kind == .rightParen || kind == .rightBracket || kind == .rightBrace
    }

    func literalKind(_ token: Token) -> Expression.Kind {
        let source = text(token)
        switch token.kind {
        case .number:
            // `4 km` has been reported; the number is read without its unit.
            let digits = source.prefix { $0 != " " }
            return (try? Number.parse(String(digits)).get()).map(Expression.Kind.number) ?? .invalid
        case .date:
            // `01.08.2024` has been reported; it is read as the date it names.
            return (CalendarDate(iso: source) ?? Lexer.isoDate(dotted: source).flatMap { CalendarDate(iso: $0) })
                .map(Expression.Kind.date) ?? .invalid
        case .duration: return (try? Period.parse(source).get()).map(Expression.Kind.duration) ?? .invalid
        case .string: return .text(StringLiteral.value(of: source))
        case .keyword(.ja): return .truth(true)
        case .keyword(.nei): return .truth(false)
        default: return .unknown
        }
    }

    /// Grammar: kall → NAVN "(" [ uttrykk { "," uttrykk } ] ")"
    mutating func parseNameOrCall(in context: String) -> Expression {
        guard let path = parsePath(in: context) else { return invalidExpression() }
        guard path.components.count == 1, at(.leftParen), let name = path.components.first else {
            return Expression(id: makeID(), range: path.range, kind: .path(path))
        }
        let arguments = parseBracketed(open: .leftParen, close: .rightParen, closeText: ")", in: context) { parser in
            parser.parseExpression(in: context)
        }
        return Expression(id: makeID(), range: SourceRange(start: name.range.start, end: previous.range.end),
                          kind: .call(name, arguments))
    }

    /// `"(" uttrykk ")"`
    mutating func parseParenthesized(in context: String) -> Expression {
        let start = current.range.start
        let opening = current
        advance()
        openBrackets.append(opening.lineIndent)
        let inner = parseExpression(in: context)
        closeBracket(.rightParen, ")", opening: opening, in: context)
        openBrackets.removeLast()
        return Expression(id: inner.id, range: SourceRange(start: start, end: previous.range.end), kind: inner.kind)
    }

    /// Grammar: listeliteral → "[" [ uttrykk ( listekilde | { "," uttrykk } ) ] "]"
    mutating func parseListLiteral(in context: String) -> Expression {
        let start = current.range.start
        var comprehension: (value: Expression, variable: Name, list: Expression, condition: Expression?)?
        let items = parseBracketed(open: .leftBracket, close: .rightBracket, closeText: "]", in: context) { parser in
            let item = parser.parseExpression(in: context)
            if comprehension != nil { parser.report(.expectedToken, ParsingMessages.comprehensionHasOneValue, at: item.range) }
            // `[t.timer for t i tjenester der …]`: one value for each element, not a list of items.
            if comprehension == nil, parser.at(.for), let (variable, list, condition) = parser.parseComprehension(in: context) {
                comprehension = (item, variable, list, condition)
            }
            return item
        }
        let range = SourceRange(start: start, end: previous.range.end)
        if let comprehension, items.count == 1 {
            return Expression(id: makeID(), range: range, kind: .comprehension(value: comprehension.value, variable: comprehension.variable,
                                                                             list: comprehension.list, condition: comprehension.condition))
        }
        return Expression(id: makeID(), range: range, kind: .list(items))
    }

    /// `for t i tjenester [der …]` after the value of a list comprehension.
    /// Grammar: listekilde → "for" NAVN "i" postfiks [ "der" uttrykk ]
    mutating func parseComprehension(in context: String) -> (Name, Expression, Expression?)? {
        advance()
        guard let variable = expectName(in: ParsingMessages.Context.keyword("for")),
              expect(.keyword(.i), ParsingMessages.Expected.iAndList(after: "for \(variable.text)"), in: context) != nil else { return nil }
        let list = parsePostfix(in: context)
        let condition = eat(.der) ? parseExpression(in: context) : nil
        return (variable, list, condition)
    }

    /// Grammar: postliteral → "{" [ NAVN ":" uttrykk { "," NAVN ":" uttrykk } ] "}"
    mutating func parseRecordLiteral(in context: String) -> Expression {
        let start = current.range.start
        let fields: [FieldValue?] = parseBracketed(open: .leftBrace, close: .rightBrace, closeText: "}", in: context) { parser in
            guard let name = parser.expectName(in: context),
                  parser.expect(.colon, ParsingMessages.Expected.colon(afterField: name.text), in: context) != nil else { return nil }
            return FieldValue(name: name, value: parser.parseExpression(in: context))
        }
        return Expression(id: makeID(), range: SourceRange(start: start, end: previous.range.end), kind: .record(fields.compactMap { $0 }))
    }

    /// Reads comma-separated items between brackets; line breaks inside are allowed.
    mutating func parseBracketed<Item>(open: TokenKind, close: TokenKind, closeText: String, in context: String,
                                       item: (inout Parser) -> Item) -> [Item] {
        let opening = current
        advance()
        guard enterNesting() else { return [] }
        defer { depth -= 1 }
        openBrackets.append(opening.lineIndent)
        var items: [Item] = []
        if !at(close) {
            repeat {
                let before = position
                items.append(item(&self))
                if position == before && !endsLine && !at(close) && !at(.comma) { advance() }
            } while eat(.comma) && !at(close)
        }
        closeBracket(close, closeText, opening: opening, in: context)
        openBrackets.removeLast()
        return items
    }

    /// Expects a closing bracket; if it is missing, points back to the opening one.
    mutating func closeBracket(_ close: TokenKind, _ closeText: String, opening: Token, in context: String) {
        if eat(close) { return }
        let line = file.location(of: opening.range.start).line
        let found = endsLine ? (current.kind == .endOfFile ? ParsingMessages.Found.endOfFile : ParsingMessages.Found.endOfLine) : describe(current)
        report(.unclosedBracket, ParsingMessages.unclosed(closeText, opening: text(opening), line: line, found: found),
               at: endsLine ? .at(previous.range.end) : current.range,
               notes: [DiagnosticNote(ParsingMessages.Note.opensHere(text(opening)), file: file, range: opening.range)])
    }

    /// Grammar: kvantor → ( "alle" | "minst" 'én' | "noen" | 'ingen' | "antall" ) NAVN "i" postfiks [ "der" uttrykk ] | ( "antall" | "minst" ) "(" uttrykk ")"
    mutating func parseQuantifier(in context: String) -> Expression {
        let start = current.range.start
        let word = text(current)
        let quantifier: Quantifier = at(.alle) ? .all : at(.antall) ? .count : word == "ingen" ? .none : .some
        advance()
        if (quantifier == .count || word == "minst") && at(.leftParen) {
            // `antall(liste)` and `minst(liste)` are the built-in functions, whose names are keywords.
            let arguments = parseBracketed(open: .leftParen, close: .rightParen, closeText: ")", in: context) { parser in
                parser.parseExpression(in: context)
            }
            let name = Name(text: word, range: SourceRange(start: start, end: start + word.utf8.count))
            return Expression(id: makeID(), range: SourceRange(start: start, end: previous.range.end), kind: .call(name, arguments))
        }
        var written = word
        if word == "minst" {
            guard at(.identifier) && text(current) == Parser.oneWord else {
                reportExpected(ParsingMessages.Expected.listAfterMinstEn, in: context)
                return invalidExpression()
            }
            advance()
            written = "minst én"
        }
        guard let variable = expectName(in: ParsingMessages.Context.keyword(written)),
              expect(.keyword(.i), ParsingMessages.Expected.iAndList(after: "\(written) \(variable.text)"), in: context) != nil else { return invalidExpression() }
        let list = parsePostfix(in: context)
        var condition: Expression?
        if eat(.der) {
            condition = parseExpression(in: context)
        } else if quantifier != .count {
            reportExpected(ParsingMessages.Expected.derAndCondition(after: "\(written) \(variable.text) i …"), in: context)
        }
        return Expression(id: makeID(), range: SourceRange(start: start, end: previous.range.end),
                          kind: .quantifier(quantifier, variable: variable, list: list, condition: condition))
    }

    /// `én` in `minst én x i …`.
    static let oneWord = "én"

    /// After `minst`, `én` or `(` start an expression; anything else is the list `minst ett av:`.
    static func startsMinstExpression(_ next: Token) -> Bool {
        next.kind == .leftParen || next.kind == .identifier
    }

    /// `ingen x i …`: `ingen` is a name everywhere else, so it is a quantifier only when a name and `i` follow.
    static func isIngen(_ token: Token, _ text: String, followedBy next: Token, _ afterNext: Token) -> Bool {
        text == "ingen" && next.kind == .identifier && !next.atLineStart && afterNext.kind == .keyword(.i)
    }
}
