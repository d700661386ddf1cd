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
            if let validity = step.validity { lines.append(indent + ExplanationMessages.version(validity)) }
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
