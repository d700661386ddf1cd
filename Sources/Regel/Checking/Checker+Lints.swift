/// Warnings: things that are allowed but probably not meant.
extension Checker {
    func lintUnusedFacts() {
        for (slot, fact) in facts.enumerated() where !usedFacts.contains(slot) {
            report(.unusedFact, CheckingMessages.unusedFact(fact.name, isJudgement: fact.isJudgement), fact.file, fact.range)
        }
    }

    /// A `hvis` whose condition repeats an earlier one, or follows `hvis ja:`, is never reached.
    func lintUnreachableCases(_ cases: [RuleCase], _ file: SourceFile) {
        var seen: [String: Int] = [:]
        var alwaysTrueLine: Int?
        for ruleCase in cases {
            let key = ruleCase.condition.canonicalText(file)
            let line = file.location(of: ruleCase.range.start).line
            if let earlier = alwaysTrueLine ?? seen[key] {
                report(.unreachableCase, CheckingMessages.unreachableCase(earlier), file, ruleCase.condition.range)
                continue
            }
            seen[key] = line
            if case .truth(true) = ruleCase.condition.kind { alwaysTrueLine = line }
        }
    }

    /// Two exceptions to one rule with different results may both apply,
    /// unless one's condition is the negation of the other's.
    func lintOverlappingExceptions(_ declarations: [(declaration: ExceptionDeclaration, file: SourceFile)]) {
        for (index, later) in declarations.enumerated() {
            for earlier in declarations[..<index] {
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
}

extension Expression {
    /// The source text with blanks normalised, to compare conditions.
    func canonicalText(_ file: SourceFile) -> String {
        file.text(range).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }

}

extension Checker {
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
        case .path(let path): return path.components.count == 1 && enumValues[path.text] != nil
        default: return false
        }
    }
}
