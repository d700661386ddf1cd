/// What a name in an expression refers to.
enum Resolved {
    /// A quantifier's variable: its position among the variables in scope, outermost first.
    case local(Int)
    /// A fact named by the first `length` parts of the path; the parts after it are fields.
    case fact(slot: Int, length: Int)
    /// A rule named by the first part of the path; the parts after it are fields.
    case rule(Int)
    /// A value of one of these enumerations: which one depends on the type expected where it stands.
    case enumerationValue([EnumerationType])
    case vurderingsdato
    /// A call of a built-in function.
    case builtin(Builtin)
    /// A call of a rule with parameters (or of a rule without, which the type checker reports).
    case ruleCall(Int)
    /// Nothing by that name. The type checker reports it, because the most useful message depends
    /// on the type expected there; these are the quantifier variables in scope, for its suggestion.
    case unknown(locals: [String])
}

/// The resolver's result: every name use linked to its declaration.
struct Resolution {
    /// What each path and call node refers to.
    var names = NodeTable<Resolved>()
    /// For each rule, the rules its versions and exceptions use, sorted.
    var ruleUses: [[Int]] = []
    /// Facts some rule or exception uses (tests do not count: a fact only a test gives is unused).
    var usedFacts: Set<Int> = []
    /// Names outside expressions: the rule of an `unntak`, the lovtekster after `hjemmel`, and the
    /// facts and rules a test names. Kept for the index.
    var headerUses: [(symbol: SemanticIndex.Symbol, file: SourceFile, range: SourceRange)] = []
}

/// The second pass: resolves every name against the declarations, and reports names outside
/// expressions that name nothing (an expression's unknown names are left to the type checker).
struct Resolver: DiagnosticReporting {
    let declarations: Declarations
    var resolution = Resolution()
    var diagnostics: [Diagnostic] = []
    /// Rules a test names that do not exist, already reported: a misspelt name is one error, not one per test.
    private var unknownTestRules = Set<String>()

    init(declarations: Declarations) { self.declarations = declarations }

    static func resolve(_ declarations: Declarations) -> (Resolution, [Diagnostic]) {
        var resolver = Resolver(declarations: declarations)
        resolver.resolveRules()
        resolver.resolveExceptionsOfUnknownRules()
        resolver.resolveTests()
        return (resolver.resolution, resolver.diagnostics)
    }

    mutating func resolveRules() {
        resolution.ruleUses = Array(repeating: [], count: declarations.ruleNames.count)
        for (number, name) in declarations.ruleNames.enumerated() {
            var uses = Set<Int>()
            // Parameters are the first variables in the rule, and in its exceptions.
            let parameters = declarations.parameters(ofRule: number).map(\.name)
            for (declaration, file) in declarations.ruleVersions[number] {
                resolveHjemmel(declaration.allHjemmel, file.file)
                for expression in declaration.expressions { resolve(expression, file, parameters, counting: &uses) }
            }
            for (exception, file) in declarations.exceptions[name] ?? [] {
                resolution.headerUses.append((.rule(name), file.file, exception.rule.range))
                resolveException(exception, file, parameters, counting: &uses)
            }
            resolution.ruleUses[number] = uses.sorted()
        }
    }

    mutating func resolveException(_ exception: ExceptionDeclaration, _ file: CheckedFile, _ parameters: [String] = [],
                                   counting uses: inout Set<Int>) {
        resolveHjemmel(exception.hjemmel, file.file)
        for expression in [exception.condition, exception.value].compactMap({ $0 }) { resolve(expression, file, parameters, counting: &uses) }
    }

    /// An `unntak` for a rule that does not exist would never be tried: reported, and its
    /// condition and value resolved all the same.
    mutating func resolveExceptionsOfUnknownRules() {
        for name in declarations.exceptions.keys.sorted() where declarations.ruleNumbers[name] == nil {
            for (exception, file) in declarations.exceptions[name] ?? [] {
                report(.unknownName, CheckingMessages.unknownExceptionRule(name), file.file, exception.rule.range,
                       suggesting: Suggest.closest(to: name, among: declarations.ruleNames))
                var ignored = Set<Int>()
                resolveException(exception, file, counting: &ignored)
            }
        }
    }

