/// The last pass: warnings about what is allowed but probably not meant.
struct Lints: DiagnosticReporting {
    let declarations: Declarations
    var diagnostics: [Diagnostic] = []

    /// `filesWithParseErrors`: warnings there would mostly echo the errors. `unusedFacts`: an
    /// unused fact is often only the echo of a misspelt name, so it waits until there are no errors.
    static func run(_ declarations: Declarations, _ resolution: Resolution, filesWithParseErrors: Set<String>,
                    reportUnusedFacts: Bool) -> [Diagnostic] {
        var lints = Lints(declarations: declarations)
        for (number, name) in declarations.ruleNames.enumerated() {
            lints.reportUnusedParameters(number, resolution)
            for (declaration, file) in declarations.ruleVersions[number] {
                if declaration.hjemmel.isEmpty && !filesWithParseErrors.contains(file.file.name) {
                    lints.report(.missingHjemmel, CheckingMessages.missingHjemmel(name), file.file, declaration.name.range)
                }
                if case .cases(let cases, _) = declaration.body { lints.reportUnreachableCases(cases, file.file) }
            }
            let exceptions = declarations.exceptionsInOrder(to: name)
            for (exception, file) in exceptions where exception.condition != nil && exception.hjemmel.isEmpty
                && !filesWithParseErrors.contains(file.file.name) {
                lints.report(.missingHjemmel, CheckingMessages.exceptionWithoutHjemmel(name), file.file, exception.rule.range)
            }
            lints.reportOverlappingExceptions(exceptions.map { ($0.declaration, $0.file.file) })
        }
        if reportUnusedFacts { lints.reportUnusedFacts(resolution.usedFacts) }
        return lints.diagnostics
    }

    /// A parameter no version or exception of its rule reads: the rule gives the same for every argument.
    mutating func reportUnusedParameters(_ number: Int, _ resolution: Resolution) {
        let count = declarations.parameters(ofRule: number).count
        guard count > 0 else { return }
        var used = Set<Int>()
        let name = declarations.ruleNames[number]
        var roots = declarations.ruleVersions[number].flatMap { version in version.declaration.expressions.map { ($0, version.file) } }
        for (exception, file) in declarations.exceptions[name] ?? [] {
            roots += [exception.condition, exception.value].compactMap { $0 }.map { ($0, file) }
        }
        for (root, file) in roots {
            var stack = [root]
            while let expression = stack.popLast() {
                // Parameters are the first variables; a quantifier's own come after them.
                if case .local(let index)? = resolution.names[file.unit, expression.id], index < count { used.insert(index) }
                stack += expression.children
            }
        }
        for version in declarations.ruleVersions[number] {
            // A name given to two parameters is reported as declared twice (R0302), not also as unused.
            let names = version.declaration.parameters.map(\.name.text)
            for (index, parameter) in version.declaration.parameters.enumerated()
            where !used.contains(index) && names.filter({ $0 == parameter.name.text }).count == 1 {
                report(.unusedParameter, CheckingMessages.unusedParameter(parameter.name.text, name), version.file.file, parameter.name.range)
            }
        }
    }

    mutating func reportUnusedFacts(_ used: Set<Int>) {
        for (slot, fact) in declarations.facts.enumerated() where !used.contains(slot) {
            report(.unusedFact, CheckingMessages.unusedFact(fact.name, isJudgement: fact.isJudgement), fact.file, fact.range)
        }
    }

    /// A `hvis` whose condition repeats an earlier one, or follows `hvis ja:`, is never reached.
    mutating func reportUnreachableCases(_ cases: [RuleCase], _ file: SourceFile) {
        var seen: [String: Int] = [:]
        var alwaysTrueLine: Int?
        for ruleCase in cases {
            let key = ruleCase.condition.canonicalText(file)
            let line = file.location(of: ruleCase.range.start).line
            if let earlier = alwaysTrueLine ?? seen[key] {
                report(.unreachableCase, CheckingMessages.unreachableCase(earlier), file, ruleCase.condition.range)
                if let first = ruleCase.hjemmel.first, let last = ruleCase.hjemmel.last {
                    report(.hjemmelNeverChosen, CheckingMessages.hjemmelForUnreachableCase(earlier), file, first.range.union(last.range))
                }
                continue
            }
            seen[key] = line
            if case .truth(true) = ruleCase.condition.kind { alwaysTrueLine = line }
        }
    }

