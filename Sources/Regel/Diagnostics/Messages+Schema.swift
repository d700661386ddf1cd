/// Norwegian texts in the JSON Schemas `CaseSchema` writes.
enum SchemaMessages {
    static let caseTitle = "Sak (format 1) for disse reglene"
    static let batchLineTitle = "Linje i regel batch: en sak (format 1) for disse reglene, med valgfri id"
    static let vurderingsdato = "datoen saken skal vurderes på (ÅÅÅÅ-MM-DD); uten den brukes standarddatoen"
    static let facts = "faktaene og vurderingene i saken; et faktum som ikke er med, eller er null, er ukjent"
    static let batchID = "sakens id, som tekst eller tall; skrives tilbake uendret i svaret"
    static let number = "et JSON-tall, eller tekst med desimalkomma eller -punktum (\"12,5\") eller en eksakt brøk (\"1/3\")"
    static let date = "en dato ÅÅÅÅ-MM-DD som finnes i kalenderen"
    static let duration = "en varighet som \"18 år\", \"1,5 år\", \"6 måneder\", \"2 uker\", \"14 dager\" eller \"1 år og 6 måneder\""
    static func record(_ name: String) -> String { "posten «\(name)»; et felt som ikke er med, eller er null, er ukjent" }
    static func enumeration(_ name: String) -> String { "en av verdiene i «\(name)»" }
}
