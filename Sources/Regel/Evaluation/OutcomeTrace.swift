import Synchronization

/// Where one result is in a recording, and its missing facts, worked out once when first read.
final class OutcomeTrace: Sendable {
    let tape: ExplanationTape
    /// The result's own step in the tape.
    let root: Int
    let search: RelevanceSearch?
    private let missing = Mutex<[MissingFact]?>(nil)

    init(tape: ExplanationTape, root: Int, search: RelevanceSearch?) {
        self.tape = tape
        self.root = root
        self.search = search
    }

    /// The facts that can still change an open result (see `RelevanceSearch`), in the order the
    /// rules mention them, each once.
    func missingFacts() -> [MissingFact] {
        missing.withLock { cached in
            if let cached { return cached }
            let candidates = tape.factsUnderOpenSteps(below: root)
            let relevant = search?.relevant(candidates)
            let found = candidates.filter { relevant?.contains($0) ?? true }.map { slot in
                let fact = tape.program.facts[slot]
                return MissingFact(name: fact.name, isJudgement: fact.isJudgement, question: fact.question,
                                   guidance: fact.guidance, type: fact.type)
            }
            cached = found
            return found
        }
    }
}
