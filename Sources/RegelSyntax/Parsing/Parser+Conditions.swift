/// Vilkår: a single expression, or an indented `alle:` / `minst ett av:` list.
extension Parser {
    /// Grammar: vilkår → vilkårsliste | uttrykk
    mutating func parseCondition(ownerIndent: Int, in context: String) -> Expression {
        if (at(.alle) && peek().kind == .colon) || (at(.minst) && !Parser.startsMinstExpression(peek())) {
            return parseConditionList(ownerIndent: ownerIndent, in: context)
        }
        // `alle` at the end of the line with `- ` points below: the colon is forgotten.
        if at(.alle) && peek().atLineStart && peek().kind == .minus {
            report(.expectedToken, ParsingMessages.listWithoutColon, at: current.range,
                   fix: FixIt(message: ParsingMessages.Fix.writeAllWithColon, replacement: "alle:"))
            return parseConditionList(ownerIndent: ownerIndent, in: context)
        }
        return parseExpression(in: context)
    }

    /// Grammar: vilkårsliste → ( "alle" | "minst" "ett" "av" ) ":" vilkårspunkt { vilkårspunkt }
    mutating func parseConditionList(ownerIndent: Int, in context: String) -> Expression {
        let keywordToken = current
        let kind: ConditionListKind = at(.alle) ? .all : .any
        advance()
        if kind == .any {
            guard expect(.keyword(.ett), ParsingMessages.Expected.ettAv, in: context) != nil,
                  expect(.keyword(.av), ParsingMessages.Expected.avAfterMinstEtt, in: context) != nil else { return invalidExpression() }
        }
        let listName = kind == .all ? ParsingMessages.Context.allList : ParsingMessages.Context.anyList
        expect(.colon, ParsingMessages.Expected.colon(after: listName), in: context)
        expectLineEnd(after: listName)
        guard enterNesting() else { return invalidExpression() }
        defer { depth -= 1 }
        var items: [Expression] = []
        var itemIndent: Int?
        while !atDeclarationStart && current.atLineStart && current.lineIndent > ownerIndent {
            recovering = false
            let before = position
            items.append(parseConditionItem(expectedIndent: &itemIndent, listName: listName, in: context))
            if position == before { advance() }
            expectLineEnd(after: ParsingMessages.Context.condition)
        }
        recovering = false
        if items.isEmpty {
            report(.emptyConditionList, ParsingMessages.emptyConditionList(listName), at: keywordToken.range)
        }
        return Expression(id: makeID(), range: SourceRange(start: keywordToken.range.start, end: previous.range.end),
                          kind: .conditionList(kind, items))
    }

    /// Grammar: vilkårspunkt → "-" vilkår
    mutating func parseConditionItem(expectedIndent: inout Int?, listName: String, in context: String) -> Expression {
        let lineIndent = current.lineIndent
        if let expected = expectedIndent, lineIndent != expected {
            report(.unexpectedIndentation, ParsingMessages.misalignedItem(expected: expected + 1, found: lineIndent + 1), at: current.range)
            recovering = false
        }
        expectedIndent = expectedIndent ?? lineIndent
        openLine()
        if current.kind == .minus {
            advance()
        } else {
            report(.expectedToken, ParsingMessages.missingItemDash(listName), at: current.range,
                   fix: FixIt(message: ParsingMessages.Fix.dashBeforeCondition, replacement: "- " + text(current)))
            recovering = false
        }
        return parseCondition(ownerIndent: lineIndent, in: context)
    }

    func invalidExpression() -> Expression {
        Expression(id: NodeID(rawValue: 0), range: current.range, kind: .invalid)
    }
}
