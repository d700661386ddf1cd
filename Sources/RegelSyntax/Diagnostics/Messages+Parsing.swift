/// Norwegian texts for problems found while reading declarations and expressions.
package enum ParsingMessages {
    /// What the parser expected, the `X` of «forventet X i Y, men fant Z».
    enum Expected {
        static let colon = "«:»"
        static let colonAndType = "«:» og en type"
        static let type = "en type (ja/nei, tall, tekst, dato, varighet, liste av …, en av … eller et typenavn)"
        static let fileName = "filnavnet i anførselstegn"
        static let testName = "testens navn i anførselstegn"
        static let ettAv = "«ett av:» etter «minst»"
        static let avAfterMinstEtt = "«av:» etter «minst ett»"
        static let avAfterEn = "«av» etter «en»"
        static let avAfterListe = "«av» etter «liste»"
        static let slashNei = "«/nei»"
        static let neiAfterJaSlash = "«nei» etter «ja/»"
        static let nameAfterDot = "et navn etter «.»"
        static let letterAfterBokstav = "en bokstav etter «bokstav»"
        static let numberAfterNr = "et nummer etter «nr.»"
        static let colonAndValueInHvis = "«:» og verdien etter vilkåret i «hvis»"
        static func fraOrTil(after words: String) -> String { "«fra» eller «til» etter «\(words)»" }
        static let colonAndHjemmel = "«:» og hjemmelen etter verdien"
        static let date = "en dato (ÅÅÅÅ-MM-DD)"
        static let forAndRule = "«for» og navnet på regelen unntaket gjelder"
        static func colon(after what: String) -> String { "«:» etter \(what)" }
        static func colon(afterField field: String) -> String { "«:» etter feltet «\(field)»" }
        static func colonAndType(afterField field: String) -> String { "«:» og en type etter feltet «\(field)»" }
        static func colonAndType(afterParameter parameter: String) -> String { "«:» og en type etter parameteren «\(parameter)»" }
        static let indexAfterBracket = "et plassnummer i hakeparentesen, som «tjenester[0]»"
        static let listAfterMinstEn = "«én», et navn, «i» og en liste, som «minst én t i tjenester der …», eller «(» for funksjonen «minst(liste)»"
        static func section(after law: String) -> String { "«§» etter lovens navn «\(law)»" }
        static func leddOrPunktum(after word: String) -> String { "«ledd» eller «punktum» etter «\(word)»" }
        static func quotedText(after keyword: String) -> String { "en tekst i anførselstegn etter «\(keyword)»" }
        static func iAndList(after words: String) -> String { "«i» og en liste etter «\(words)»" }
        static func derAndCondition(after words: String) -> String { "«der» og et vilkår etter «\(words)»" }
        static func equalsAndValue(after path: String) -> String { "«=» og en verdi etter «\(path)»" }
        static func equalsAndExpected(after rule: String) -> String { "«=» og forventet verdi etter «\(rule)»" }
    }

    /// Where the parser was, the `Y` of «forventet X i Y».
    enum Context {
        static let allList = "«alle:»"
        static let anyList = "«minst ett av:»"
        static let condition = "vilkåret"
        static let hjemmelTable = "«hjemmel etter»"
        static let importDeclaration = "«importer»"
        static func keyword(_ word: String) -> String { "«\(word)»" }
        static func rule(_ name: String) -> String { "regelen «\(name)»" }
        static func exception(_ rule: String) -> String { "unntaket for «\(rule)»" }
        static func fact(_ name: String) -> String { "faktumet «\(name)»" }
        static func judgement(_ name: String) -> String { "vurderingen «\(name)»" }
        static func type(_ name: String) -> String { "typen «\(name)»" }
        static func field(_ name: String) -> String { "feltet «\(name)»" }
        static func lovtekst(_ name: String) -> String { "lovteksten «\(name)»" }
        static func test(_ name: String) -> String { "testen «\(name)»" }
    }

    /// What the parser found instead, the `Z` of «men fant Z».
    enum Found {
        static let endOfFile = "slutten av filen"
        static let endOfLine = "slutten av linjen"
        static let textBlock = "en lovtekst i «\"\"\"»"
        static func text(_ literal: String) -> String { "teksten \(literal)" }
        static func number(_ text: String) -> String { "tallet «\(text)»" }
        static func date(_ text: String) -> String { "datoen «\(text)»" }
        static func word(_ keyword: String) -> String { "ordet «\(keyword)»" }
        static func quoted(_ text: String) -> String { "«\(text)»" }
    }

    /// Notes pointing at a related place.
    enum Note {
        static func opensHere(_ bracket: String) -> String { "«\(bracket)» åpnes her" }
        static func standsHere(_ word: String) -> String { "«\(word)» står her" }
    }

    /// The short text under a suggested fix.
    enum Fix {
        static let writeAllWithColon = "skriv «alle:»"
        static let dashBeforeCondition = "skriv «- » foran vilkåret"
        static func didYouMean(_ word: String) -> String { "mente du «\(word)»?" }
    }

    static let listWithoutColon = "«alle» mangler kolon; skriv «alle:» når vilkårene står som punkter på linjene under"

    static let notEncodedClause = "ikke kodet"
    static let hjemmelTableUnderCase = "«hjemmel etter …» gjelder hele regelen og står på egen linje under «regel», ikke under et «hvis»"
    static let emptyHjemmelTable = "«hjemmel etter …» trenger linjer under seg, én per verdi: «verdi: hjemmel»"
    static let caseAfterOtherwise = "«hvis» etter «ellers» blir aldri brukt: «ellers» må stå sist"
    static let chainedComparison = "sammenligninger kan ikke lenkes; skriv for eksempel «a < b og b < c»"
    static let expectationPerElement = "en forventning i hakeparentes bruker en regel på hvert element: «[skal_samarbeide(t) for t i tjenester] = [ja, nei]»"
    static let comprehensionHasOneValue = "en liste med «for» har ett uttrykk før «for» og ingen flere elementer; skriv «[t.timer for t i tjenester]»"
    static let indentedDeclaration = "linjen har innrykk, men hører ikke til noen deklarasjon over; en deklarasjon starter helt til venstre"
    static let otherwiseWithoutCase = "«ellers» uten noe «hvis» foran; skriv «verdi …» hvis regelen alltid har samme verdi"

    static func conflictingBody(_ form: String, _ first: String, in context: String) -> String {
        "\(context) har både «\(first)» og «\(form)»; en regel får verdien sin på én måte"
    }
    static func duplicateClause(_ clause: String, in context: String) -> String {
        "«\(clause)» står mer enn én gang i \(context)"
    }
    static func emptyConditionList(_ list: String) -> String {
        "\(list) må følges av minst ett vilkår på linjene under, hvert med «- » foran og mer innrykk"
    }
    static func emptyType(_ name: String) -> String {
        "typen «\(name)» har verken felt eller verdier; skriv «en av a, b» eller felt som «navn: tekst» på linjene under"
    }
    static func exceptionWithoutCondition(_ rule: String) -> String {
        "unntaket for «\(rule)» mangler «når» med vilkåret for når unntaket gjelder"
    }
    static func expected(_ what: String, in context: String, found: String) -> String {
        "forventet \(what) i \(context), men fant \(found)"
    }
    static func expectedDeclaration(found: String) -> String {
        "forventet en deklarasjon (regel, faktum, vurdering, type, lovtekst, unntak, test eller importer), men fant \(found)"
    }
    static func expectedSection(found: String) -> String {
        "forventet paragrafnummer etter «§» (for eksempel «§ 2-5 c»), men fant \(found)"
    }
    package static func fileTooLarge(bytes: Int, limit: Int) -> String {
        "filen er \(bytes) byte; en regelfil kan være høyst \(limit) byte — del den opp i flere filer"
    }
    static func keywordAsName(_ keyword: String, in context: String) -> String {
        "«\(keyword)» er et reservert ord og kan ikke brukes som navn i \(context)"
    }
    static func misalignedItem(expected: Int, found: Int) -> String {
        "vilkåret starter i kolonne \(found), men vilkårene over starter i kolonne \(expected); vilkår i samme liste må stå rett under hverandre"
    }
    static func missingExpectations(_ name: String) -> String {
        "testen «\(name)» forventer ingenting; skriv «forvent» og linjer som «regel = ja» under"
    }
    static func missingItemDash(_ list: String) -> String {
        "hvert vilkår i \(list) starter med «- »"
    }
    static func missingRuleBody(_ name: String) -> String {
        "regelen «\(name)» sier ikke hva den gir; skriv «når …», «verdi …» eller «hvis …: …» på linjene under"
    }
    static func missingText(_ name: String) -> String {
        "lovteksten «\(name)» mangler selve teksten mellom «\"\"\"» og «\"\"\"»"
    }
    static func nestingTooDeep(_ limit: Int) -> String {
        "uttrykket er nestet dypere enn \(limit) nivåer; del det opp i flere regler"
    }
    static func tooManyErrors(_ limit: Int) -> String {
        "mer enn \(limit) feil i filen; resten vises ikke"
    }
    static func trailing(_ found: String, after context: String) -> String {
        "uventet \(found) på slutten av linjen i \(context); hver del skal stå på sin egen linje"
    }
    static func unclosed(_ close: String, opening: String, line: Int, found: String) -> String {
        "forventet «\(close)» for å lukke «\(opening)» på linje \(line), men fant \(found)"
    }
    static func unexpectedClause(_ found: String, in context: String) -> String {
        "\(found) hører ikke hjemme i \(context)"
    }
    static func unexpectedInCitation(_ found: String) -> String {
        "uventet \(found) i henvisningen; etter paragrafen kan det stå «første ledd», «bokstav a», «nr. 5» eller «andre punktum»"
    }
}
