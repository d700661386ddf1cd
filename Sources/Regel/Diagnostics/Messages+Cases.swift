/// Norwegian texts for problems with a case.
enum CaseMessages {
    static func undeclared(_ name: String, suggestion: String?) -> String {
        "«\(name)» er ikke deklarert som faktum eller vurdering" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static func wrongType(_ name: String, expected: ValueType, got: Value) -> String {
        "«\(name)» skal være \(expected.displayName), men fikk \(got.displayText)"
    }
    static func invalidJSON(line: Int, column: Int, _ message: String) -> String {
        "ugyldig JSON på linje \(line), kolonne \(column): \(message)"
    }
    static let caseNotAnObject = "saken må være et JSON-objekt med «fakta»"
    static func unknownCaseField(_ key: String) -> String { "ukjent felt «\(key)»; en sak har bare «vurderingsdato» og «fakta»" }
    static let factsNotAnObject = "«fakta» må være et objekt med faktanavn som nøkler"
    static func numberTooLong(_ text: String) -> String {
        "tallet \(text.prefix(40))\(text.count > 40 ? "…" : "") har flere enn \(Number.maxDigits) sifre og kan ikke regnes eksakt"
    }
    static func dateNotInCalendar(_ text: String) -> String { "datoen «\(text)» finnes ikke i kalenderen" }
    static func durationTooLong(_ text: String) -> String { "varigheten «\(text.prefix(40))» er for lang" }
    static func durationNotWhole(_ text: String) -> String { "varigheten «\(text)» er ikke et helt antall måneder eller dager" }
    static func notAnEnumValue(_ text: String, _ values: [String], suggestion: String?) -> String {
        "«\(text)» er ikke en av verdiene \(values.joined(separator: ", "))" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static let nullInList = "null kan ikke stå i en liste; ta elementet ut av listen, eller gi listen som null hvis den ikke er kjent"
    static func wrongJSONType(_ type: ValueType, format: String, got: String) -> String {
        "skal være \(type.displayName) (\(format)), men er \(got)"
    }
    static func unknownRecordField(_ field: String, _ type: String) -> String { "typen «\(type)» har ikke feltet «\(field)»" }
    static func unknownRule(_ name: String, suggestion: String?) -> String {
        "ingen regel heter «\(name)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static func unknownPath(_ path: String) -> String {
        "«\(path)» er ikke et sted i saken: et faktum, eventuelt med «[n]» for et element i en liste (talt fra 0) og «.felt»"
    }
    static func noSuchElement(_ path: String, count: Int) -> String {
        "«\(path)» finnes ikke: listen har \(count) \(count == 1 ? "element" : "elementer"), talt fra 0; oppgi listen først"
    }
    static func ruleNeedsArguments(_ name: String, parameters: [String]) -> String {
        "regelen «\(name)» har parametre (\(parameters.joined(separator: ", "))) og har bare en verdi for argumenter; "
            + "spør etter en regel som bruker den, eller test den med argumenter: «\(name)(…) = …» i en test"
    }

    /// How a value of each type is written in JSON, for «skal være …».
    enum Format {
        static let truth = "true eller false"
        static let number = "et tall"
        static let text = "en tekst"
        static let date = "en tekst som \"2024-03-01\""
        static let duration = "en tekst som \"18 år\""
        static func oneOf(_ values: [String]) -> String { "en av " + values.map { "\"\($0)\"" }.joined(separator: ", ") }
        static let object = "et objekt"
        static let list = "en liste"
        static let anything = "hva som helst"
    }

    /// What a JSON value was, for «men er …».
    enum Described {
        static func number(_ text: String) -> String { "tallet \(text)" }
        static func text(_ text: String) -> String { "teksten \"\(text)\"" }
        static let list = "en liste"
        static let object = "et objekt"
    }
}

/// Norwegian texts for syntax errors in JSON documents.
enum JSONMessages {
    static let textAfterDocument = "uventet tekst etter JSON-dokumentet"
    static let nestedTooDeeply = "JSON-dokumentet er nestet for dypt"
    static let endsInsideValue = "dokumentet slutter midt i en verdi"
    static func expectedValue(found: String) -> String { "forventet en JSON-verdi, fant «\(found)»" }
    static let invalidValue = "ugyldig JSON-verdi"
    static func invalidNumber(_ text: String) -> String { "ugyldig tall «\(text)»" }
    static let controlCharacter = "kontrolltegn i JSON-tekst"
    static let unterminatedString = "JSON-teksten mangler avsluttende anførselstegn"
    static let invalidUTF8 = "ugyldig UTF-8 i JSON-tekst"
    static let invalidEscape = "ugyldig escape-sekvens i JSON-tekst"
    static let loneLowSurrogate = "\\u-escapen er andre halvdel av et surrogatpar uten første halvdel"
    static let missingLowSurrogate = "\\u-escapen er første halvdel av et surrogatpar, men andre halvdel mangler"
    static let highSurrogateNotFollowed = "\\u-escapen er første halvdel av et surrogatpar, men det neste er ikke andre halvdel"
    static let invalidEscapedCharacter = "ugyldig tegn i \\u-escape"
    static let invalidUnicodeEscape = "ugyldig \\u-escape i JSON-tekst"
    static let unterminatedArray = "listen mangler avsluttende «]»"
    static let expectedCommaOrBracket = "forventet «,» eller «]» i listen"
    static let expectedKey = "forventet et feltnavn i anførselstegn"
    static func duplicateKey(_ key: String) -> String { "feltet «\(key)» står to ganger i samme objekt" }
    static func expectedColon(after key: String) -> String { "forventet «:» etter feltnavnet «\(key)»" }
    static let unterminatedObject = "objektet mangler avsluttende «}»"
    static let expectedCommaOrBrace = "forventet «,» eller «}» i objektet"
}
