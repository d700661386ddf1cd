import Foundation

/// Evaluates every case under two rule sets and reports the decisions that changed (see
/// `DecisionDiffReport`). Cases are read as `regel batch` reads them — JSON Lines or a folder of
/// case files, on all cores, a chunk at a time — so memory stays bounded however many there are.
///
/// ```swift
/// let runner = try DecisionDiffRunner(old: oldProgram, new: newProgram, options: BatchOptions())
/// let report = runner.run(lines: ["{\"fakta\":{…}}"])
/// print(report.changedCases)
/// ```
public struct DecisionDiffRunner: Sendable {
    /// The rule set before the change.
    public let old: CompiledRuleSet
    /// The rule set after the change.
    public let new: CompiledRuleSet
    /// How cases are read: `jobs`, `defaultDate`, `chunkSize`, `maxLineBytes`, and `rules` (the rules
    /// to compare; empty means every rule in both rule sets).
    public let options: BatchOptions
    /// How many example cases each group keeps.
    public let examplesPerGroup: Int
    let ruleNames: [String]
    let oldNumbers: [Int]
    let newNumbers: [Int]
    let oldReader: BatchEvaluator
    let newReader: BatchEvaluator
    let oldTexts: Divergence.RuleTexts
    let newTexts: Divergence.RuleTexts
    /// For each compared rule, whether the change can reach it (see `AffectedRules`).
    let affected: [Bool]

    /// A runner for two rule sets; throws when `options.rules` names a rule missing from either.
    public init(old: CompiledRuleSet, new: CompiledRuleSet, options: BatchOptions, examplesPerGroup: Int = 3) throws(RegelError) {
        // Every rule in both that has a value of its own: rules with parameters are compared through
        // the rules that apply them.
        let inNew = Set(new.rulesWithoutParameters.map { new.rules[$0].name })
        let names = options.rules.isEmpty ? old.rulesWithoutParameters.map { old.rules[$0].name }.filter(inNew.contains) : options.rules
        var oldNumbers: [Int] = [], newNumbers: [Int] = []
        for name in names {
            oldNumbers.append(try old.ruleNumber(for: name))
            newNumbers.append(try new.ruleNumber(for: name))
        }
        self.old = old
        self.new = new
        self.options = options
        self.examplesPerGroup = max(0, examplesPerGroup)
        self.ruleNames = names
        self.oldNumbers = oldNumbers
        self.newNumbers = newNumbers
        self.oldReader = BatchEvaluator(program: old, ruleNumbers: oldNumbers, options: options)
        self.newReader = BatchEvaluator(program: new, ruleNumbers: newNumbers, options: options)
        self.oldTexts = Divergence.RuleTexts(old)
        self.newTexts = Divergence.RuleTexts(new)
        self.affected = AffectedRules.find(old: old, new: new, oldTexts: oldTexts, newTexts: newTexts,
                                           pairs: zip(oldNumbers, newNumbers).map { ($0, $1) })
    }

    /// Compares cases given as JSON Lines strings (each one case, without its newline).
    public func run(lines: some Sequence<String>) -> DecisionDiffReport {
        var input = StringLineReader(base: lines.makeIterator())
        return run(&input)
    }

    /// Compares cases read as JSON Lines from a file descriptor (0 for standard input) until its end.
    public func run(fileDescriptor: Int32) -> DecisionDiffReport {
        var input = LineReader(descriptor: fileDescriptor, maxLineBytes: options.maxLineBytes)
        return run(&input)
    }

    /// Compares the `*.json` files of `folder`, sorted by name, each one case whose id is its file
    /// name. Throws when the folder cannot be listed.
    public func run(caseFolder folder: String) throws -> DecisionDiffReport {
        var input = try CaseFolderReader(folder: folder)
        return run(&input)
    }

