/// Norwegian texts of the rule library site (`regel dokumenter`).
package enum SiteMessages {
    // MARK: Navigation and start page

    static let siteTitle = "Regelbiblioteket"
    static let navigation = "Navigasjon"
    static let startLink = "Forside"
    static let hjemlerLink = "Lover og paragrafer"
    static let searchLink = "Søk"
    static let searchHeading = "Søk"
    static let searchLabel = "Søk etter regel, faktum, lovtekst, test eller paragraf"
    static let searchNoHits = "Ingen treff."
    static let searchHits = "N treff."
    static let searchWithoutScript = "Søket trenger JavaScript. Uten det finner du alt i listene under og på siden om lover og paragrafer."
    static let filesHeading = "Filer"
    static let fileColumns = ["Fil", "Regler", "Tester", "Vilkår sett ja og nei"]
    static let rulesHeading = "Alle regler"
    static let fileRulesHeading = "Regler"
    static let factsHeading = "Alle fakta og vurderinger"
    static func testSummary(passed: Int, failed: Int) -> String {
        "Testene: \(passed) besto, \(failed) feilet. Dekningen av vilkårene er målt med de samme testene."
    }
    static func testsCell(passed: Int, failed: Int) -> String { failed == 0 ? "\(passed) besto" : "\(passed) besto, \(failed) feilet" }
    static func percent(_ text: String) -> String { "\(text) %" }
    static func generatedBy(_ program: String, _ language: String, fingerprint: String) -> String {
        "Laget med regel \(program) (regelspråk \(language)) fra regelsettet \(fingerprint)."
    }

    // MARK: File page

    static func fileTitle(_ file: String) -> String { "Regler i \(file)" }
    static let openPointsHeading = "Åpne punkter"
    static let openPointsIntro = "Linjer merket [uavklart]: spørsmål kildene ikke avgjør, og valget reglene har gjort."
    static func line(_ number: Int) -> String { "linje \(number)" }
    static let statuteColumn = "Lovteksten"
    static let noStatuteText = "Filene har ingen lovtekst for denne hjemmelen."
    static let hjemmelLabel = "Hjemmel"
    static let noHjemmel = "ingen hjemmel"
    static let validityLabel = "Gjelder"
    static let caseHjemmelLabel = "Hjemmel i tilfellene"
    static let notEncodedLabel = "Ikke kodet"
    static let notEncodedOnlyWhen = "bare når"
    static func enactedBy(_ act: String) -> String { "innført ved \(act)" }
    static let typeLabel = "Type"
    static let usesLabel = "Bruker"
    static let usedByLabel = "Brukes av"
    static let notUsed = "ingen andre regler eller tester"
    static let testsLabel = "Tester"
    static let noTests = "Ingen test forventer noe av denne regelen."
    static let coverageLabel = "Dekning av vilkårene"
    static let coverageColumns = ["Linje", "Vilkår", "Ja", "Nei", "Ukjent"]
    static let seen = "sett"
    static let notSeen = "aldri"
    static func version(_ number: Int) -> String { "Versjon \(number)" }
    static func exceptionTitle(_ rule: String) -> String { "unntak for \(rule)" }
    static let exceptionsHeading = "Unntak"
    static let exceptionFor = "Unntak for"
    static let lovtekstHeading = "Lovtekst"
    static let lovtekstUsedBy = "Hjemmel for"
    static let factsOfFileHeading = "Fakta og vurderinger"
    static let factColumns = ["Navn", "Type", "Spørsmål", "Brukes av"]
    static let testsHeading = "Tester"
    static let testColumns = ["Test", "Linje", "Resultat", "Forventer"]
    static let passed = "bestått"
    static let failed = "feilet"
    static func expectedActual(_ rule: String, expected: String, actual: String) -> String {
        "\(rule): forventet \(expected), fikk \(actual)"
    }
    static func partialCoverage(_ count: Int) -> String { "\(count) vilkår er ikke sett både ja og nei" }
    static let noRules = "Filen har ingen regler."
    static let coverageHeading = "Dekning"
    static func coverageSummary(evaluated: Int, rules: Int, conditions: Int, yes: Int, no: Int) -> String {
        "Testene vurderer \(evaluated) av \(rules) regler. Av \(conditions) vilkår er \(yes) sett ja og \(no) sett nei."
    }

    // MARK: Hjemmel index

    static let hjemlerTitle = "Lover og paragrafer"
    static let hjemlerIntro = "Hvilke regler bygger på hvilken paragraf: hver hjemmel i reglene og unntakene, etter lov og paragraf."
    static let withoutSection = "Uten paragraf"
    static let encodedBy = "Regler og unntak"
    static let statuteTextFor = "Lovtekst"

    // MARK: Search index kinds

    static let kindRule = "regel"
    static let kindFact = "faktum"
    static let kindJudgement = "vurdering"
    static let kindLovtekst = "lovtekst"
    static let kindTest = "test"
    static let kindHjemmel = "paragraf"
}
