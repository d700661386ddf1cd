/// Every declaration of the checked files, by name: what the other passes resolve names against.
/// Collected before any expression is looked at, so a rule may use what is declared after it.
struct Declarations {
    var types: [String: (type: ValueType, file: SourceFile, range: SourceRange)] = [:]
    var enumValues: [String: [EnumerationType]] = [:]
    var facts: [FactInfo] = []
    var factSlots: [String: Int] = [:]
    /// Each lovtekst's versions (one unless it has `gjelder` periods), in file order.
    var lovtekster: [String: [(declaration: LovtekstDeclaration, file: SourceFile)]] = [:]
    var ruleNames: [String] = []
    var ruleNumbers: [String: Int] = [:]
    /// Each rule's versions in file order, by rule number.
    var ruleVersions: [[(declaration: RuleDeclaration, file: CheckedFile)]] = []
    /// The type written after a rule's name (in its first version), by rule number.
    var declaredRuleTypes: [ValueType?] = []
    /// Each rule's parameters (as its first version writes them), by rule number; empty for a rule without.
    var ruleParameters: [[(name: String, type: ValueType)]] = []
    var exceptions: [String: [(declaration: ExceptionDeclaration, file: CheckedFile)]] = [:]
    var tests: [(declaration: TestDeclaration, file: CheckedFile)] = []
    /// Where a declared type is named in another declaration (`liste av Tjeneste`), for the index.
    var typeUses: [(name: String, file: SourceFile, range: SourceRange)] = []
    /// Each record type with its fields as written, for the index.
    var fieldDeclarations: [(type: RecordType, file: SourceFile, fields: [Name])] = []
    /// Each inline `en av …` type with the file it is written in, for the index.
    var enumValueDeclarations: [(type: EnumerationType, file: SourceFile, values: [Name])] = []

    /// The exceptions to a rule in file and line order, which is the order they are tried.
    func exceptionsInOrder(to rule: String) -> [(declaration: ExceptionDeclaration, file: CheckedFile)] {
        (exceptions[rule] ?? []).sorted {
            ($0.file.file.name, $0.declaration.range.start) < ($1.file.file.name, $1.declaration.range.start)
        }
    }

    /// A rule's parameters; none for a rule number the declarations do not have.
    func parameters(ofRule number: Int) -> [(name: String, type: ValueType)] {
        ruleParameters.indices.contains(number) ? ruleParameters[number] : []
    }

    /// The type a rule has before its body is looked at: declared, or ja/nei for a `når` rule.
    func presumedType(ofRule number: Int) -> ValueType? {
        if let declared = declaredRuleTypes[number] { return declared }
        if let first = ruleVersions[number].first, case .condition = first.declaration.body { return .truth }
        return nil
    }
}

/// The first pass: collects the declarations of all files and reports those that clash, name an
/// unknown type, or contradict themselves (a record containing itself, `gjelder til` before `fra`,
/// versions of a rule in force on the same day).
struct DeclarationCollector: DiagnosticReporting {
    var declarations = Declarations()
    var diagnostics: [Diagnostic] = []

    static func collect(_ files: [(tree: SyntaxTree, unit: Int)]) -> (Declarations, [Diagnostic]) {
        var collector = DeclarationCollector()
        collector.collectTypes(files.map(\.tree))
        for (tree, unit) in files { collector.collectDeclarations(tree, CheckedFile(file: tree.file, unit: unit)) }
        collector.resolveDeclaredRuleTypes()
        collector.checkNameClashes()
        collector.checkVersions()
        return (collector.declarations, collector.diagnostics)
    }

