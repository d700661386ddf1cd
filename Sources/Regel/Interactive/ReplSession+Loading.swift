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
            lines.append("reglene har feil (\(TextRenderer.summary(compilation.diagnostics))); rett dem og skriv «last»"
                         + (typedFacts.isEmpty ? "" : "; faktaene du har gitt, er tatt vare på"))
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
                lines.append("glemte \(name) = \(value.sourceText): \(problems.items.first?.message ?? "passer ikke lenger")")
            }
        }
        typedFacts = kept
        givenCase = newCase
        let files = compilation.files.count
        let summary = "\(files) \(files == 1 ? "fil" : "filer"), \(newProgram.rules.count) regler, \(newProgram.facts.count) fakta og vurderinger"
        if firstTime {
            lines.insert("Regel – utforsk en sak etter reglene. Skriv «hjelp» for kommandoene og «avslutt» for å gå ut.", at: 0)
            lines.append("leste \(summary)")
            lines.append("vurderingsdato = \(vurderingsdato) (i dag; endre med «vurderingsdato = ÅÅÅÅ-MM-DD»)")
        } else {
            lines.append("leste reglene på nytt: \(summary)" + (kept.isEmpty ? "" : "; beholdt \(FactCount.text(kept.count))"))
        }
        return lines.joined(separator: "\n")
    }
}
