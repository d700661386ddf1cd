import Foundation

/// Norwegian texts for problems found while reading characters.
enum LexingMessages {
    static func latin1(word: String) -> String {
        "filen er lagret som Latin-1 (ISO 8859-1 eller Windows-1252), ikke som UTF-8, så æ, ø, å og § kan ikke leses"
            + " (her: «\(word)»); lagre filen som UTF-8 — i de fleste redigeringsprogrammer under «Lagre som» og «Koding»"
    }

    static func diagnostic(for issue: LexIssue, in file: SourceFile) -> Diagnostic {
        let (code, message, fix) = describe(issue.problem)
        return Diagnostic(code, message, file: file, range: issue.range, fix: fix)
    }

    static func describe(_ problem: LexProblem) -> (DiagnosticCode, String, FixIt?) {
        switch problem {
        case .bidiControl:
            return (.bidiControl, "tegn som snur skriveretningen er ikke tillatt: teksten kan se annerledes ut enn den virker", nil)
        case .decimalPoint(let text):
            let fixed = text.replacingOccurrences(of: ".", with: ",")
            return (.decimalPoint, "desimaltall skrives med komma, ikke punktum: «\(text)»",
                    FixIt(message: "skriv «\(fixed)»", replacement: fixed))
        case .identifierTooLong(let length):
            return (.identifierTooLong, "navnet er \(length) tegn langt; et navn kan ha høyst \(Lexer.maxIdentifierLength) tegn", nil)
        case .impossibleDate(let text):
            return (.impossibleDate, "datoen «\(text)» finnes ikke i kalenderen", nil)
        case .invalidEscape(let text):
            return (.invalidEscape, "ukjent escape-sekvens «\(text)» i tekst; bruk \\\" for anførselstegn og \\\\ for skråstrek", nil)
        case .invalidUTF8:
            return (.invalidUTF8, "ugyldig UTF-8: filen må være lagret som UTF-8", nil)
        case .dateWithDots(let text, let iso):
            return (.dateWithDots, "datoer skrives år-måned-dag med bindestrek: «\(text)» skrives «\(iso)»",
                    FixIt(message: "skriv «\(iso)»", replacement: iso))
        case .foreignUnit(let number, let unit):
            return (.foreignUnit, "Regel har ingen enhet «\(unit)»; bare varigheter har enheter (år, måneder, uker, dager). Skriv tallet alene, «\(number)», og la navnet på faktumet si hva det måles i, for eksempel «avstand_km» eller «beløp_kr»",
                    FixIt(message: "skriv «\(number)»", replacement: number))
        case .guillemets(let text):
            return (.guillemets, "tekster står i vanlige anførselstegn, ikke i «»: skriv \"\(text)\"",
                    FixIt(message: "skriv \"\(text)\"", replacement: "\"\(text)\""))
        case .nulByte:
            return (.nulByte, "NUL-tegn (byte 0) er ikke tillatt i en regelfil", nil)
        case .durationTooLarge(let text):
            return (.durationTooLarge, "varigheten «\(text)» er for lang til å regne med; ingen dato ligger så langt unna", nil)
        case .durationNotWhole(let text):
            return (.durationNotWhole, "varigheten «\(text)» er ikke et helt antall måneder eller dager; "
                        + "en måned har ikke et fast antall dager, så skriv hele måneder eller dager, for eksempel «6 uker» eller «45 dager»", nil)
        case .numberTooLong:
            return (.numberTooLong, "tallet har flere enn \(Lexer.maxNumberDigits) sifre", nil)
        case .tabInIndentation:
            return (.tabInIndentation, "tabulator i innrykk; bruk mellomrom, så innrykket betyr det samme i alle redigeringsprogrammer",
                    FixIt(message: "bytt tabulatoren med mellomrom", replacement: "  "))
        case .textBlockIndentation:
            return (.textBlockIndentation, "linjen i lovteksten har mindre innrykk enn de avsluttende «\"\"\"»", nil)
        case .unexpectedCharacter(let text):
            return (.unexpectedCharacter, "tegnet «\(text)» har ingen betydning i Regel", nil)
        case .unterminatedString:
            return (.unterminatedString, "teksten mangler avsluttende anførselstegn «\"» før linjeslutt", nil)
        case .unterminatedTextBlock:
            return (.unterminatedTextBlock, "lovteksten som starter her mangler avsluttende «\"\"\"»", nil)
        }
    }
}