    mutating func resolveHjemmel(_ references: [HjemmelReference], _ file: SourceFile) {
        for case .lovtekst(let name) in references {
            if declarations.lovtekster[name.text] != nil {
                resolution.headerUses.append((.lovtekst(name.text), file, name.range))
            } else {
                report(.unknownLovtekst, CheckingMessages.unknownLovtekst(name.text), file, name.range,
                       suggesting: Suggest.closest(to: name.text, among: declarations.lovtekster.keys))
            }
        }
    }

    mutating func resolveTests() {
        for (test, file) in declarations.tests {
            var ignored = Set<Int>()
            let saved = resolution.usedFacts
            defer { resolution.usedFacts = saved }
            for assignment in test.given {
                resolve(assignment.value, file, [], counting: &ignored)
                guard assignment.path.text != "vurderingsdato" else { continue }
                resolveFactName(assignment.path, file.file)
            }
            for expectation in test.expectations {
                if case .value(let expression) = expectation.outcome { resolve(expression, file, [], counting: &ignored) }
                // A rule that does not exist is reported once, below, not also as an unknown function.
                if let application = expectation.application, declarations.ruleNumbers[expectation.rule.text] != nil {
                    resolve(application, file, [], counting: &ignored)
                }
                resolveTestedRule(expectation.rule, file.file)
                for path in expectation.missing ?? [] {
                    // A field of an element (`tjenester[0].lov`) is checked against the fact's type.
                    if path.text.contains("[") { resolveElementPath(path, file.file) } else { resolveFactName(path, file.file) }
                }
            }
        }
    }

    mutating func resolveFactName(_ path: Path, _ file: SourceFile) {
        if declarations.factSlots[path.text] != nil {
            resolution.headerUses.append((.fact(path.text), file, path.range))
        } else {
            diagnostics.append(declarations.unknownName(path, file, locals: []))
        }
    }

    mutating func resolveElementPath(_ path: Path, _ file: SourceFile) {
        guard declarations.casePath(path.text) == nil else { return }
        report(.unknownName, CaseMessages.unknownPath(path.text), file, path.range)
    }

    mutating func resolveTestedRule(_ rule: Path, _ file: SourceFile) {
        if declarations.ruleNumbers[rule.text] != nil {
            resolution.headerUses.append((.rule(rule.text), file, rule.range))
        } else if unknownTestRules.insert(rule.text).inserted {
            report(.unknownRuleInTest, TestMessages.unknownRule(rule.text), file, rule.range,
                   suggesting: Suggest.closest(to: rule.text, among: declarations.ruleNames))
        }
    }

    /// Resolves the names in `expression`; `locals` are the quantifier variables in scope, and
    /// `uses` collects the rules it names.
    mutating func resolve(_ expression: Expression, _ file: CheckedFile, _ locals: [String], counting uses: inout Set<Int>) {
        switch expression.kind {
        case .path(let path):
            let resolved = resolve(path, locals)
            switch resolved {
            case .rule(let number): uses.insert(number)
            case .fact(let slot, _): resolution.usedFacts.insert(slot)
            default: break
            }
            resolution.names[file.unit, expression.id] = resolved
        case .call(let name, let arguments):
            // A rule may not be named like a built-in (R0316), so the order of these two tests changes nothing.
            if let builtin = Builtin.named(name.text) {
                resolution.names[file.unit, expression.id] = .builtin(builtin)
            } else if let number = declarations.ruleNumbers[name.text] {
                resolution.names[file.unit, expression.id] = .ruleCall(number)
                uses.insert(number)
            } else {
                let rulesWithParameters = declarations.ruleNames.indices.filter { !declarations.parameters(ofRule: $0).isEmpty }
                report(.unknownFunction, CheckingMessages.unknownFunction(name.text), file.file, name.range,
                       suggesting: Suggest.closest(to: name.text, among: Builtin.names + rulesWithParameters.map { declarations.ruleNames[$0] }))
            }
            for argument in arguments { resolve(argument, file, locals, counting: &uses) }
        case .quantifier(_, let variable, let list, let condition):
            resolve(list, file, locals, counting: &uses)
            if let condition { resolve(condition, file, locals + [variable.text], counting: &uses) }
        case .comprehension(let value, let variable, let list, let condition):
            resolve(list, file, locals, counting: &uses)
            for inner in [value] + (condition.map { [$0] } ?? []) { resolve(inner, file, locals + [variable.text], counting: &uses) }
        default:
            for child in expression.children { resolve(child, file, locals, counting: &uses) }
        }
    }

