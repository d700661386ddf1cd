/// Collecting declarations: types, facts, lovtekster, rules, exceptions, tests.
extension Checker {
    func collectTypes(_ trees: [SyntaxTree]) {
        var records: [(RecordType, TypeDeclaration, SourceFile)] = []
        for tree in trees {
            for case .type(let declaration) in tree.declarations {
                let name = declaration.name.text
                if let existing = types[name] {
                    reportDuplicate(name, "typen", tree.file, declaration.name.range, existing.file, existing.range)
                    continue
                }
                switch declaration.body {
                case .enumeration(let values):
                    let type = EnumerationType(name: name, values: values.map(\.text))
                    types[name] = (.enumeration(type), tree.file, declaration.name.range)
                    index.define(.type(name), tree.file, declaration.name.range) { $0.type = .enumeration(type) }
                    registerEnumeration(type, values, tree.file)
                case .record:
                    let type = RecordType(name: name)
                    types[name] = (.record(type), tree.file, declaration.name.range)
                    index.define(.type(name), tree.file, declaration.name.range) { $0.type = .record(type) }
                    records.append((type, declaration, tree.file))
                }
            }
        }
        // Fields are resolved after all type names are known, so records may refer to each other.
        for (type, declaration, file) in records {
            guard case .record(let fields) = declaration.body else { continue }
            var seen = Set<String>()
            type.fields = fields.compactMap { field in
                guard seen.insert(field.name.text).inserted else {
                    report(.duplicateDeclaration, CheckingMessages.duplicateField(field.name.text, type.name), file, field.name.range)
                    return nil
                }
                return (field.name.text, resolveType(field.type, file))
            }
        }
        reportRecordsContainingThemselves(records)
    }

    /// A record type that contains itself, directly or through lists and other records, could
    /// never be given in full, and would keep itself alive forever: the field that closes the
    /// ring is reported and cut, so each ring is reported once.
    func reportRecordsContainingThemselves(_ records: [(RecordType, TypeDeclaration, SourceFile)]) {
        for (type, declaration, file) in records {
            guard case .record(let syntax) = declaration.body else { continue }
            for index in type.fields.indices where Self.type(type.fields[index].type, contains: type) {
                let name = type.fields[index].name
                let range = syntax.first { $0.name.text == name }?.name.range ?? declaration.name.range
                report(.recordContainsItself, CheckingMessages.recordContainsItself(type.name, name), file, range)
                type.fields[index].type = .error
            }
        }
    }

    /// Whether a value of `type` would hold a value of `record`, through lists and record fields.
    static func type(_ type: ValueType, contains record: RecordType) -> Bool {
        var seen = Set<ObjectIdentifier>()
        var stack = [type]
        while let next = stack.popLast() {
            switch next {
            case .list(let element): stack.append(element)
            case .record(let inner):
                if inner === record { return true }
                if seen.insert(ObjectIdentifier(inner)).inserted { stack += inner.fields.map(\.type) }
            default: break
            }
        }
        return false
    }

    func registerEnumeration(_ type: EnumerationType, _ values: [Name], _ file: SourceFile) {
        var seen = Set<String>()
        for value in values {
            if !seen.insert(value.text).inserted {
                report(.duplicateDeclaration, CheckingMessages.duplicateEnumValue(value.text), file, value.range)
                continue
            }
            enumValues[value.text, default: []].append(type)
            index.define(.enumerationValue(type: type.name, value: value.text), file, value.range) { $0.type = .enumeration(type) }
        }
    }

