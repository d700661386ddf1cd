import Foundation

/// What the `regel` command says about how it was called and what it did, in one place.
/// The descriptions of commands and options are in `CommandCatalogue`, the help pages in `HelpText`.
enum CLIMessages {
    // MARK: Options

    static func optionTakesNoValue(_ key: String) -> String { "«--\(key)» tar ingen verdi; skriv bare «--\(key)»" }
    static func optionNeedsValue(_ name: String) -> String { "«--\(name)» trenger en verdi" }
    static func singleDash(_ option: String) -> String {
        "ukjent valg «\(option)»; valgene skrives med to bindestreker: mente du «-\(option)»?"
    }
    static func singleDash(_ option: String, example: String) -> String {
        "ukjent valg «\(option)»; valgene skrives med to bindestreker, som «\(example)»"
    }
    static func unknownOption(_ option: String, suggestion: String? = nil) -> String {
        "ukjent valg «\(option)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static func unknownCommand(_ word: String, suggestion: String?) -> String {
        "ukjent kommando «\(word)»" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static func givenTwice(_ name: String, _ earlier: String, _ value: String) -> String {
        "«--\(name)» er gitt to ganger («\(earlier)» og «\(value)»); oppgi den bare én gang"
    }
    static func doesNotExist(_ path: String) -> String { "«\(path)» finnes ikke" }
    static let seeAllCommands = "Skriv «regel --hjelp» for å se alle kommandoene."
    static let atMostOneCommand = "oppgi høyst én kommando"
    static let versionTakesNoArguments = "«versjon» tar ingen argumenter"

    // MARK: Commands

    static let giveRules = "oppgi regelfilene eller regelmappen"
    static func needsFilesOrFolders(_ command: String) -> String { "«\(command)» trenger minst én fil eller mappe" }
    static let giveCase = "oppgi saken med «--sak sak.json»"
    static func invalidDate(_ text: String) -> String {
        "«--dato» trenger en dato som finnes, skrevet ÅÅÅÅ-MM-DD, for eksempel 2024-03-01; fikk «\(text)»"
    }
    static func cannotReadCase(_ path: String) -> String { "regel: kan ikke lese saken «\(path)»" }
    static func noAssessmentDate(today: String) -> String { "merk: saken har ingen vurderingsdato; bruker dagens dato \(today)" }
    static let minimumCoverage = "«--min-dekning» trenger et tall fra 0 til 100"
    static let rulesHaveErrorsNoTests = "reglene har feil; ingen tester ble kjørt"
    static func cannotWriteJUnit(_ path: String) -> String { "regel: kunne ikke skrive JUnit-rapporten til «\(path)»" }

    // MARK: batch

    static let casesAndInputTogether = "«--saker» og «--inn» kan ikke brukes sammen; sakene leses enten fra en mappe eller fra linjer"
    static func casesNeedsFolder(_ path: String) -> String { "«--saker» trenger en mappe; «\(path)» er en fil" }
    static func inputNeedsFile(_ path: String) -> String { "«--inn» trenger en fil; «\(path)» er en mappe" }
    static func cannotWriteResults(_ reason: String) -> String { "regel: kan ikke skrive svarene: \(reason)" }
    static func cannotReadFolder(_ path: String) -> String { "kan ikke lese mappen «\(path)»" }
    static func jobs(_ text: String) -> String { "«--jobber» trenger et helt tall fra 1 til 1024; fikk «\(text)»" }
    static func format(_ text: String) -> String { "«--format» er «jsonl» eller «csv»; fikk «\(text)»" }
    static let separatorOnlyForCSV = "«--skilletegn» gjelder bare «--format csv»"
    static func separator(_ text: String) -> String { "«--skilletegn» er «;» eller «,»; fikk «\(text)»" }
    static let explainNotInCSV = "«--forklar» gir forklaringstrær, som ikke passer i CSV; bruk «--format jsonl»"
    static func cannotOpen(_ path: String, forWriting: Bool, reason: String) -> String {
        "kan ikke \(forWriting ? "skrive til" : "lese") «\(path)»: \(reason)"
    }

    // MARK: forklar --html and dokumenter

    static let giveSiteFolder = "oppgi mappen sidene skal skrives til, med «--ut MAPPE»"
    static func siteNeedsFolder(_ path: String) -> String { "«--ut» trenger en mappe; «\(path)» er en fil" }
    static let rulesHaveErrorsNoSite = "reglene har feil; ingen sider ble skrevet"
    static func siteWritten(pages: Int, folder: String) -> String { "skrev \(pages) sider til «\(folder)»; åpne «\(folder)/index.html»" }
    static func cannotWriteReport(_ path: String, reason: String) -> String { "regel: kan ikke skrive «\(path)»: \(reason)" }

    // MARK: formater

    static func notFormattedBecauseOfErrors(_ file: String) -> String { "\(file): ikke formatert, fordi filen har feil" }
    static func cannotWriteFile(_ file: String) -> String { "\(file): kan ikke skrive filen" }
    static func formatChecked(files: Int, unformatted: Int) -> String {
        unformatted == 0 ? "\(fileCount(files)) kontrollert: alle er formatert"
            : "\(fileCount(files)) kontrollert: \(unformatted) er ikke formatert (kjør «regel formater» på dem)"
    }
    static func formatted(files: Int, changed: Int) -> String { "\(fileCount(files)) lest: \(changed) formatert på nytt" }
    static func fileCount(_ count: Int) -> String { "\(count) \(count == 1 ? "fil" : "filer")" }

    // MARK: diff

    static let diffNeedsTwoRuleSets = "oppgi to regelsett: det gamle og det nye (filer eller mapper)"
    static let diffNeedsRevisions = "med «--git» oppgis to revisjoner og mappen: «regel diff --git REV1 REV2 MAPPE»"
    static let diffRulesHaveErrors = "regel: reglene har feil; ingenting ble sammenlignet"
    static func cannotMakeTemporaryFolder(_ path: String) -> String { "kan ikke lage den midlertidige mappen «\(path)»" }
    static func gitRevisionLooksLikeOption(_ revision: String) -> String { "«\(revision)» er ikke en revisjon git kan lese; en revisjon begynner ikke med «-»" }
    static func cannotRun(_ tool: String) -> String { "kan ikke starte «\(tool)»; er det installert og i PATH?" }
    static func toolFailed(_ tool: String, _ said: String) -> String { "«\(tool)» feilet: \(said)" }

    // MARK: hva-skal-til

    static let giveRule = "oppgi regelen med «--regel NAVN»"
    static func target(_ text: String) -> String { "«--mål» er «ja» eller «nei»; fikk «\(text)»" }
    static func maxChanges(_ text: String) -> String { "«--maks» trenger et helt tall fra 1 til 8; fikk «\(text)»" }
    static func timeLimit(_ text: String) -> String { "«--tid» trenger et antall sekunder over 0 og høyst 3600, for eksempel 2 eller 0,5; fikk «\(text)»" }
    static func unknownFixedFact(_ name: String, suggestion: String?) -> String {
        "«--fast \(name)»: det finnes ikke noe faktum eller noen vurdering med det navnet" + (suggestion.map { "; mente du «\($0)»?" } ?? "")
    }
    static func whatWouldChangeNeedsTruth(_ rule: String) -> String { "«hva-skal-til» gjelder ja/nei-regler; «\(rule)» gir en annen type verdi" }
}
