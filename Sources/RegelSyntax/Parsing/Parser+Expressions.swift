import Foundation

/// Expressions, from `eller` down to literals. `og` and `eller` chains are
/// read by loops into flat nodes, so long chains never deepen the tree.
extension Parser {
    /// Grammar: uttrykk → ellerledd
    mutating func parseExpression(in context: String) -> Expression {
        guard enterNesting() else { return invalidExpression() }
        defer { depth -= 1 }
        return parseOr(in: context)
    }

    /// Grammar: ellerledd → ogledd { "eller" ogledd }
    mutating func parseOr(in context: String) -> Expression {
        parseLogical(.or, keyword: .eller, in: context) { parser in parser.parseAnd(in: context) }
    }

    /// Grammar: ogledd → ikkeledd { "og" ikkeledd }
    mutating func parseAnd(in context: String) -> Expression {
        parseLogical(.and, keyword: .og, in: context) { parser in parser.parseNot(in: context) }
    }

    mutating func parseLogical(_ op: LogicalOperator, keyword: Keyword, in context: String,
                               operand: (inout Parser) -> Expression) -> Expression {
        let first = operand(&self)
        guard at(keyword) else { return first }
        var operands = [first]
        while eat(keyword) { operands.append(operand(&self)) }
        return Expression(id: makeID(), range: first.range.union(previous.range), kind: .logical(op, operands))
    }

    /// Grammar: ikkeledd → "ikke" ikkeledd | sammenligning
    mutating func parseNot(in context: String) -> Expression {
        guard at(.ikke) else { return parseComparison(in: context) }
        let start = current.range.start
        advance()
        guard enterNesting() else { return invalidExpression() }
        defer { depth -= 1 }
        let operand = parseNot(in: context)
        return Expression(id: makeID(), range: SourceRange(start: start, end: operand.range.end), kind: .not(operand))
    }

    /// Grammar: sammenligning → sum [ ( "=" | "≠" | "<" | "≤" | ">" | "≥" | "i" ) sum ]
    mutating func parseComparison(in context: String) -> Expression {
        let left = parseSum(in: context)
        if at(.i) {
            advance()
            let list = parseSum(in: context)
            return Expression(id: makeID(), range: left.range.union(list.range), kind: .membership(element: left, list: list))
        }
        guard let op = comparisonOperator() else { return left }
        advance()
        let right = parseSum(in: context)
        if comparisonOperator() != nil {
            report(.chainedComparison, ParsingMessages.chainedComparison, at: current.range)
        }
        return Expression(id: makeID(), range: left.range.union(right.range), kind: .binary(op, left, right))
    }

    func comparisonOperator() -> BinaryOperator? {
        guard !endsLine else { return nil }
        switch current.kind {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .less
        case .lessEqual: return .lessEqual
        case .greater: return .greater
        case .greaterEqual: return .greaterEqual
        default: return nil
        }
    }

    /// Grammar: sum → produkt { ( "+" | "-" ) produkt }
    mutating func parseSum(in context: String) -> Expression {
        var left = parseProduct(in: context)
        while at(.plus) || at(.minus) {
            let op: BinaryOperator = at(.plus) ? .add : .subtract
            advance()
            let right = parseProduct(in: context)
            left = Expression(id: makeID(), range: left.range.union(right.range), kind: .binary(op, left, right))
        }
        return left
    }

    /// Grammar: produkt → fortegn { ( "*" | "/" ) fortegn }
    mutating func parseProduct(in context: String) -> Expression {
        var left = parseSign(in: context)
        while at(.star) || at(.slash) {
            let op: BinaryOperator = at(.star) ? .multiply : .divide
            advance()
            let right = parseSign(in: context)
            left = Expression(id: makeID(), range: left.range.union(right.range), kind: .binary(op, left, right))
        }
        return left
    }

    /// Grammar: fortegn → "-" fortegn | postfiks
    mutating func parseSign(in context: String) -> Expression {
        guard at(.minus) else { return parsePostfix(in: context) }
        let start = current.range.start
        advance()
        guard enterNesting() else { return invalidExpression() }
        defer { depth -= 1 }
        let operand = parseSign(in: context)
        return Expression(id: makeID(), range: SourceRange(start: start, end: operand.range.end), kind: .negate(operand))
    }

    /// Grammar: postfiks → primær { "." NAVN | "[" uttrykk "]" }
    mutating func parsePostfix(in context: String) -> Expression {
        var expression = parsePrimary(in: context)
        while at(.dot) || (at(.leftBracket) && current.range.start == previous.range.end) {
            if at(.leftBracket) {
                // Only a bracket written right after the list (`tjenester[0]`) is an index.
                let items = parseBracketed(open: .leftBracket, close: .rightBracket, closeText: "]", in: context) { parser in
                    parser.parseExpression(in: context)
                }
                guard items.count == 1, let position = items.first else {
                    if items.count != 1 { reportExpected(ParsingMessages.Expected.indexAfterBracket, in: context) }
                    return invalidExpression()
                }
                expression = Expression(id: makeID(), range: expression.range.union(previous.range), kind: .index(expression, position))
                continue
            }
            advance()
            guard let name = expectNameAfterDot(in: context) else { break }
            expression = Expression(id: makeID(), range: expression.range.union(name.range), kind: .member(expression, name))
        }
        return expression
    }
}