    /// The type a type expression names; unknown names are reported.
    func resolveType(_ syntax: TypeSyntax, _ file: SourceFile) -> ValueType {
        switch syntax {
        case .truth: return .truth
        case .list(let element, _): return .list(resolveType(element, file))
        case .invalid: return .error
        case .enumeration(let values, _):
            let type = EnumerationType(name: "en av " + values.map(\.text).joined(separator: ", "), values: values.map(\.text))
            registerEnumeration(type, values, file)
            return .enumeration(type)
        case .named(let name):
            switch name.text {
            case "tall": return .number
            case "tekst": return .text
            case "dato": return .date
            case "varighet": return .duration
            default:
                if let entry = types[name.text] {
                    index.use(.type(name.text), file, name.range)
                    return entry.type
                }
                let candidates = Array(types.keys) + Array(ContextualWord.typeNames)
                let suggestion = Suggest.closest(to: name.text, among: candidates)
                report(.unknownType, CheckingMessages.unknownType(name.text), file, name.range,
                       fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
                return .error
            }
        }
    }

    func collectDeclarations(_ trees: [SyntaxTree]) {
        for tree in trees {
            for declaration in tree.declarations {
                switch declaration {
                case .fact(let fact): collectFact(fact, tree.file)
                case .lovtekst(let lovtekst):
                    if let existing = lovtekster[lovtekst.name.text] {
                        reportDuplicate(lovtekst.name.text, "lovteksten", tree.file, lovtekst.name.range,
                                        existing.file, existing.declaration.name.range)
                    } else {
                        lovtekster[lovtekst.name.text] = (lovtekst, tree.file)
                        index.define(.lovtekst(lovtekst.name.text), tree.file, lovtekst.name.range) {
                            $0.title = lovtekst.title
                            $0.text = lovtekst.text
                            $0.hjemmel = lovtekst.source.map { [$0.displayText] } ?? []
                        }
                    }
                case .rule(let rule):
                    if ruleDeclarations[rule.name.text] == nil {
                        ruleNames.append(rule.name.text)
                        ruleNumbers[rule.name.text] = ruleNames.count - 1
                    }
                    ruleDeclarations[rule.name.text, default: []].append((rule, tree.file))
                    index.define(.rule(rule.name.text), tree.file, rule.name.range) {
                        $0.validity.append((rule.validity.from, rule.validity.to))
                    }
                case .exception(let exception):
                    exceptionDeclarations[exception.rule.text, default: []].append((exception, tree.file))
                case .test(let test): testDeclarations.append((test, tree.file))
                case .importFile, .type: break
                }
            }
        }
        checkNameClashes()
    }

    func collectFact(_ fact: FactDeclaration, _ file: SourceFile) {
        let name = fact.path.text
        if let slot = factSlots[name] {
            let existing = facts[slot]
            reportDuplicate(name, fact.isJudgement ? "vurderingen" : "faktumet", file, fact.path.range, existing.file, existing.range)
            return
        }
        let info = FactInfo(name: name, type: resolveType(fact.type, file), isJudgement: fact.isJudgement,
                            question: fact.question, guidance: fact.guidance, file: file, range: fact.path.range)
        facts.append(info)
        factSlots[name] = facts.count - 1
        index.define(.fact(name), file, fact.path.range) {
            $0.type = info.type
            $0.isJudgement = fact.isJudgement
            $0.question = fact.question
            $0.guidance = fact.guidance
        }
    }

    /// A rule may not share its name with a fact or an enumeration value.
    func checkNameClashes() {
        for name in ruleNames {
            guard let rule = ruleDeclarations[name]?.first else { continue }
            if let slot = factSlots[name] {
                reportDuplicate(name, "navnet", rule.file, rule.declaration.name.range, facts[slot].file, facts[slot].range)
            } else if enumValues[name] != nil {
                report(.ambiguousName, CheckingMessages.ruleNamedLikeValue(name), rule.file, rule.declaration.name.range)
            }
        }
    }

    func reportDuplicate(_ name: String, _ what: String, _ file: SourceFile, _ range: SourceRange,
                         _ firstFile: SourceFile, _ firstRange: SourceRange) {
        let location = firstFile.location(of: firstRange.start)
        report(.duplicateDeclaration, CheckingMessages.duplicate(what, name), file, range,
               notes: [DiagnosticNote(CheckingMessages.firstDeclaredAt(location.line, firstFile.name), file: firstFile, range: firstRange)])
    }
}
