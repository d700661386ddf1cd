/// The reserved words of Regel: the one keyword table.
///
/// Words that only mean something in one place (type names such as `tall`,
/// duration units, `ledd` and `bokstav` in a hjemmel) are contextual and stay
/// usable as names; they are listed in `ContextualWord`.
public enum Keyword: String, CaseIterable, Sendable {
    case alle, antall, av, der, eller, ellers, en, ett, faktum, forvent, `for`, fra
    case gir, gitt, gjelder, hjemmel, hvis, i, ikke, importer, ja, kilde, liste, lovtekst
    case mangler, minst, nei, noen, når, og, regel, spørsmål, test, til, type, ukjent
    case unntak, veiledning, verdi, vurdering

    /// Declaration keywords: where recovery restarts after an error.
    static let declarationStarts: Set<Keyword> = [.faktum, .vurdering, .regel, .unntak, .lovtekst, .type, .test, .importer]

    package static let byText: [String: Keyword] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
}

/// Words with a meaning only in one position; everywhere else they are names.
package enum ContextualWord {
    package static let typeNames: Set<String> = ["tall", "tekst", "dato", "varighet"]
    package static let ordinals: [String: Int] = [
        "første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
        "sjuende": 7, "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10,
    ]
    static let ledd = "ledd", bokstav = "bokstav", nummer = "nr", punktum = "punktum", kraft = "kraft"
    /// `ikke kodet …` (a rule clause and a test's expectation), `innført ved "…"` and `hjemmel etter …`.
    static let kodet = "kodet", innført = "innført", ved = "ved", etter = "etter"
}
