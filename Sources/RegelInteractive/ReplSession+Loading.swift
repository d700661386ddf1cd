import Regel
/// Reading the rules, at the start and again with `last`.
extension ReplSession {
    /// Compiles the files and moves the typed facts over to the new rule set. When the files
    /// have errors, the facts are kept for the next `last`.
    func load() -> String {
        let firstTime = startText.isEmpty
        let compilation = RegelCompiler.compile(paths: paths)
        var lines: [String] = []
        if !compilation.diagnostics.isEmpty {
            lines.append(TextRenderer().render(compilation.diagnostics))
        }
        guard let newProgram = compilation.program else {
            givenCase = nil
            lines.append(SessionMessages.reloadFailed(TextRenderer.summary(compilation.diagnostics), keptFacts: !typedFacts.isEmpty))
            return lines.joined(separator: "\n")
        }
        var newCase = newProgram.makeCase(vurderingsdato: vurderingsdato)
        var kept: [(name: String, value: Value)] = []
        for (name, value) in typedFacts {
            // Read back from text: the new rules may declare the fact's type anew.
            switch newProgram.parseValue(value.sourceText, forFact: name) {
            case .success(let newValue):
                newCase.store(name, newValue)
                kept.append((name, newValue))
            case .failure(let problems):
                lines.append(SessionMessages.forgotFact(name, value.sourceText, problems.items.first?.message))
            }
        }
        typedFacts = kept
        givenCase = newCase
        let files = compilation.files.count
        let summary = SessionMessages.loadSummary(files: files, rules: newProgram.rules.count, facts: newProgram.facts.count)
        if firstTime {
            lines.insert(SessionMessages.welcome, at: 0)
            lines.append(SessionMessages.loaded(summary))
            lines.append(SessionMessages.defaultDate(vurderingsdato))
        } else {
            lines.append(SessionMessages.reloaded(summary, kept: kept.isEmpty ? nil : FactCount.text(kept.count)))
        }
        return lines.joined(separator: "\n")
    }
}
