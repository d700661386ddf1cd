/// Reading a single expression, as typed in the REPL.
extension Parser {
    /// Parses `file` as one expression (or vilkår list) filling the whole text.
    public static func parseExpression(_ file: SourceFile) -> (expression: Expression?, diagnostics: [Diagnostic]) {
        var parser = Parser(file: file)
        parser.openLine()
        let expression = parser.parseCondition(ownerIndent: -1, in: "uttrykket")
        if parser.current.kind != .endOfFile {
            parser.openLine()
            parser.report(.trailingTokens, ParsingMessages.trailing(parser.describe(parser.current), after: "uttrykket"),
                          at: parser.current.range)
            while parser.current.kind != .endOfFile { parser.advance() }
        }
        for issue in parser.current.problems { parser.record(LexingMessages.diagnostic(for: issue, in: file)) }
        return (parser.diagnostics.hasErrors ? nil : expression, parser.diagnostics)
    }
}