    func run<Input: IteratorProtocol>(_ input: inout Input) -> DecisionDiffReport where Input.Element == BatchItem {
        let started = ContinuousClock.now
        let oldNames = Set(old.rules.map(\.name)), newNames = Set(new.rules.map(\.name))
        var report = DecisionDiffReport(rulesCompared: ruleNames,
                                        onlyInOld: old.rules.map(\.name).filter { !newNames.contains($0) },
                                        onlyInNew: new.rules.map(\.name).filter { !oldNames.contains($0) },
                                        examplesPerGroup: examplesPerGroup)
        let pipeline = ChunkPipeline(jobs: options.jobs, chunkSize: options.chunkSize) { [self] items, firstLine in
            var oldDates = DateCache(), newDates = DateCache()
            return items.enumerated().map { offset, item in
                compare(item, line: firstLine + offset, oldDates: &oldDates, newDates: &newDates)
            }
        }
        _ = pipeline.run(&input) { slices in
            for slice in slices { for comparison in slice { report.add(comparison) } }
            return true
        }
        let elapsed = ContinuousClock.now - started
        report.finish(seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        return report
    }

    /// One case read and evaluated under both rule sets.
    func compare(_ item: BatchItem, line: Int, oldDates: inout DateCache, newDates: inout DateCache) -> CaseComparison {
        let before = oldReader.decode(item, dates: &oldDates), after = newReader.decode(item, dates: &newDates)
        if case .success(let oldCase, let id, _) = before, case .success(let newCase, _, _) = after {
            return compare(oldCase, newCase, reference: .init(id: id?.text, line: line))
        }
        let reference = DecisionDiffReport.CaseReference(id: (before.id ?? after.id)?.text, line: line)
        var comparison = CaseComparison(reference: reference)
        comparison.failure = DecisionDiffReport.Failure(reference: reference, old: before.firstError, new: after.firstError)
        return comparison
    }

    /// The answers of the compared rules for one case read under both rule sets.
    func compare(_ oldCase: Case, _ newCase: Case, reference: DecisionDiffReport.CaseReference) -> CaseComparison {
        var comparison = CaseComparison(reference: reference)
        for index in ruleNames.indices where affected[index] {
            let before = old.value(ofRule: oldNumbers[index], in: oldCase), after = new.value(ofRule: newNumbers[index], in: newCase)
            let oldKey = DecisionKey(before), newKey = DecisionKey(after)
            if !oldKey.matches(newKey) {
                let oldExplanation = old.evaluate(ruleNumber: oldNumbers[index], in: oldCase).explanation
                let newExplanation = new.evaluate(ruleNumber: newNumbers[index], in: newCase).explanation
                let divergence = Divergence.find(old: oldExplanation, new: newExplanation, oldTexts: oldTexts, newTexts: newTexts)
                comparison.changes.append(.init(rule: index, from: oldKey.text, to: newKey.text, divergence: divergence,
                                                old: oldExplanation, new: newExplanation))
            } else if before == .unknown {
                // Still open on both sides: the questions to ask may have changed all the same.
                let missingBefore = old.evaluate(ruleNumber: oldNumbers[index], in: oldCase).missing.map(\.name)
                let missingAfter = new.evaluate(ruleNumber: newNumbers[index], in: newCase).missing.map(\.name)
                guard Set(missingBefore) != Set(missingAfter) else { continue }
                let added = missingAfter.filter { !missingBefore.contains($0) }, removed = missingBefore.filter { !missingAfter.contains($0) }
                comparison.missing.append(.init(rule: index, change: .init(reference: reference, added: added, removed: removed)))
            }
        }
        return comparison
    }
}

extension BatchEvaluator.Decoded {
    /// The case's id, whether or not it could be read.
    var id: BatchRecord.ID? {
        switch self {
        case .success(_, let id, _), .failure(let id, _): return id
        }
    }

    /// The first error as `feil[KODE] sti: melding`; nil when the case was read.
    var firstError: String? {
        if case .failure(_, let errors) = self { return errors.first?.description ?? "" }
        return nil
    }
}

extension BatchRecord.ID {
    /// The id as text, a number as written.
    var text: String {
        switch self {
        case .text(let text), .number(let text): return text
        }
    }
}
