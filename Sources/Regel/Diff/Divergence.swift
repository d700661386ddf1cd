/// Where two explanations of one decision part ways: the first vilkår whose outcome differs,
/// found by walking both trees from the rule down. Children are paired by their source text; a
/// pair with different values is followed down, and where none is left the cause is a vilkår
/// that was edited, added or removed (its text is not in the other rule set's version of the rule),
/// or else the step itself.
struct Divergence: Sendable, Hashable {
    /// The vilkår's source text on one line, or the rule's name.
    let condition: String
    /// Where it is written (`fil:linje`), in the new rule set when it is there.
    let location: String

    /// A safeguard only: each step goes one level down a finite tree, and a chain of 100 000 rules is
    /// 200 000 levels deep.
    static let maxSteps = 1_000_000

    /// The texts of each rule's declarations, by rule name, to tell an edited vilkår from one that
    /// is only hidden (a `nei` shows only the vilkår that failed).
    struct RuleTexts: Sendable {
        let texts: [String: String]

        init(_ program: CompiledRuleSet) {
            var texts: [String: String] = [:]
            for rule in program.rules {
                let versions = rule.versions.map { $0.file.text($0.range) } + rule.exceptions.map { $0.file.text($0.range) }
                texts[rule.name] = versions.joined(separator: "\n")
            }
            self.texts = texts
        }

        /// Whether `text` stands in the rule's source, not as part of a longer name (`r4` in `r45`).
        func contains(_ text: String, in rule: String) -> Bool {
            guard let source = texts[rule], !text.isEmpty else { return false }
            var searchRange = source.startIndex..<source.endIndex
            while let found = source.range(of: text, range: searchRange) {
                let before = found.lowerBound == source.startIndex ? nil : source[source.index(before: found.lowerBound)]
                let after = found.upperBound == source.endIndex ? nil : source[found.upperBound]
                if !Self.continues(before) && !Self.continues(after) { return true }
                searchRange = source.index(after: found.lowerBound)..<source.endIndex
            }
            return false
        }

        /// A character that would make the match part of a longer name.
        static func continues(_ character: Character?) -> Bool {
            guard let character else { return false }
            return character.isLetter || character.isNumber || character == "_" || character == "."
        }
    }

    static func find(old: Explanation?, new: Explanation?, oldTexts: RuleTexts, newTexts: RuleTexts) -> Divergence {
        guard var left = old, var right = new else {
            let step = new ?? old
            return Divergence(condition: step.map { ExplanationText.oneLine($0.text) } ?? "", location: step?.location ?? "")
        }
        var rule = ruleName(right) ?? ""
        for _ in 0..<maxSteps {
            var unmatched = right.children
            var differing: (Explanation, Explanation)?
            var unmatchedOld: [Explanation] = []
            for child in left.children {
                if let index = unmatched.firstIndex(where: { $0.text == child.text }) {
                    let match = unmatched.remove(at: index)
                    if differing == nil && !DecisionKey(child.value).matches(DecisionKey(match.value)) { differing = (child, match) }
                } else {
                    unmatchedOld.append(child)
                }
            }
            if let (nextLeft, nextRight) = differing {
                left = nextLeft
                right = nextRight
                rule = ruleName(right) ?? rule
                continue
            }
            // Of several rewritten vilkår, the one that carries the step's outcome comes first.
            let edited = carrying(right, unmatched.filter { !oldTexts.contains($0.text, in: rule) })
            let replaced = carrying(left, unmatchedOld.filter { !newTexts.contains($0.text, in: rule) })
            // A vilkår rewritten in place: follow both versions down to the part that was rewritten.
            if let edited, let replaced, !DecisionKey(edited.value).matches(DecisionKey(replaced.value)) {
                left = replaced
                right = edited
                continue
            }
            if let step = edited ?? replaced { return Divergence(step) }
            return Divergence(unmatched.first ?? right)
        }
        return Divergence(right)
    }

    /// The first of `steps` with the same outcome as `parent`, or else the first.
    static func carrying(_ parent: Explanation, _ steps: [Explanation]) -> Explanation? {
        steps.first { DecisionKey($0.value).matches(DecisionKey(parent.value)) } ?? steps.first
    }

    init(condition: String, location: String) {
        self.condition = condition
        self.location = location
    }

    init(_ step: Explanation) {
        self.init(condition: ExplanationText.oneLine(step.text), location: step.location)
    }

    static func ruleName(_ step: Explanation) -> String? {
        if case .rule(let name, _) = step.kind { return name }
        return nil
    }
}

/// A result as the diff compares it across two rule sets: values of enumerations and records are
/// compared by their text, since each rule set has its own types.
struct DecisionKey: Hashable, Sendable {
    let text: String

    init(_ value: Value) {
        switch value {
        case .notInForce: text = Value.notInForce("").displayText
        default: text = value.displayText
        }
    }

    func matches(_ other: DecisionKey) -> Bool { text == other.text }
}
