import Foundation

/// Renders outcomes as JSON for hosts: the audit trail of a decision.
///
/// Schema version 1 (documented in docs/innebygging.md):
/// `{"skjema":"regel-forklaring","versjon":1,"regelsett":FINGERPRINT,"vurderingsdato":"ÅÅÅÅ-MM-DD",
///   "resultater":[{"regel","verdi","i_kraft","kodet","mangler":[{"navn","vurdering","spørsmål","veiledning","type","element"}],
///   "forklaring":STEG}]}` where STEG is
/// `{"type":"regel|faktum|vurdering|hvis|unntak|vilkår","tekst","verdi","sted","hjemmel":[…],"gyldighet","innført_ved","element","element_sti",
/// "i_kraft","kodet","i_kraft_perioder":[{"fra","til","innført_ved"}],"ikke_kodet":{"fra","til","merknad"},"steg":[STEG]}`.
/// `element` names the element of a list a rule was applied to («tjeneste 2 (NAV-kontoret)», counted from 1),
/// `element_sti` is its path in the case (`tjenester[1]`, counted from 0 as in JSON).
public enum ExplanationJSON {
    /// The `versjon` written in every document; it grows when a field changes meaning.
    public static let schemaVersion = 1

    /// One document for the outcomes of one case, keys sorted and indented, with the rule set's fingerprint and the vurderingsdato.
    public static func render(_ outcomes: [Outcome], program: CompiledRuleSet, vurderingsdato: CalendarDate) -> String {
        JSONText.encode(object(outcomes, program: program, vurderingsdato: vurderingsdato))
    }

    static func object(_ outcomes: [Outcome], program: CompiledRuleSet, vurderingsdato: CalendarDate) -> [String: Any] {
        [
            "skjema": "regel-forklaring",
            "versjon": schemaVersion,
            "regelsett": program.fingerprint,
            "vurderingsdato": vurderingsdato.description,
            "resultater": outcomes.map(object),
        ]
    }

    static func object(_ outcome: Outcome) -> [String: Any] {
        var result: [String: Any] = [
            "regel": outcome.rule,
            "verdi": value(outcome.value),
            "i_kraft": outcome.isInForce,
            "kodet": outcome.isEncoded,
            "mangler": outcome.missing.map { fact -> [String: Any] in
                var item: [String: Any] = ["navn": fact.name, "vurdering": fact.isJudgement, "type": fact.type.displayName]
                if let question = fact.question { item["spørsmål"] = question }
                if let guidance = fact.guidance { item["veiledning"] = guidance }
                if let element = fact.element { item["element"] = element.text }
                return item
            },
        ]
        if let explanation = outcome.explanation { result["forklaring"] = stepObject(explanation, depth: 0) }
        return result
    }

    /// A value as JSON: ja/nei as booleans, ukjent and ikke i kraft as null, the rest as their text.
    static func value(_ value: Value) -> Any {
        switch value {
        case .truth(let flag): return flag
        case .unknown, .notInForce, .notEncoded: return NSNull()
        case .text(let text): return text
        default: return value.displayText
        }
    }

    /// Steps nested deeper than this are cut off with `"forkortet": true`, so a chain of thousands of
    /// rules still gives a document every JSON reader can take.
    static let maxDepth = 200

    static func stepObject(_ step: Explanation, depth: Int) -> [String: Any] {
        var object: [String: Any] = ["tekst": step.text, "verdi": value(step.value), "sted": step.location]
        switch step.kind {
        case .rule(_, let hjemmel):
            object["type"] = "regel"
            object["hjemmel"] = hjemmel.map(hjemmelObject)
        case .exception(let hjemmel):
            object["type"] = "unntak"
            object["hjemmel"] = hjemmel.map(hjemmelObject)
        case .fact: object["type"] = "faktum"
        case .judgement: object["type"] = "vurdering"
        case .hvis: object["type"] = "hvis"
        case .condition: object["type"] = "vilkår"
        case .failedCalculation(let reason):
            object["type"] = "regnefeil"
            object["årsak"] = reason
        }
        if case .notInForce = step.value { object["i_kraft"] = false }
        if case .notEncoded = step.value { object["kodet"] = false }
        if let without = step.withoutVersion {
            object["i_kraft_perioder"] = without.inForce.map { version -> [String: Any] in
                var period = periodObject(from: version.from, to: version.to)
                if let act = version.enactedBy { period["innført_ved"] = act }
                return period
            }
            if let notEncoded = without.notEncoded {
                var period = periodObject(from: notEncoded.from, to: notEncoded.to)
                if let note = notEncoded.note { period["merknad"] = note }
                object["ikke_kodet"] = period
            }
        }
        if let element = step.element {
            object["element"] = element.text
            if let path = element.path { object["element_sti"] = path }
        }
        if let validity = step.validity { object["gyldighet"] = validity }
        if let act = step.enactedBy { object["innført_ved"] = act }
        if depth >= maxDepth && !step.children.isEmpty {
            object["forkortet"] = true
        } else if !step.children.isEmpty {
            object["steg"] = step.children.map { stepObject($0, depth: depth + 1) }
        }
        return object
    }

    static func periodObject(from: CalendarDate?, to: CalendarDate?) -> [String: Any] {
        var object: [String: Any] = [:]
        if let from { object["fra"] = from.description }
        if let to { object["til"] = to.description }
        return object
    }

    static func hjemmelObject(_ hjemmel: HjemmelInfo) -> [String: Any] {
        var object: [String: Any] = ["henvisning": hjemmel.citation]
        if let name = hjemmel.lovtekstName { object["lovtekst"] = name }
        if let wording = hjemmel.wording { object["ordlyd"] = wording }
        return object
    }
}
