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
            let slots = candidates.compactMap { if case .slot(let slot) = $0 { return slot } else { return nil } }
            let relevant = search?.relevant(slots)
            // Fields of elements are not searched: each is kept, so none that could change the result is left out.
            let found = candidates.compactMap { candidate -> MissingFact? in
                switch candidate {
                case .slot(let slot):
                    guard relevant?.contains(slot) ?? true else { return nil }
                    let fact = tape.program.facts[slot]
                    return MissingFact(name: fact.name, isJudgement: fact.isJudgement, question: fact.question,
                                       guidance: fact.guidance, type: fact.type)
                case .field(let index):
                    let field = tape.missingFields[index]
                    return MissingFact(name: field.path, isJudgement: false, question: field.question, guidance: nil, type: field.type,
                                       element: field.element)
                }
            }
            cached = found
            return found
        }
    }
}
