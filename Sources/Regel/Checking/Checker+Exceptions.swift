/// `unntak for regel`: compiled in file and line order, which is the order they are tried.
extension Checker {
    func compileExceptions(for name: String, type: ValueType) -> [CompiledException] {
        let declarations = (exceptionDeclarations[name] ?? []).sorted {
            ($0.file.name, $0.declaration.range.start) < ($1.file.name, $1.declaration.range.start)
        }
        var compiled: [CompiledException] = []
        for (declaration, file) in declarations {
            if ruleNumbers[name] != nil { index.use(.rule(name), file, declaration.rule.range) }
            guard let condition = declaration.condition else { continue }
            let conditionNode = compileCondition(condition, file, Scope())
            let valueNode: Node
            if let value = declaration.value {
                let (node, valueType) = compile(value, file, Scope(), expected: type)
                if !type.accepts(valueType) {
                    report(.typeMismatch, CheckingMessages.exceptionType(name, type, valueType), file, value.range)
                }
                valueNode = node
            } else if type == .truth || type == .error {
                // Without `gir`, an exception to a ja/nei rule gives nei: the usual shape of "… gjelder ikke når …".
                valueNode = node(.constant(.truth(false)), file, declaration.rule.range)
            } else {
                report(.exceptionNeedsValue, CheckingMessages.exceptionNeedsValue(name, type), file, declaration.rule.range)
                continue
            }
            checkValidity(declaration.validity, file)
            if declaration.hjemmel.isEmpty && !filesWithParseErrors.contains(file.name) {
                report(.missingHjemmel, CheckingMessages.exceptionWithoutHjemmel(name), file, declaration.rule.range)
            }
            compiled.append(CompiledException(id: node(.invalid, file, declaration.range).id, validity: declaration.validity,
                                              hjemmel: resolveHjemmel(declaration.hjemmel, file), condition: conditionNode,
                                              value: valueNode, file: file, range: declaration.range))
        }
        lintOverlappingExceptions(declarations)
        return compiled
    }

    /// An `unntak` for a rule that does not exist would never be tried: report it, and check its
    /// condition and value all the same.
    func checkExceptionsForUnknownRules() {
        for name in exceptionDeclarations.keys.sorted() where ruleNumbers[name] == nil {
            for (declaration, file) in exceptionDeclarations[name] ?? [] {
                let suggestion = Suggest.closest(to: name, among: ruleNames)
                report(.unknownName, CheckingMessages.unknownExceptionRule(name), file, declaration.rule.range,
                       fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
            }
            _ = compileExceptions(for: name, type: .error)
        }
    }
}
