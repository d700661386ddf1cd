/// Renders an explanation as Norwegian text a case worker can read aloud.
///
/// ```
/// rett_til_barnekoordinator = nei  (rett.regel:12)
///   hjemmel: pbrl § 2-5 c; hol § 7-2 a
///   fordi:
///   - barnet_er_under_18 = nei
///     ...
/// ```
public enum ExplanationText {
    /// Levels shown before a deeper part is cut off (a chain of thousands of rules).
    public static let maxDepth = 100

    /// The whole tree; `wording` includes the statute text of each hjemmel once.
    /// Walks with its own stack, and stops at `maxDepth` levels.
    public static func render(_ explanation: Explanation, wording: Bool = true) -> String {
        var lines: [String] = []
        var shown = Set<String>()
        var stack: [(step: Explanation, depth: Int)] = [(explanation, 0)]
        while let (step, depth) = stack.popLast() {
            let indent = String(repeating: "  ", count: depth)
            lines.append(indent + headline(step))
            lines += sourceLines(step, indent: indent, wording: wording, shown: &shown)
            if depth + 1 >= maxDepth && !step.children.isEmpty {
                lines.append(indent + ExplanationMessages.tooDeep(maxDepth, jsonDepth: ExplanationJSON.maxDepth))
                continue
            }
            for child in step.children.reversed() { stack.append((child, depth + 1)) }
        }
        return lines.joined(separator: "\n")
    }

    /// The hjemmel, the version's period and (once per text) the statute wording.
    static func sourceLines(_ step: Explanation, indent: String, wording: Bool, shown: inout Set<String>) -> [String] {
        var lines: [String] = []
        switch step.kind {
        case .rule(_, let hjemmel), .exception(let hjemmel):
            if !hjemmel.isEmpty { lines.append(indent + ExplanationMessages.hjemmel(hjemmel.map(\.citation))) }
            if let validity = step.validity {
                lines.append(indent + ExplanationMessages.version(validity + (step.enactedBy.map(ExplanationMessages.enactedBy) ?? "")))
            }
            if let without = step.withoutVersion { lines += periodLines(without).map { indent + $0 } }
            guard wording else { break }
            for item in hjemmel {
                guard let text = item.wording, let name = item.lovtekstName, shown.insert(name).inserted else { continue }
                lines.append(indent + ExplanationMessages.lovtekst(item.citation))
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(indent + "    » " + line) }
            }
        default: break
        }
        return lines
    }

    /// For a rule with no version on the date: the law not encoded, then when the rule is in force.
    static func periodLines(_ without: RuleWithoutVersion) -> [String] {
        var lines: [String] = []
        if let period = without.notEncoded {
            lines.append(ExplanationMessages.notEncodedPeriod(describe(from: period.from, to: period.to), note: period.note))
        }
        if without.inForce.isEmpty && without.notEncoded == nil { lines.append(ExplanationMessages.neverInForce) }
        for version in without.inForce {
            lines.append(ExplanationMessages.inForcePeriod(describe(from: version.from, to: version.to)
                + (version.enactedBy.map(ExplanationMessages.enactedBy) ?? "")))
        }
        return lines
    }

    static func describe(from: CalendarDate?, to: CalendarDate?) -> String {
        switch (from, to) {
        case (nil, nil): return ExplanationMessages.periodAlways
        case (let from?, nil): return ExplanationMessages.periodFrom(from)
        case (nil, let to?): return ExplanationMessages.periodTo(to)
        case (let from?, let to?): return ExplanationMessages.periodFromTo(from, to)
        }
    }

    /// The step's line; a rule applied to an element of a list, or a field of one, is led by the element.
    static func headline(_ step: Explanation) -> String {
        guard let element = step.element else { return plainHeadline(step) }
        return ExplanationMessages.elementRule(element.text, plainHeadline(step))
    }

    static func plainHeadline(_ step: Explanation) -> String {
        let value = step.value.displayText
        switch step.kind {
        case .rule(let name, _):
            if case .notInForce = step.value { return ExplanationMessages.ruleNotInForce(name, location: step.location) }
            if case .notEncoded = step.value { return ExplanationMessages.ruleNotEncoded(name, location: step.location) }
            return "\(name) = \(value)  (\(step.location))"
        case .fact(let name):
            return step.value == .unknown ? ExplanationMessages.factNotGiven(name) : ExplanationMessages.factGiven(name, value)
        case .judgement(let name):
            return step.value == .unknown ? ExplanationMessages.judgementNotMade(name) : ExplanationMessages.judgementMade(name, value)
        case .hvis:
            return "\(step.text)  → \(value)"
        case .exception:
            let state = step.value == .truth(true) ? ExplanationMessages.applies : step.value == .truth(false)
                ? ExplanationMessages.doesNotApply : ExplanationMessages.unresolved
            return ExplanationMessages.exception(step.text, state, location: step.location)
        case .condition:
            return ExplanationMessages.condition(oneLine(step.text), value)
        case .failedCalculation(let reason):
            return ExplanationMessages.failedCalculation(oneLine(step.text), reason, location: step.location)
        }
    }

    package static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingPrefixBlanks() }.joined(separator: " ")
    }
}

extension Substring {
    func trimmingPrefixBlanks() -> Substring { drop { $0 == " " } }
}
