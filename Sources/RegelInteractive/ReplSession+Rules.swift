import Regel
import Foundation

/// Evaluating rules and expressions, explaining them, and listing what is missing.
extension ReplSession {
    /// The outcome for a rule name or an expression, named as typed, or the diagnostics to show under the line.
    func outcome(for target: Fragment) -> Result<Outcome, DiagnosticList> {
        guard let program, let givenCase else { return .failure(DiagnosticList(items: [])) }
        // A rule with parameters is read as an expression, which says that it needs arguments.
        if let number = program.ruleNumber(target.text), program.rules[number].parameters.isEmpty {
            if !askedRules.contains(target.text) { askedRules.append(target.text) }
            return .success(program.evaluate(ruleNumber: number, in: givenCase))
        }
        return program.evaluateExpression(InputDiagnostics.padded(target), in: givenCase, sourceName: "inndata")
            .map { $0.named(target.text) }
    }

    func evaluate(_ target: Fragment, input: String, explain: Bool) -> String {
        if let elements = perElement(target, explain: explain) { return elements }
        switch outcome(for: target) {
        case .failure(let problems): return InputDiagnostics.render(problems.items, input: input)
        case .success(let outcome): return OutcomeText.render(outcome, explain: explain)
        }
    }

    func missing(_ target: Fragment, input: String) -> String {
        switch outcome(for: target) {
        case .failure(let problems): return InputDiagnostics.render(problems.items, input: input)
        case .success(let outcome): return MissingFactsText.render(outcome, name: target.text, vurderingsdato: vurderingsdato)
        }
    }

    /// Every rule with its hjemmel, by file; rules with no version in force are marked.
    func rulesText(_ program: CompiledRuleSet) -> String {
        var lines: [String] = []
        var currentFile = ""
        for rule in program.rules {
            if rule.file.name != currentFile {
                currentFile = rule.file.name
                lines.append((lines.isEmpty ? "" : "\n") + (currentFile as NSString).lastPathComponent + ":")
            }
            let hjemmel = rule.hjemmel.map(\.citation).joined(separator: "; ")
            let notEncoded = rule.notEncodedPeriod(on: vurderingsdato)
            let inForce = rule.isInForce(on: vurderingsdato) ? ""
                : notEncoded.map { $0.isConditional ? SessionMessages.ruleNotEncodedForSome : SessionMessages.ruleNotEncoded }
                    ?? SessionMessages.ruleNotInForce
            lines.append("  \(rule.name) — \(hjemmel.isEmpty ? SessionMessages.withoutHjemmel : hjemmel)\(inForce)")
        }
        return lines.isEmpty ? SessionMessages.noRules : lines.joined(separator: "\n")
    }

    /// `lagre test "navn" [til FIL]`: the rules asked about so far (all rules if none), with their current results.
    func saveTest(_ name: String, to file: String?) -> String {
        guard let program, let givenCase else { return "" }
        let rules = askedRules.compactMap(program.ruleNumber)
        let numbers = rules.isEmpty ? program.rulesWithoutParameters : rules
        let block = TestWriter.block(name: name, givenCase: givenCase, outcomes: numbers.map { program.evaluate(ruleNumber: $0, in: givenCase) })
        guard let file else { return block }
        let path = file.hasPrefix("/") ? file : (workingFolder as NSString).appendingPathComponent(file)
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        var text = existing ?? ""
        if !text.isEmpty { text += text.hasSuffix("\n") ? "\n" : "\n\n" }
        text += block + "\n"
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            return SessionMessages.cannotWrite(file)
        }
        return SessionMessages.wroteTest(name, expectations: numbers.count, file: file)
    }
}

/// What is still missing for a result, as a numbered list of questions.
enum MissingFactsText {
    static func render(_ outcome: Outcome, name: String, vurderingsdato: CalendarDate) -> String {
        if case .notInForce = outcome.value {
            return SessionMessages.notInForce(name, vurderingsdato)
        }
        if case .notEncoded = outcome.value {
            return SessionMessages.notEncoded(name, vurderingsdato)
        }
        guard !outcome.missing.isEmpty else {
            if outcome.value == .unknown { return SessionMessages.undecidable(name) }
            return SessionMessages.decided(name, outcome.value.displayText)
        }
        var lines = [ExplanationMessages.missingHeading(name)]
        for (index, fact) in outcome.missing.enumerated() {
            lines.append("  \(index + 1). " + MissingText.line(fact))
            if let guidance = fact.guidance { lines.append(SessionMessages.missingGuidanceLabel + ExplanationText.oneLine(guidance)) }
        }
        return lines.joined(separator: "\n")
    }
}
