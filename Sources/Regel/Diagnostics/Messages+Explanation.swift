import RegelSyntax

/// Norwegian texts for explanations and outcomes (`regel vurder`, `forklar`, the REPL).
package enum ExplanationMessages {
    static func tooDeep(_ depth: Int, jsonDepth: Int) -> String {
        "  … forklaringen går dypere enn \(depth) nivåer; resten er utelatt (JSON-forklaringen viser \(jsonDepth) nivåer)"
    }
    static func hjemmel(_ citations: [String]) -> String { "  hjemmel: " + citations.joined(separator: "; ") }
    static func version(_ validity: String) -> String { "  (versjonen som \(validity))" }
    static func lovtekst(_ citation: String) -> String { "  lovtekst (\(citation)):" }

    // Headlines of explanation steps.
    static func ruleNotInForce(_ name: String, location: String) -> String {
        "\(name): ikke i kraft på vurderingsdatoen  (\(location))"
    }
    static func ruleNotEncoded(_ name: String, location: String) -> String {
        "\(name): ikke kodet på vurderingsdatoen  (\(location))"
    }
    /// The law not encoded: `ikke kodet til og med 2022-07-31: …`.
    static func notEncodedPeriod(_ period: String, note: String?) -> String {
        "  ikke kodet \(period)" + (note.map { ": \($0)" } ?? "") + " — loven gjaldt, men regelen sier ikke hva den sa"
    }
    /// When a rule is in force: `i kraft fra 2022-08-01 (innført ved …)`.
    static func inForcePeriod(_ period: String) -> String { "  i kraft \(period)" }
    static let neverInForce = "  ingen versjon av regelen er i kraft på noen dag"
    static func enactedBy(_ act: String) -> String { ", innført ved \(act)" }
    static func periodFrom(_ from: CalendarDate) -> String { "fra \(from)" }
    static func periodTo(_ to: CalendarDate) -> String { "til og med \(to)" }
    static func periodFromTo(_ from: CalendarDate, _ to: CalendarDate) -> String { "fra \(from) til og med \(to)" }
    static let periodAlways = "hele tiden"
    static func factNotGiven(_ name: String) -> String { "\(name): ikke oppgitt" }
    static func factGiven(_ name: String, _ value: String) -> String { "\(name) = \(value) (oppgitt)" }
    static func judgementNotMade(_ name: String) -> String { "\(name): vurdering ikke gjort" }
    static func judgementMade(_ name: String, _ value: String) -> String { "\(name) = \(value) (faglig vurdering)" }
    static func noWordingInForce(_ lovtekst: String) -> String { "\(lovtekst) (ingen versjon av lovteksten gjelder på vurderingsdatoen)" }
    static let applies = "gjelder"
    static let doesNotApply = "gjelder ikke"
    static let unresolved = "uavklart"
    static func exception(_ text: String, _ state: String, location: String) -> String {
        "unntak: \(text) — \(state)  (\(location))"
    }
    static func condition(_ text: String, _ value: String) -> String { "«\(text)» = \(value)" }
    static func failedCalculation(_ text: String, _ reason: String, location: String) -> String {
        "«\(text)» = ukjent: \(reason)  (\(location))"
    }
    static func operands(_ values: [String]) -> String { " (verdiene var \(values.joined(separator: " og ")))" }

    // Elements of lists.
    static let elementWord = "element"
    static func element(_ kind: String, _ number: Int, _ name: String?) -> String {
        "\(kind) \(number)" + (name.map { " (\($0))" } ?? "")
    }
    static func elementRule(_ element: String, _ headline: String) -> String { "\(element): \(headline)" }

    // Validity of a rule version.
    static func validFrom(_ from: CalendarDate) -> String { "gjelder fra \(from)" }
    static func validTo(_ to: CalendarDate) -> String { "gjelder til \(to)" }
    static func validFromTo(_ from: CalendarDate, _ to: CalendarDate) -> String { "gjelder fra \(from) til \(to)" }

    // Outcomes.
    static func notInForce(_ rule: String) -> String { "\(rule): ikke i kraft på vurderingsdatoen" }
    static func notEncoded(_ rule: String) -> String { "\(rule): ikke kodet på vurderingsdatoen (loven gjaldt, men regelen koder den ikke)" }
    package static func missingHeading(_ rule: String) -> String { "mangler for å avgjøre «\(rule)»:" }
    static let judgementMark = " (faglig vurdering)"
}
