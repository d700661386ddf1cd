import Regel
/// An interview about one rule: asks only for facts that can still change the answer,
/// one at a time, until the rule is decided or nothing more can be asked.
struct Interview {
    let target: Fragment
    /// Facts the user chose not to answer («vet ikke»).
    var skipped: Set<String> = []
    /// The fact asked about now.
    var current: MissingFact?

    static let skipWords: Set<String> = ["vet ikke", "hopp over", "?", "skip"]
    static let stopWords: Set<String> = ["avbryt", "stopp", "cancel"]
}

extension ReplSession {
    func startInterview(_ target: Fragment, input: String) -> String {
        switch outcome(for: target) {
        case .failure(let problems): return InputDiagnostics.render(problems.items, input: input)
        case .success(let outcome):
            guard outcome.value == .unknown else {
                return SessionMessages.alreadyDecided(target.text) + OutcomeText.render(outcome, explain: true)
            }
            guard !outcome.missing.isEmpty else { return MissingFactsText.render(outcome, name: target.text, vurderingsdato: vurderingsdato) }
            interview = Interview(target: target)
            return SessionMessages.interviewStart(target.text)
                + nextQuestion(after: outcome)
        }
    }

    /// One answer to the current question.
    func answer(_ line: String) -> String {
        guard let state = interview, let fact = state.current, let program else { return "" }
        let answer = SessionCommand.trimmed(Fragment(text: line, column: 0))
        if Interview.stopWords.contains(answer.text) { return cancel() }
        if answer.text.isEmpty { return SessionMessages.emptyAnswer + question(fact) }
        if Interview.skipWords.contains(answer.text) {
            interview?.skipped.insert(fact.name)
        } else {
            let value = answer.text == "ukjent" ? .success(.unknown) : readValue(answer, for: fact.name, input: line, program: program)
            switch value {
            case .failure(let problem):
                return problem.text + SessionMessages.tryAgain + question(fact)
            case .success(.unknown):
                interview?.skipped.insert(fact.name)
            case .success(let value):
                if let problem = remember(fact.name, value) { return problem + SessionMessages.tryAgain + question(fact) }
            }
        }
        switch outcome(for: state.target) {
        case .failure(let problems):
            interview = nil
            return InputDiagnostics.render(problems.items, input: state.target.text)
        case .success(let outcome):
            return nextQuestion(after: outcome)
        }
    }

    /// The next question, or the result when the rule is decided or nothing more can be asked.
    func nextQuestion(after outcome: Outcome) -> String {
        guard let state = interview else { return "" }
        guard outcome.value == .unknown else {
            interview = nil
            return SessionMessages.decided + OutcomeText.render(outcome, explain: true)
        }
        guard let next = outcome.missing.first(where: { !state.skipped.contains($0.name) }) else {
            interview = nil
            return SessionMessages.undecidedAfterSkipping + OutcomeText.render(outcome, explain: false)
        }
        interview?.current = next
        return question(next)
    }

    /// `barn.fødselsdato (dato, ÅÅÅÅ-MM-DD): Når er barnet født?`, with the guidance for a vurdering; for
    /// a field of an element, the element first: `tjenester[1].lov (…): tjeneste 2 (NAV-kontoret): Etter hvilken lov …?`.
    func question(_ fact: MissingFact) -> String {
        var header = fact.name + " (" + (fact.isJudgement ? SessionMessages.judgementLabel : "") + AnswerHint.text(for: fact.type) + ")"
        if let element = fact.element { header += ": " + element.text }
        if let question = fact.question { header += ": " + ExplanationText.oneLine(question) }
        if let guidance = fact.guidance { header += SessionMessages.guidanceLabel + ExplanationText.oneLine(guidance) }
        return header
    }
}
