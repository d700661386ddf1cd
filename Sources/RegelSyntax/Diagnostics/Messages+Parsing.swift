/// Norwegian texts for problems found while reading declarations and expressions.
package enum ParsingMessages {
    static let listWithoutColon = "«alle» mangler kolon; skriv «alle:» når vilkårene står som punkter på linjene under"

    static let caseAfterOtherwise = "«hvis» etter «ellers» blir aldri brukt: «ellers» må stå sist"
    static let chainedComparison = "sammenligninger kan ikke lenkes; skriv for eksempel «a < b og b < c»"
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