    mutating func collectTypes(_ trees: [SyntaxTree]) {
        var records: [(RecordType, TypeDeclaration, SourceFile)] = []
        for tree in trees {
            for case .type(let declaration) in tree.declarations {
                let name = declaration.name.text
                // `tall`, `tekst`, `dato` and `varighet` always mean the built-in type, so a type by
                // such a name could never be used.
                if ContextualWord.typeNames.contains(name) {
                    report(.duplicateDeclaration, CheckingMessages.builtinTypeName(name), tree.file, declaration.name.range)
                    continue
                }
                if let existing = declarations.types[name] {
                    reportDuplicate(name, "typen", tree.file, declaration.name.range, existing.file, existing.range)
                    continue
                }
                switch declaration.body {
                case .enumeration(let values):
                    let type = EnumerationType(name: name, values: values.map(\.text))
                    declarations.types[name] = (.enumeration(type), tree.file, declaration.name.range)
                    registerEnumeration(type, values, tree.file)
                case .record:
                    let type = RecordType(name: name)
                    declarations.types[name] = (.record(type), tree.file, declaration.name.range)
                    records.append((type, declaration, tree.file))
                }
            }
        }
        // Fields are resolved after all type names are known, so records may refer to each other.
        for (type, declaration, file) in records {
            guard case .record(let fields) = declaration.body else { continue }
            var seen = Set<String>()
            var names: [Name] = []
            for field in fields {
                guard seen.insert(field.name.text).inserted else {
                    report(.duplicateDeclaration, CheckingMessages.duplicateField(field.name.text, type.name), file, field.name.range)
                    continue
                }
                names.append(field.name)
                type.fields.append((field.name.text, resolveType(field.type, file)))
                if let question = field.question { type.questions[field.name.text] = question }
            }
            declarations.fieldDeclarations.append((type, file, names))
        }
        reportRecordsContainingThemselves(records)
    }