    /// Two exceptions to one rule with different results may both apply,
    /// unless one's condition is the negation of the other's.
    mutating func reportOverlappingExceptions(_ exceptions: [(declaration: ExceptionDeclaration, file: SourceFile)]) {
        for (index, later) in exceptions.enumerated() {
            for earlier in exceptions[..<index] {
                guard let a = earlier.declaration.condition, let b = later.declaration.condition else { continue }
                if excludes(a, earlier.file, b, later.file) { continue }
                let valueA = earlier.declaration.value.map { $0.canonicalText(earlier.file) } ?? "nei"
                let valueB = later.declaration.value.map { $0.canonicalText(later.file) } ?? "nei"
                let line = earlier.file.location(of: earlier.declaration.range.start).line
                let otherFile = earlier.file === later.file ? nil : earlier.file.name
                report(.overlappingExceptions,
                       CheckingMessages.overlappingExceptions(later.declaration.rule.text, line: line, file: otherFile,
                                                              sameValue: valueA == valueB),
                       later.file, later.declaration.rule.range,
                       notes: [DiagnosticNote(CheckingMessages.theOtherException, file: earlier.file, range: earlier.declaration.rule.range)])
            }
        }
    }

    /// True when one condition is `ikke` of the other, or both test one thing against different constants.
    func excludes(_ a: Expression, _ fileA: SourceFile, _ b: Expression, _ fileB: SourceFile) -> Bool {
        if case .not(let inner) = a.kind, inner.canonicalText(fileA) == b.canonicalText(fileB) { return true }
        if case .not(let inner) = b.kind, inner.canonicalText(fileB) == a.canonicalText(fileA) { return true }
        if case .binary(.equal, let l1, let r1) = a.kind, case .binary(.equal, let l2, let r2) = b.kind,
           l1.canonicalText(fileA) == l2.canonicalText(fileB), isConstant(r1), isConstant(r2),
           r1.canonicalText(fileA) != r2.canonicalText(fileB) {
            return true
        }
        return false
    }

    func isConstant(_ expression: Expression) -> Bool {
        switch expression.kind {
        case .number, .text, .date, .duration, .truth: return true
        case .path(let path): return path.components.count == 1 && declarations.enumValues[path.text] != nil
        default: return false
        }
    }
}

extension Expression {
    /// The source text with blanks normalised, to compare conditions.
    func canonicalText(_ file: SourceFile) -> String {
        file.text(range).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

    /// The direct subexpressions.
    var children: [Expression] {
        switch kind {
        case .path, .number, .text, .date, .duration, .truth, .unknown, .invalid: return []
        case .list(let items): return items
        case .record(let fields): return fields.map(\.value)
        case .call(_, let arguments): return arguments
        case .member(let base, _), .negate(let base), .not(let base): return [base]
        case .binary(_, let left, let right), .membership(let left, let right), .index(let left, let right): return [left, right]
        case .logical(_, let operands), .conditionList(_, let operands): return operands
        case .quantifier(_, _, let list, let condition): return [list] + (condition.map { [$0] } ?? [])
        case .comprehension(let value, _, let list, let condition): return [list, value] + (condition.map { [$0] } ?? [])
        }
    }
}

extension RuleDeclaration {
    /// Every expression in the declaration: its body's, the one after `hjemmel etter` and the `når`
    /// of each `ikke kodet`. All of them may read the rule's parameters.
    package var expressions: [RegelSyntax.Expression] {
        body.expressions + (hjemmelTable.map { [$0.selector] } ?? []) + notEncoded.compactMap(\.condition)
    }
}

extension RuleBody {
    /// Every expression in the body, outermost only.
    package var expressions: [RegelSyntax.Expression] {
        switch self {
        case .condition(let expression), .value(let expression): return [expression]
        case .cases(let cases, let otherwise): return cases.flatMap { [$0.condition, $0.value] } + (otherwise.map { [$0] } ?? [])
        case .missing: return []
        }
    }
}
