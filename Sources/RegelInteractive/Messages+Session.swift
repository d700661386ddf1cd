import Regel
import RegelSyntax

/// Norwegian texts for the REPL and its interview (the help text is in SessionHelp.swift).
enum SessionMessages {
    // Facts.
    static func valueMissing(_ name: String) -> String { "skriv en verdi etter «=», eller «glem \(name)»" }
    static let dateMustBeDate = "vurderingsdatoen må være en dato"
    static let answerYesOrNo = "svar «ja» eller «nei»"
    static func answerHint(_ name: String, _ hint: String) -> String { "\n  «\(name)» tar \(hint)" }
    static func notAFact(_ name: String, suggestion: String?) -> String {
        "«\(name)» er ikke et faktum" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static let noFactsYet = "ingen fakta er gitt ennå; skriv for eksempel «navn = verdi»"

    // A rule with parameters, per element.
    static func listNotGiven(_ name: String) -> String { "\(name): ikke oppgitt" }
    static func listEmpty(_ name: String) -> String { "\(name): tom liste" }
    static func elementResult(_ element: String, _ value: String) -> String { "\(element): \(value)" }

    // The interview.
    static let tryAgain = "\nprøv igjen: "
    static let decided = "\navgjort:\n"
    static let judgementLabel = "faglig vurdering, "
    static let guidanceLabel = "\n  veiledning: "
    static let judgementMark = "  (faglig vurdering)"
    static let missingGuidanceLabel = "     veiledning: "

    // Commands.
    static let interviewCancelled = "intervjuet er avbrutt; svarene du ga, er tatt vare på"
    static let rulesHaveErrors = "reglene har feil og kan ikke brukes; rett dem og skriv «last»"
    static func unknownCommand(_ word: String, suggestion: String?) -> String {
        "ukjent kommando «\(word)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "; skriv «hjelp» for å se kommandoene")
    }
    static func targetMissing(_ word: String) -> String {
        "skriv hva som skal vurderes etter «\(word)», for eksempel «\(word) rett_til_barnekoordinator»"
    }
    static func forgetWhat(_ word: String) -> String { "skriv hvilke fakta som skal glemmes, eller «\(word) alt»" }
    static func standsAlone(_ word: String) -> String { "«\(word)» skal stå alene på linjen" }
    static func saveUsage(_ word: String) -> String { "skriv «\(word) test \"navn\"», eventuelt med «til fil.regel» etter" }

    // Loading.
    static func reloadFailed(_ summary: String, keptFacts: Bool) -> String {
        "reglene har feil (\(summary)); rett dem og skriv «last»" + (keptFacts ? "; faktaene du har gitt, er tatt vare på" : "")
    }
    static func forgotFact(_ name: String, _ value: String, _ reason: String?) -> String {
        "glemte \(name) = \(value): \(reason ?? "passer ikke lenger")"
    }
    static func loadSummary(files: Int, rules: Int, facts: Int) -> String {
        "\(files) \(files == 1 ? "fil" : "filer"), \(rules) regler, \(facts) fakta og vurderinger"
    }
    static let welcome = "Regel – utforsk en sak etter reglene. Skriv «hjelp» for kommandoene og «avslutt» for å gå ut."
    static func loaded(_ summary: String) -> String { "leste \(summary)" }
    static func defaultDate(_ date: CalendarDate) -> String { "vurderingsdato = \(date) (i dag; endre med «vurderingsdato = ÅÅÅÅ-MM-DD»)" }
    static func reloaded(_ summary: String, kept: String?) -> String {
        "leste reglene på nytt: \(summary)" + (kept.map { "; beholdt \($0)" } ?? "")
    }

    // Interview.
    static func alreadyDecided(_ name: String) -> String { "«\(name)» er allerede avgjort:\n" }
    static func interviewStart(_ name: String) -> String {
        "intervju om «\(name)»: svar på spørsmålene; «vet ikke» hopper over et spørsmål, «avbryt» eller Ctrl-C stopper\n"
    }
    static let emptyAnswer = "svar på spørsmålet, skriv «vet ikke» for å hoppe over det, eller «avbryt»\n"
    static let undecidedAfterSkipping = "\nkan ikke avgjøres uten svarene du hoppet over:\n"

    // Rules and results.
    static let ruleNotInForce = "  (ikke i kraft på vurderingsdatoen)"
    static let ruleNotEncoded = "  (ikke kodet på vurderingsdatoen)"
    static let ruleNotEncodedForSome = "  (ikke kodet for noen saker på vurderingsdatoen, ellers ikke i kraft)"
    static let withoutHjemmel = "uten hjemmel"
    static let noRules = "reglene har ingen regler"
    static func cannotWrite(_ file: String) -> String { "feil: kunne ikke skrive til «\(file)»" }
    static func wroteTest(_ name: String, expectations: Int, file: String) -> String {
        "skrev testen «\(name)» med \(expectations) \(expectations == 1 ? "forventning" : "forventninger") til \(file)"
    }
    static func notInForce(_ name: String, _ date: CalendarDate) -> String {
        "«\(name)» er ikke i kraft på vurderingsdatoen \(date); ingen opplysninger kan endre det"
    }
    static func notEncoded(_ name: String, _ date: CalendarDate) -> String {
        "«\(name)» er ikke kodet på vurderingsdatoen \(date): loven gjaldt da, men reglene sier ikke hva den sa; skriv «hvorfor \(name)» for perioden"
    }
    static func undecidable(_ name: String) -> String {
        "«\(name)» er ukjent, men ingen opplysninger mangler: svaret kan ikke avgjøres med disse reglene"
    }
    static func decided(_ name: String, _ value: String) -> String { "«\(name)» er avgjort (\(value)); ingenting mangler" }

    // Line editing.
    static func historyNotSaved(_ path: String, _ reason: String) -> String {
        "kunne ikke lagre historikken i «\(path)» (\(reason)); skru historikken av med REGEL_HISTORIKK=av"
    }

    // «hva skal til».
    static let whatWouldChangeUsage = "skriv «hva skal til», eventuelt med «ja» eller «nei» og en regel: «hva skal til ja rett_til_barnekoordinator»"
    static let whatWouldChangeNeedsRule = "hvilken regel? Spør om en regel først, eller skriv «hva skal til REGEL»"
    static func whatWouldChangeNeedsTruth(_ rule: String) -> String { "«hva skal til» gjelder ja/nei-regler; «\(rule)» gir en annen type verdi" }
}

/// How to write an answer of a type.
enum AnswerHint {
    static func text(for type: ValueType) -> String {
        switch type {
        case .truth: return "ja/nei"
        case .number: return "tall, f.eks. 12,5"
        case .text: return "tekst i anførselstegn"
        case .date: return "dato, ÅÅÅÅ-MM-DD"
        case .duration: return "varighet, f.eks. 6 måneder"
        case .enumeration(let enumeration): return "en av: " + enumeration.values.joined(separator: ", ")
        case .record(let record): return "{" + record.fields.map { "\($0.name): …" }.joined(separator: ", ") + "}"
        case .list(let element): return "liste: [\(text(for: element)), …]"
        case .error: return "verdi"
        }
    }
}
