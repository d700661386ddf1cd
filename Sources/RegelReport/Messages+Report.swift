/// Norwegian texts of the decision report (`regel forklar --html`) and the rule library site
/// (`regel dokumenter`), in one place.
package enum ReportMessages {
    // MARK: Every page

    static let skipToContent = "Hopp til innholdet"

    // MARK: Decision report

    static func reportTitle(_ rules: [String]) -> String {
        rules.count == 1 ? "Vurdering: \(rules[0])" : "Vurdering etter \(rules.count) regler"
    }
    static let assessmentDate = "Vurderingsdato"
    static let ruleSet = "Regelsett (fingeravtrykk)"
    static let versionLabel = "Versjon"
    static func versions(program: String, language: String) -> String { "regel \(program), regelspråk \(language)" }
    static func footer(program: String, language: String, fingerprint: String) -> String {
        "Laget med regel \(program) (regelspråk \(language)) fra regelsettet \(fingerprint). Vurderingen gjelder "
            + "opplysningene i tabellen over; nye eller endrede opplysninger kan gi et annet svar."
    }
    static let unfoldAll = "Vis alle steg"
    static let foldAll = "Skjul alle steg"
    static let questionLabel = "Spørsmål:"
    static func question(_ rule: String, isTruth: Bool) -> String {
        isTruth ? "Er vilkårene i «\(rule)» oppfylt på vurderingsdatoen?" : "Hva blir «\(rule)» på vurderingsdatoen?"
    }
    static let hjemmelLabel = "Hjemmel:"
    static let answerLabel = "Svar:"
    static let whyHeading = "Hvorfor"
    static let noExplanation = "Regelen har ingen forklaring for denne saken."
    static let missingHeading = "Dette mangler for å avgjøre saken"
    static func treeTooDeep(_ depth: Int) -> String { "Forklaringen går dypere enn \(depth) nivåer; resten er utelatt." }
    static func version(_ validity: String, enactedBy: String?) -> String {
        "Versjonen som \(validity)" + (enactedBy.map { ", innført ved \($0)" } ?? "") + "."
    }
    static func notEncodedPeriod(_ period: String, note: String?) -> String {
        "Ikke kodet \(period): loven gjaldt, men regelen koder den ikke" + (note.map { " (\($0))" } ?? "") + "."
    }
    static func inForcePeriod(_ period: String, enactedBy: String?) -> String {
        "Regelen er i kraft \(period)" + (enactedBy.map { ", innført ved \($0)" } ?? "") + "."
    }
    static let neverInForce = "Ingen versjon av regelen er i kraft på noen dag."
    static func period(from: String?, to: String?) -> String {
        switch (from, to) {
        case let (from?, to?): return "fra \(from) til og med \(to)"
        case let (from?, nil): return "fra \(from)"
        case let (nil, to?): return "til og med \(to)"
        case (nil, nil): return "hele tiden"
        }
    }
    static func onTheDate(_ value: String) -> String { "\(value) på vurderingsdatoen" }
    static let fact = "faktum"
    static let judgement = "vurdering"
    static let notGiven = "ikke oppgitt"
    static let judgementNotMade = "vurdering ikke gjort"
    static let exception = "unntak"
    static let applies = "gjelder"
    static let doesNotApply = "gjelder ikke"
    static let unresolved = "uavklart"
    static let givenHeading = "Opplysninger i saken"
    static let nothingGiven = "Saken har ingen opplysninger."
    static let judgementNote = "Opplysninger merket «vurdering» er faglige skjønn gjort av saksbehandleren, ikke fakta som kan dokumenteres."
    static let givenColumns = ["Opplysning", "Verdi", "Spørsmål"]

    // MARK: Hva skal til

    static func whatWouldChangeHeading(_ target: String) -> String { "Hva skal til for at svaret blir «\(target)»" }
    static let noAlternatives = "Ingen endring av opplysningene som kan endres, gir dette svaret."
    static let searchCutNothingFound = "Søket ble avbrutt før det fant en endring som gir dette svaret."
    static let searchCut = "Søket ble avbrutt ved grensen for tid eller størrelse; det kan finnes flere muligheter."
    static func explanationAfterChange(_ rule: String) -> String { "Forklaringen av «\(rule)» med disse endringene" }
    static func changeFact(from: String?, to: String) -> String {
        from.map { "hvis verdien var \(to) i stedet for \($0)" } ?? "hvis det ble oppgitt at verdien er \(to)"
    }
    static func reconsider(from: String?, to: String) -> String {
        from.map { "hvis vurderingen på nytt ble \(to) (nå \($0))" } ?? "hvis vurderingen ble gjort, med resultatet \(to)"
    }
}