    /// A record type that contains itself, directly or through lists and other records, could
    /// never be given in full, and would keep itself alive forever: the field that closes the
    /// ring is reported and cut, so each ring is reported once.
    mutating func reportRecordsContainingThemselves(_ records: [(RecordType, TypeDeclaration, SourceFile)]) {
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

    mutating func registerEnumeration(_ type: EnumerationType, _ values: [Name], _ file: SourceFile) {
        var seen = Set<String>()
        var registered: [Name] = []
        for value in values {
            if !seen.insert(value.text).inserted {
                report(.duplicateDeclaration, CheckingMessages.duplicateEnumValue(value.text), file, value.range)
                continue
            }
            declarations.enumValues[value.text, default: []].append(type)
            registered.append(value)
        }
        declarations.enumValueDeclarations.append((type, file, registered))
    }

    /// The type a type expression names; unknown names are reported.
    mutating func resolveType(_ syntax: TypeSyntax, _ file: SourceFile) -> ValueType {
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
                if let entry = declarations.types[name.text] {
                    declarations.typeUses.append((name.text, file, name.range))
                    return entry.type
                }
                let candidates = Array(declarations.types.keys) + Array(ContextualWord.typeNames)
                report(.unknownType, CheckingMessages.unknownType(name.text), file, name.range,
                       suggesting: Suggest.closest(to: name.text, among: candidates))
                return .error
            }
        }
    }

    /// A second lovtekst by one name is a later (or earlier) wording when both say when they are in
    /// force and the periods do not overlap; otherwise it is a duplicate.
    mutating func collectLovtekst(_ lovtekst: LovtekstDeclaration, _ file: SourceFile) {
        let name = lovtekst.name.text
        checkValidity(lovtekst.validity, file)
        let versions = declarations.lovtekster[name] ?? []
        let hasPeriod = { (validity: Validity) in validity.from != nil || validity.to != nil }
        if let existing = versions.first(where: { !hasPeriod($0.declaration.validity) || !hasPeriod(lovtekst.validity)
            || Self.overlaps($0.declaration.validity, lovtekst.validity) }) {
            let overlapping = hasPeriod(existing.declaration.validity) && hasPeriod(lovtekst.validity)
            if overlapping {
                report(.overlappingVersions, CheckingMessages.overlappingLovtekster(name), file, lovtekst.name.range,
                       notes: [Self.firstDeclared(existing.file, existing.declaration.name.range)])
            } else {
                reportDuplicate(name, "lovteksten", file, lovtekst.name.range, existing.file, existing.declaration.name.range)
            }
            return
        }
        declarations.lovtekster[name, default: []].append((lovtekst, file))
    }

    mutating func collectDeclarations(_ tree: SyntaxTree, _ checked: CheckedFile) {
        for declaration in tree.declarations {
            switch declaration {
            case .fact(let fact): collectFact(fact, tree.file)
            case .lovtekst(let lovtekst):
                collectLovtekst(lovtekst, tree.file)
            case .rule(let rule):
                if let number = declarations.ruleNumbers[rule.name.text] {
                    declarations.ruleVersions[number].append((rule, checked))
                } else {
                    declarations.ruleNames.append(rule.name.text)
                    declarations.ruleNumbers[rule.name.text] = declarations.ruleNames.count - 1
                    declarations.ruleVersions.append([(rule, checked)])
                }
            case .exception(let exception):
                declarations.exceptions[exception.rule.text, default: []].append((exception, checked))
            case .test(let test): declarations.tests.append((test, checked))
            case .importFile, .type: break
            }
        }
    }

    mutating func collectFact(_ fact: FactDeclaration, _ file: SourceFile) {
        let name = fact.path.text
        if let slot = declarations.factSlots[name] {
            let existing = declarations.facts[slot]
            reportDuplicate(name, fact.isJudgement ? "vurderingen" : "faktumet", file, fact.path.range, existing.file, existing.range)
            return
        }
        let info = FactInfo(name: name, type: resolveType(fact.type, file), isJudgement: fact.isJudgement,
                            question: fact.question, guidance: fact.guidance, file: file, range: fact.path.range)
        declarations.facts.append(info)
        declarations.factSlots[name] = declarations.facts.count - 1
    }

    /// Every version's type is resolved, so an unknown type name is reported wherever it is written;
    /// the first version's type is the rule's.
    mutating func resolveDeclaredRuleTypes() {
        declarations.declaredRuleTypes = declarations.ruleVersions.map { versions in
            let types = versions.map { version in version.declaration.declaredType.map { resolveType($0, version.file.file) } }
            return types.first ?? nil
        }
        declarations.ruleParameters = declarations.ruleVersions.map { versions in
            let resolved = versions.map { version in
                version.declaration.parameters.map { (name: $0.name.text, type: resolveType($0.type, version.file.file)) }
            }
            for (index, version) in versions.enumerated().dropFirst() where !Self.sameParameters(resolved[0], resolved[index]) {
                report(.versionParameters, CheckingMessages.versionParameters(version.declaration.name.text), version.file.file,
                       version.declaration.name.range,
                       notes: [Self.firstDeclared(versions[0].file.file, versions[0].declaration.name.range)])
            }
            return resolved.first ?? []
        }
    }

    static func sameParameters(_ a: [(name: String, type: ValueType)], _ b: [(name: String, type: ValueType)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.name == $1.name && $0.type == $1.type }
    }

    /// A rule may not share its name with a fact, an enumeration value or a built-in function, and
    /// a parameter may not hide anything else a rule could name.
    mutating func checkNameClashes() {
        for (number, name) in declarations.ruleNames.enumerated() {
            guard let rule = declarations.ruleVersions[number].first else { continue }
            for version in declarations.ruleVersions[number] { checkParameterNames(version.declaration, version.file.file) }
            if Builtin.named(name) != nil {
                report(.ruleNamedLikeBuiltin, CheckingMessages.ruleNamedLikeBuiltin(name), rule.file.file, rule.declaration.name.range)
            } else if let slot = declarations.factSlots[name] {
                let fact = declarations.facts[slot]
                reportDuplicate(name, "navnet", rule.file.file, rule.declaration.name.range, fact.file, fact.range)
            } else if declarations.enumValues[name] != nil {
                report(.ambiguousName, CheckingMessages.ruleNamedLikeValue(name), rule.file.file, rule.declaration.name.range)
            }
        }
    }

    /// A parameter hides, inside its rule, every fact, rule and value of the same name — and a
    /// fact `barn.x` behind a parameter `barn` —, so such a name is an error rather than a surprise.
    mutating func checkParameterNames(_ rule: RuleDeclaration, _ file: SourceFile) {
        var seen = Set<String>()
        for parameter in rule.parameters {
            let name = parameter.name.text
            guard seen.insert(name).inserted else {
                report(.duplicateDeclaration, CheckingMessages.duplicate("parameteren", name), file, parameter.name.range)
                continue
            }
            let hidden: String?
            if declarations.factSlots[name] != nil || declarations.facts.contains(where: { $0.name.hasPrefix(name + ".") }) {
                hidden = CheckingMessages.Hidden.fact
            } else if declarations.ruleNumbers[name] != nil {
                hidden = CheckingMessages.Hidden.rule
            } else if declarations.enumValues[name] != nil {
                hidden = CheckingMessages.Hidden.value
            } else if name == "vurderingsdato" {
                hidden = CheckingMessages.Hidden.vurderingsdato
            } else {
                hidden = nil
            }
            if let hidden { report(.parameterClash, CheckingMessages.parameterHides(name, hidden), file, parameter.name.range) }
        }
    }

    /// `gjelder til` may not come before `fra`, and two versions of one rule may not both be in
    /// force on any day.
    mutating func checkVersions() {
        for (number, versions) in declarations.ruleVersions.enumerated() {
            for version in versions { checkValidity(version.declaration.validity, version.file.file) }
            checkOverlappingVersions(declarations.ruleNames[number], versions)
            checkNotEncoded(declarations.ruleNames[number], versions)
        }
        for name in declarations.exceptions.keys.sorted() {
            for exception in declarations.exceptions[name] ?? [] where exception.declaration.condition != nil {
                checkValidity(exception.declaration.validity, exception.file.file)
            }
        }
    }

    mutating func checkValidity(_ validity: Validity, _ file: SourceFile, clause: String = "gjelder") {
        if let from = validity.from, let to = validity.to, to < from, let range = validity.toRange {
            report(.invalidValidity, CheckingMessages.validityOrder(from, to, clause: clause), file, range)
        }
    }

    mutating func checkOverlappingVersions(_ name: String, _ versions: [(declaration: RuleDeclaration, file: CheckedFile)]) {
        for (index, later) in versions.enumerated() {
            for earlier in versions[..<index] where Self.overlaps(earlier.declaration.validity, later.declaration.validity) {
                let location = earlier.file.file.location(of: earlier.declaration.name.range.start)
                let isPlainDuplicate = earlier.declaration.validity.from == nil && earlier.declaration.validity.to == nil
                    && later.declaration.validity.from == nil && later.declaration.validity.to == nil
                report(isPlainDuplicate ? .duplicateDeclaration : .overlappingVersions,
                       isPlainDuplicate ? CheckingMessages.duplicate("regelen", name) : CheckingMessages.overlappingVersions(name),
                       later.file.file, later.declaration.name.range,
                       notes: [DiagnosticNote(CheckingMessages.otherVersionAt(location.line, earlier.file.file.name),
                                              file: earlier.file.file, range: earlier.declaration.name.range)])
                break
            }
        }
    }

    /// A period of law «ikke kodet» may not overlap a version of the rule, nor another such period:
    /// on any date the rule is in force, not encoded, or neither.
    mutating func checkNotEncoded(_ name: String, _ versions: [(declaration: RuleDeclaration, file: CheckedFile)]) {
        var earlier: [(validity: Validity, range: SourceRange, file: SourceFile, isVersion: Bool)] =
            versions.map { ($0.declaration.validity, $0.declaration.name.range, $0.file.file, true) }
        for (declaration, file) in versions {
            for clause in declaration.notEncoded {
                checkValidity(clause.validity, file.file, clause: "ikke kodet")
                if let other = earlier.first(where: { Self.overlaps($0.validity, clause.validity) }) {
                    let line = other.file.location(of: other.range.start).line
                    report(.overlappingNotEncoded, CheckingMessages.notEncodedOverlaps(name, version: other.isVersion), file.file, clause.range,
                           notes: [DiagnosticNote(CheckingMessages.overlappingPeriodAt(line, other.file.name, version: other.isVersion),
                                                  file: other.file, range: other.range)])
                }
                earlier.append((clause.validity, clause.range, file.file, false))
            }
        }
    }

    static func overlaps(_ a: Validity, _ b: Validity) -> Bool {
        let aStart = a.from?.dayNumber ?? Int.min, aEnd = a.to?.dayNumber ?? Int.max
        let bStart = b.from?.dayNumber ?? Int.min, bEnd = b.to?.dayNumber ?? Int.max
        return aStart <= bEnd && bStart <= aEnd
    }

    mutating func reportDuplicate(_ name: String, _ what: String, _ file: SourceFile, _ range: SourceRange,
                                  _ firstFile: SourceFile, _ firstRange: SourceRange) {
        report(.duplicateDeclaration, CheckingMessages.duplicate(what, name), file, range,
               notes: [Self.firstDeclared(firstFile, firstRange)])
    }

    static func firstDeclared(_ file: SourceFile, _ range: SourceRange) -> DiagnosticNote {
        DiagnosticNote(CheckingMessages.firstDeclaredAt(file.location(of: range.start).line, file.name), file: file, range: range)
    }
}