    /// A quantifier's variable hides everything else; then the longest prefix that names a fact,
    /// then a rule, an enumeration value, `vurderingsdato`.
    func resolve(_ path: Path, _ locals: [String]) -> Resolved {
        let components = path.components
        guard let first = components.first else { return .unknown(locals: locals) }
        if let local = locals.lastIndex(of: first.text) { return .local(local) }
        if components.count == 1 {
            if let slot = declarations.factSlots[first.text] { return .fact(slot: slot, length: 1) }
        } else {
            var prefix = ""
            var prefixes: [String] = []
            for component in components {
                prefix += prefixes.isEmpty ? component.text : "." + component.text
                prefixes.append(prefix)
            }
            for length in stride(from: components.count, through: 1, by: -1) {
                if let slot = declarations.factSlots[prefixes[length - 1]] { return .fact(slot: slot, length: length) }
            }
        }
        if let number = declarations.ruleNumbers[first.text] { return .rule(number) }
        if components.count == 1, let candidates = declarations.enumValues[first.text] { return .enumerationValue(candidates) }
        if components.count == 1 && first.text == "vurderingsdato" { return .vurderingsdato }
        return .unknown(locals: locals)
    }
}

extension Declarations {
    /// A place below a fact (`tjenester[0].lov`), as `CasePath` reads it; nil when it names none.
    func casePath(_ text: String) -> CasePath? {
        CasePath.parse(text) { name in factSlots[name].map { ($0, facts[$0].type) } }
    }

    /// The diagnostic for a name that refers to nothing, with the closest name as a suggestion.
    /// Where a value of an enumeration is expected, its values are the useful answer.
    func unknownName(_ path: Path, _ file: SourceFile, locals: [String], expected: ValueType? = nil) -> Diagnostic {
        func diagnostic(_ message: String, _ suggestion: String?) -> Diagnostic {
            Diagnostic(.unknownName, message, file: file, range: path.range,
                       fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
        }
        let candidates = facts.map(\.name) + ruleNames + Array(enumValues.keys) + locals + ["vurderingsdato"]
        // An enumeration whose values could not be read (already reported) has none to offer.
        if case .enumeration(let type) = expected, path.components.count == 1, !type.values.isEmpty {
            let suggestion = Suggest.closest(to: path.text, among: type.values) ?? Suggest.closest(to: path.text, among: candidates)
            return diagnostic(CheckingMessages.notAnEnumValue(path.text, type), suggestion)
        }
        // `Nei`, `JA`: the words for values are written in small letters.
        if path.components.count == 1, ["ja", "nei", "ukjent"].contains(path.text.lowercased()) {
            let word = path.text.lowercased()
            return Diagnostic(.unknownName, CheckingMessages.capitalisedValue(path.text, word), file: file, range: path.range,
                              fix: FixIt(message: CheckingMessages.write(word), replacement: word))
        }
        return diagnostic(CheckingMessages.unknownName(path.text), Suggest.closest(to: path.text, among: candidates))
    }
}
