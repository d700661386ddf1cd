/// `test` blocks: `gitt` facts and `forvent` results.
extension Parser {
    /// Grammar: test → "test" STRENG [ "gitt" { tilordning } ] "forvent" { forventning }
    mutating func parseTest() -> TestDeclaration? {
        let start = current.range.start
        advance()
        guard let nameToken = expect(.string, ParsingMessages.Expected.testName, in: ParsingMessages.Context.keyword("test")) else { return nil }
        let name = StringLiteral.value(of: text(nameToken))
        let context = ParsingMessages.Context.test(name)
        var given: [Assignment] = []
        var expectations: [Expectation]?
        parseClauses(in: context) { parser in
            let sectionIndent = parser.current.lineIndent
            if parser.current.kind == .keyword(.gitt) {
                parser.advance()
                parser.expectLineEnd(after: ParsingMessages.Context.keyword("gitt"))
                given += parser.parseSectionLines(deeperThan: sectionIndent) { parser in parser.parseAssignment(in: context) }
            } else if parser.current.kind == .keyword(.forvent) {
                parser.checkNotDuplicate(expectations != nil, "forvent", in: context)
                parser.advance()
                parser.expectLineEnd(after: ParsingMessages.Context.keyword("forvent"))
                expectations = (expectations ?? []) + parser.parseSectionLines(deeperThan: sectionIndent) { parser in
                    parser.parseExpectation(in: context)
                }
            } else {
                return false
            }
            return true
        }
        if expectations?.isEmpty ?? true {
            recovering = false
            report(.missingExpectations, ParsingMessages.missingExpectations(name), at: nameToken.range)
        }
        return TestDeclaration(name: name, nameRange: nameToken.range, given: given, expectations: expectations ?? [],
                               range: SourceRange(start: start, end: previous.range.end))
    }

    /// The lines indented under `gitt` or `forvent`, one item each.
    mutating func parseSectionLines<Item>(deeperThan indent: Int, _ line: (inout Parser) -> Item?) -> [Item] {
        var items: [Item] = []
        while !atDeclarationStart && current.atLineStart && current.lineIndent > indent {
            recovering = false
            openLine()
            if let item = line(&self) { items.append(item) }
            if !endsLine { expectLineEnd(after: "linjen") }
            while !endsLine { advance() }
        }
        return items
    }

    /// Grammar: tilordning → sti "=" uttrykk
    mutating func parseAssignment(in context: String) -> Assignment? {
        guard let path = parsePath(in: context) else { return nil }
        guard expect(.equal, ParsingMessages.Expected.equalsAndValue(after: path.text), in: context) != nil else { return nil }
        let value = parseExpression(in: context)
        return Assignment(path: path, value: value, range: path.range.union(value.range))
    }

    /// Grammar: forventning → ( sti [ "(" [ uttrykk { "," uttrykk } ] ")" ] | listeliteral ) "=" ( "ikke" "i" 'kraft' | "ikke" 'kodet' | uttrykk [ "mangler" mangelsti { "," mangelsti } ] )
    mutating func parseExpectation(in context: String) -> Expectation? {
        let rule: Path
        var application: Expression?
        if at(.leftBracket) {
            // `[skal_samarbeide(t) for t i tjenester] = [ja, nei]`: the rule applied to each element.
            let elements = parseListLiteral(in: context)
            guard case .comprehension(let value, _, _, _) = elements.kind, case .call(let name, _) = value.kind else {
                report(.expectedToken, ParsingMessages.expectationPerElement, at: elements.range)
                return nil
            }
            (rule, application) = (Path(components: [name]), elements)
        } else {
            guard let path = parsePath(in: context) else { return nil }
            rule = path
            // `skal_samarbeide(tjenester[0]) = ja`: a rule with parameters, applied to the arguments.
            if at(.leftParen), let name = path.components.first, path.components.count == 1 {
                let arguments = parseBracketed(open: .leftParen, close: .rightParen, closeText: ")", in: context) { parser in
                    parser.parseExpression(in: context)
                }
                application = Expression(id: makeID(), range: path.range.union(previous.range), kind: .call(name, arguments))
            }
        }
        guard expect(.equal, ParsingMessages.Expected.equalsAndExpected(after: rule.text), in: context) != nil else { return nil }
        if at(.ikke) && peek().kind == .keyword(.i) && text(peek(2)) == ContextualWord.kraft {
            let start = current.range.start
            advance(); advance(); advance()
            let range = SourceRange(start: start, end: previous.range.end)
            return Expectation(rule: rule, application: application, outcome: .notInForce(range), missing: nil, range: rule.range.union(range))
        }
        if atNotEncoded {
            let start = current.range.start
            advance(); advance()
            let range = SourceRange(start: start, end: previous.range.end)
            return Expectation(rule: rule, application: application, outcome: .notEncoded(range), missing: nil, range: rule.range.union(range))
        }
        let value = parseExpression(in: context)
        var missing: [Path]?
        if eat(.mangler) {
            var paths: [Path] = []
            repeat {
                guard let path = parseMissingPath(in: context) else { break }
                paths.append(path)
            } while eat(.comma)
            missing = paths
        }
        return Expectation(rule: rule, application: application, outcome: .value(value), missing: missing, range: rule.range.union(previous.range))
    }

    /// A missing fact, or a field of an element of a list (`tjenester[0].lov`, counted from 0): a
    /// position is kept in the name before it, so the path's text is the missing fact's name.
    /// Grammar: mangelsti → NAVN [ "[" TALL "]" ] { "." NAVN [ "[" TALL "]" ] }
    mutating func parseMissingPath(in context: String) -> Path? {
        guard var name = expectName(in: context) else { return nil }
        var components: [Name] = []
        while true {
            if at(.leftBracket) && current.range.start == previous.range.end {
                advance()
                guard let number = expect(.number, ParsingMessages.Expected.indexAfterBracket, in: context),
                      expect(.rightBracket, ParsingMessages.Expected.indexAfterBracket, in: context) != nil else { return nil }
                name = Name(text: "\(name.text)[\(text(number))]", range: name.range.union(previous.range))
            }
            components.append(name)
            guard at(.dot) else { break }
            advance()
            guard let next = expectNameAfterDot(in: context) else { break }
            name = next
        }
        return Path(components: components)
    }
}
