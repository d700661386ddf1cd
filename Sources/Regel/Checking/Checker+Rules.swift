/// Rules, their versions and their exceptions.
extension Checker {
    /// Every name in `ruleNames` comes from a declaration, so every rule number gets a `RuleInfo`.
    func compileRule(_ number: Int) -> RuleInfo {
        let name = ruleNames[number]
        let declarations = ruleDeclarations[name] ?? []
        var type = declaredRuleType(number)
        var versions: [RuleVersion] = []
        for (declaration, file) in declarations {
            let (body, bodyType) = compileBody(declaration.body, file, expected: type)
            if let declared = type, !declared.accepts(bodyType) {
                report(.typeMismatch, CheckingMessages.ruleType(name, declared, bodyType), file, declaration.name.range)
            }
            type = type ?? bodyType
            checkValidity(declaration.validity, file)
            if declaration.hjemmel.isEmpty && !filesWithParseErrors.contains(file.name) {
                report(.missingHjemmel, CheckingMessages.missingHjemmel(name), file, declaration.name.range)
            }
            let hjemmel = resolveHjemmel(declaration.hjemmel, file)
            index.define(.rule(name), file, declaration.name.range) { details in
                details.hjemmel += hjemmel.map(\.citation)
                details.text = hjemmel.compactMap(\.wording).first ?? details.text
            }
            versions.append(RuleVersion(validity: declaration.validity, hjemmel: hjemmel, body: body, file: file, range: declaration.range))
        }
        checkOverlappingVersions(name, declarations)
        let ruleType = type ?? .error
        ruleTypes[number] = ruleType
        if let (first, file) = declarations.first { index.define(.rule(name), file, first.name.range) { $0.type = ruleType } }
        let exceptions = compileExceptions(for: name, type: ruleType)
        return RuleInfo(name: name, type: ruleType, versions: versions, exceptions: exceptions,
                        file: declarations.first?.file ?? SourceFile(name: "", bytes: []),
                        range: declarations.first?.declaration.name.range ?? .at(0))
    }

    func compileBody(_ body: RuleBody, _ file: SourceFile, expected: ValueType?) -> (CompiledBody, ValueType) {
        let scope = Scope()
        switch body {
        case .condition(let expression):
            return (.condition(compileCondition(expression, file, scope)), .truth)
        case .value(let expression):
            let (compiled, type) = compile(expression, file, scope, expected: expected)
            return (.value(compiled), type)
        case .missing:
            return (.value(node(.invalid, file, .at(0))), expected ?? .error)
        case .cases(let cases, let otherwise):
            var type = expected
            var compiled: [CompiledCase] = []
            for ruleCase in cases {
                let condition = compileCondition(ruleCase.condition, file, scope)
                let (value, valueType) = compile(ruleCase.value, file, scope, expected: type)
                if let wanted = type, !wanted.accepts(valueType) {
                    report(.typeMismatch, CheckingMessages.caseType(wanted, valueType), file, ruleCase.value.range)
                }
                type = type ?? valueType
                compiled.append(CompiledCase(id: node(.invalid, file, ruleCase.range).id, condition: condition, value: value))
            }
            lintUnreachableCases(cases, file)
            let otherwiseNode = otherwise.map { expression -> Node in
                let (value, valueType) = compile(expression, file, scope, expected: type)
                if let wanted = type, !wanted.accepts(valueType) {
                    report(.typeMismatch, CheckingMessages.caseType(wanted, valueType), file, expression.range)
                }
                return value
            }
            return (.cases(compiled, otherwise: otherwiseNode), type ?? .error)
        }
    }

    func checkValidity(_ validity: Validity, _ file: SourceFile) {
        if let from = validity.from, let to = validity.to, to < from, let range = validity.toRange {
            report(.invalidValidity, CheckingMessages.validityOrder(from, to), file, range)
        }
    }

    /// Two versions of one rule may not both be in force on any day.
    func checkOverlappingVersions(_ name: String, _ declarations: [(declaration: RuleDeclaration, file: SourceFile)]) {
        for (index, later) in declarations.enumerated() {
            for earlier in declarations[..<index] where overlaps(earlier.declaration.validity, later.declaration.validity) {
                let location = earlier.file.location(of: earlier.declaration.name.range.start)
                let isPlainDuplicate = earlier.declaration.validity.from == nil && earlier.declaration.validity.to == nil
                    && later.declaration.validity.from == nil && later.declaration.validity.to == nil
                report(isPlainDuplicate ? .duplicateDeclaration : .overlappingVersions,
                       isPlainDuplicate ? CheckingMessages.duplicate("regelen", name) : CheckingMessages.overlappingVersions(name),
                       later.file, later.declaration.name.range,
                       notes: [DiagnosticNote(CheckingMessages.otherVersionAt(location.line, earlier.file.name),
                                              file: earlier.file, range: earlier.declaration.name.range)])
                break
            }
        }
    }

    func overlaps(_ a: Validity, _ b: Validity) -> Bool {
        let aStart = a.from?.dayNumber ?? Int.min, aEnd = a.to?.dayNumber ?? Int.max
        let bStart = b.from?.dayNumber ?? Int.min, bEnd = b.to?.dayNumber ?? Int.max
        return aStart <= bEnd && bStart <= aEnd
    }

    func resolveHjemmel(_ references: [HjemmelReference], _ file: SourceFile) -> [HjemmelInfo] {
        references.compactMap { reference in
            switch reference {
            case .citation(let citation):
                return HjemmelInfo(citation: citation.displayText, lovtekstName: nil, wording: nil)
            case .lovtekst(let name):
                if lovtekster[name.text] != nil { index.use(.lovtekst(name.text), file, name.range) }
                guard let (lovtekst, _) = lovtekster[name.text] else {
                    let suggestion = Suggest.closest(to: name.text, among: lovtekster.keys)
                    report(.unknownLovtekst, CheckingMessages.unknownLovtekst(name.text), file, name.range,
                           fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
                    return nil
                }
                let citation = lovtekst.source?.displayText ?? lovtekst.title ?? lovtekst.name.text
                return HjemmelInfo(citation: citation, lovtekstName: lovtekst.name.text, wording: lovtekst.text)
            }
        }
    }
}

extension Citation {
    /// `hol § 7-2 a første ledd bokstav b`.
    public var displayText: String {
        let ordinals = Citation.ordinalWords
        var parts = ["\(law.text) § \(section)"]
        if let ledd { parts.append("\(ordinals[ledd] ?? "\(ledd).") ledd") }
        if let nummer { parts.append("nr. \(nummer)") }
        if let bokstav { parts.append("bokstav \(bokstav)") }
        if let punktum { parts.append("\(ordinals[punktum] ?? "\(punktum).") punktum") }
        return parts.joined(separator: " ")
    }

    /// The word for each ordinal (`første` for 1), built once rather than for every citation.
    static let ordinalWords: [Int: String] = ContextualWord.ordinals.reduce(into: [Int: String]()) { result, entry in
        if result[entry.value] == nil || entry.key == "sjuende" { result[entry.value] = entry.key }
    }
}
