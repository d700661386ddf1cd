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
    /// The whole tree; `wording` includes the statute text of each hjemmel once.
    public static func render(_ explanation: Explanation, wording: Bool = true) -> String {
        var lines: [String] = []
        var shownWording = Set<String>()
        render(explanation, depth: 0, into: &lines, wording: wording, shown: &shownWording)
        return lines.joined(separator: "\n")
    }

    static func render(_ step: Explanation, depth: Int, into lines: inout [String], wording: Bool, shown: inout Set<String>) {
        let indent = String(repeating: "  ", count: depth)
        lines.append(indent + headline(step))
        switch step.kind {
        case .rule(_, let hjemmel), .exception(let hjemmel):
            if !hjemmel.isEmpty { lines.append(indent + "  hjemmel: " + hjemmel.map(\.citation).joined(separator: "; ")) }
            if let validity = step.validity { lines.append(indent + "  (versjonen som \(validity))") }
            if wording {
                for item in hjemmel {
                    guard let text = item.wording, let name = item.lovtekstName, shown.insert(name).inserted else { continue }
                    lines.append(indent + "  lovtekst (\(item.citation)):")
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false) { lines.append(indent + "    » " + line) }
                }
            }
        default: break
        }
        for child in step.children { render(child, depth: depth + 1, into: &lines, wording: wording, shown: &shown) }
    }

    static func headline(_ step: Explanation) -> String {
        let value = step.value.displayText
        switch step.kind {
        case .rule(let name, _):
            if case .notInForce = step.value { return "\(name): ikke i kraft på vurderingsdatoen  (\(step.location))" }
            return "\(name) = \(value)  (\(step.location))"
        case .fact(let name):
            return step.value == .unknown ? "\(name): ikke oppgitt" : "\(name) = \(value) (oppgitt)"
        case .judgement(let name):
            return step.value == .unknown ? "\(name): vurdering ikke gjort" : "\(name) = \(value) (faglig vurdering)"
        case .hvis:
            return "\(step.text)  → \(value)"
        case .exception:
            let state = step.value == .truth(true) ? "gjelder" : step.value == .truth(false) ? "gjelder ikke" : "uavklart"
            return "unntak: \(step.text) — \(state)  (\(step.location))"
        case .condition:
            return "«\(oneLine(step.text))» = \(value)"
        }
    }

    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmingPrefixBlanks() }.joined(separator: " ")
    }
}

extension Substring {
    func trimmingPrefixBlanks() -> Substring { drop { $0 == " " } }
}
