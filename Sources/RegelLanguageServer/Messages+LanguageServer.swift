/// The language server's Norwegian texts: error messages the client may show, and the words of
/// hovers and the outline.
enum ServerMessages {
    // MARK: Framing and JSON-RPC

    static let headerTooLong = "meldingshodet er for langt uten en tom linje etter; hodet ble hoppet over"
    static let contentLengthMissing = "meldingshodet mangler «Content-Length»; meldingen ble hoppet over"
    static let notAnObject = "meldingen er ikke et JSON-objekt"
    static let invalidID = "«id» må være et heltall eller en tekst"
    static let missingMethod = "meldingen har ingen «method»"
    static let cancelled = "forespørselen ble avbrutt av klienten"
    static let notInitialized = "tjeneren er ikke startet ennå: send «initialize» først"
    static let initializedTwice = "tjeneren er allerede startet: «initialize» kan bare sendes én gang"
    static let shuttingDown = "tjeneren avslutter: etter «shutdown» tas bare «exit» imot"

    static func headerLine(_ line: String) -> String {
        "linjen «\(line)» i meldingshodet har ikke formen «Navn: verdi»; meldingen ble hoppet over"
    }

    static func contentLengthInvalid(_ value: String) -> String {
        "«Content-Length: \(value)» er ikke et gyldig antall byte; meldingen ble hoppet over"
    }

    static func contentLengthTooLarge(_ length: Int) -> String {
        "«Content-Length: \(length)» er større enn grensen på \(MessageFramer.maxContentLength) byte; meldingen ble hoppet over"
    }

    static func malformedJSON(_ message: String, line: Int, column: Int) -> String {
        "meldingen er ikke gyldig JSON (linje \(line), kolonne \(column)): \(message)"
    }

    static func unknownMethod(_ method: String) -> String {
        "tjeneren kan ikke «\(method)»"
    }

    // MARK: Requests

    static let missingDocument = "forespørselen mangler «textDocument.uri»"
    static let missingPosition = "forespørselen mangler en gyldig «position»"
    static let missingNewName = "forespørselen mangler «newName»"
    static let nothingToRename = "her står det ikke noe navn som kan få nytt navn: sett markøren på et faktum, en vurdering, en regel, en type, en verdi eller en lovtekst"

    static func unknownDocument(_ uri: String) -> String {
        "dokumentet «\(uri)» er ikke åpent, og det er ingen regelfil på disken med den adressen"
    }

    static func cannotRenameKeyword(_ keyword: String) -> String {
        "«\(keyword)» er et nøkkelord i regelspråket og kan ikke få nytt navn"
    }

    static func cannotRenameBuiltin(_ name: String) -> String {
        "«\(name)» er en innebygd funksjon og kan ikke få nytt navn"
    }

    static func newNameIsKeyword(_ keyword: String) -> String {
        "«\(keyword)» er et nøkkelord i regelspråket og kan ikke brukes som navn"
    }

    static func invalidNewName(_ name: String) -> String {
        "«\(name)» er ikke et gyldig navn: bruk bokstaver, sifre og understrek, og start med en bokstav"
    }

    static func nameTaken(_ name: String) -> String {
        "navnet «\(name)» er allerede i bruk"
    }

    static func quickFixTitle(_ message: String, replacement: String) -> String {
        replacement.isEmpty ? "Rett: \(message)" : "Rett til «\(replacement)»"
    }

    // MARK: Hover and outline

    static let ruleWord = "regel"
    static let factWord = "faktum"
    static let judgementWord = "vurdering (faglig skjønn)"
    static let typeWord = "type"
    static let valueWord = "verdi"
    static let fieldWord = "felt"
    static func inRecord(_ type: String) -> String { "i typen «\(type)»" }
    static let variableWord = "variabel"
    static let hjemmelWord = "Hjemmel"
    static let questionWord = "Spørsmål"
    static let guidanceWord = "Veiledning"

    static func validity(from: String?, to: String?) -> String {
        switch (from, to) {
        case (let from?, let to?): return "**Gjelder** fra \(from) til \(to)"
        case (let from?, nil): return "**Gjelder** fra \(from)"
        case (nil, let to?): return "**Gjelder** til \(to)"
        case (nil, nil): return ""
        }
    }

    /// A type named in a hover when the index has no type for it: `«Status»`, as messages write types.
    static func namedType(_ name: String) -> String { "«\(name)»" }

    static func enumerationValues(_ values: [String]) -> String {
        "Verdier: " + values.map { "`\($0)`" }.joined(separator: ", ")
    }

    static let outlineLovtekst = "Lovtekst"
    static let outlineTypes = "Typer"
    static let outlineFacts = "Fakta"
    static let outlineRules = "Regler"
    static let outlineTests = "Tester"
}
