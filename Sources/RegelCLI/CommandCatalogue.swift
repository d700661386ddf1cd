/// Everything the program says about its commands, in one place: the options each command accepts
/// (`Arguments` parses with them, so the help cannot list an option the command does not take) and
/// the help text shown by `regel KOMMANDO --hjelp`, `regel hjelp KOMMANDO` and `regel --hjelp`.
struct CommandDescription: Sendable {
    /// An option, as parsed and as shown in the help.
    struct Option: Sendable {
        let name: String
        /// What the value is called in the help (`NAVN`), or nil for a flag.
        let value: String?
        /// Whether the command cannot run without it (`--sak` for `vurder`).
        var required = false
        /// Whether it may be given more than once (`--regel a --regel b`).
        var repeatable = false
        /// One line.
        let help: String

        var label: String { "--\(name)" + (value.map { " \($0)" } ?? "") }
        /// As it stands in the usage line: `[--regel NAVN]…`, `--sak SAK.json`.
        var synopsis: String { (required ? label : "[\(label)]") + (repeatable ? "…" : "") }
    }

    /// An operand, as it stands in the usage line (`REGLER`, `[KOMMANDO]`), and what it is.
    struct Operand: Sendable {
        let synopsis: String
        let help: String
    }

    let name: String
    /// English (or other) names that do the same.
    var aliases: [String] = []
    let operands: [Operand]
    var options: [Option] = []
    /// One line for the overview.
    let summary: String
    /// A paragraph for the command's own help, already wrapped.
    let about: String
    let exitCodes: [(code: Int32, meaning: String)]
    /// Environment variables the command reads, with what they do.
    var environment: [(name: String, meaning: String)] = []
    let examples: [String]

    var names: [String] { [name] + aliases }
    var valued: Set<String> { Set(options.filter { $0.value != nil }.map(\.name)) }
    var repeatable: Set<String> { Set(options.filter(\.repeatable).map(\.name)) }
    var flags: Set<String> { Set(options.filter { $0.value == nil }.map(\.name)) }
}

/// The commands of `regel`, in the order the overview shows them.
enum CommandCatalogue {
    /// The words that ask for help, for the program and for every command.
    static let helpFlags: Set<String> = ["--hjelp", "-h", "--help"]
    /// The words that ask for the version instead of a command.
    static let versionFlags: Set<String> = ["--versjon", "-V", "--version"]

    static let usageExitCode = (code: Int32(2), meaning: "feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes")

    static let check = CommandDescription(
        name: "sjekk", aliases: ["check"],
        operands: [.init(synopsis: "FILER|MAPPER", help: "regelfilene, eller mapper som leses med alle undermapper (minst én)")],
        options: [.init(name: "json", value: nil, help: "skriv feil og advarsler som JSON på standard ut i stedet for tekst på standard feil")],
        summary: "les og kontroller regelfiler",
        about: """
        Leser og kontrollerer reglene uten å vurdere noen sak: alle feil og advarsler, med fil, linje,
        kolonne og forslag til retting. Feilkodene er forklart i docs/feilkoder.md.
        """,
        exitCodes: [(0, "ingen feil (advarsler er lov)"), (1, "minst én feil i reglene"), usageExitCode],
        environment: [("NO_COLOR", "satt til noe annet enn tomt: ingen farger, heller ikke på en terminal")],
        examples: ["regel sjekk rules", "regel sjekk rules/barnekoordinator.regel --json"])

    static let evaluate = CommandDescription(
        name: "vurder", aliases: ["eval"],
        operands: [.init(synopsis: "REGLER", help: "regelfilene eller regelmappen")],
        options: evaluationOptions + [
            .init(name: "forklar", value: nil, help: "vis forklaringen (hvorfor) under hvert svar"),
            .init(name: "json", value: nil, help: "skriv svarene med forklaring som JSON (skjemaet regel-forklaring)"),
        ],
        summary: "vurder en sak etter reglene",
        about: """
        Vurderer én sak etter reglene og skriver ett svar per regel: ja, nei, ukjent, en verdi eller
        «ikke i kraft», og for et ukjent svar hva som mangler. Saken er en JSON-fil (format 1, se
        docs/innebygging.md). Uten --dato og uten vurderingsdato i saken brukes dagens dato, og det
        sies fra på standard feil.
        """,
        exitCodes: [(0, "saken ble vurdert, uansett hva svaret ble"),
                    (1, "feil i reglene eller i saken (da vurderes ingenting), eller en regel i --regel finnes ikke"),
                    usageExitCode],
        examples: ["regel vurder rules --sak rules/eksempler/barnekoordinator.json --regel rett_til_barnekoordinator"])

    static let explain = CommandDescription(
        name: "forklar", aliases: ["explain"],
        operands: evaluate.operands,
        options: evaluationOptions + [
            .init(name: "json", value: nil, help: "skriv svarene med forklaring som JSON (skjemaet regel-forklaring)"),
            .init(name: "html", value: "FIL", help: "skriv også en rapport som én HTML-fil, til å lese, skrive ut og arkivere"),
        ],
        summary: "vurder en sak og forklar hvorfor",
        about: """
        Som «regel vurder --forklar»: vurderer saken og viser for hvert svar forklaringstreet med
        delresultatene, hjemlene og lovteksten som avgjorde det. Med --html skrives det samme også
        som en selvstendig HTML-rapport, med opplysningene i saken og det som mangler. Se
        docs/rapporter.md.
        """,
        exitCodes: [(0, "saken ble vurdert, uansett hva svaret ble"),
                    (1, "feil i reglene eller i saken (da vurderes ingenting), en regel i --regel finnes ikke, eller HTML-filen kunne ikke skrives"),
                    usageExitCode],
        examples: ["regel forklar rules --sak rules/eksempler/barnekoordinator.json --regel rett_til_barnekoordinator",
                   "regel forklar rules --sak rules/eksempler/barnekoordinator.json --html vurdering.html"])

    static let evaluationOptions: [CommandDescription.Option] = [
        .init(name: "sak", value: "SAK.json", required: true, help: "saken som skal vurderes, som JSON (påkrevd; se docs/innebygging.md)"),
        .init(name: "regel", value: "NAVN", repeatable: true,
              help: "vurder bare denne regelen; kan gis flere ganger (standard: alle, i rekkefølge)"),
        .init(name: "dato", value: "ÅÅÅÅ-MM-DD", help: "vurderingsdatoen; overstyrer den som står i saken"),
    ]

    static let test = CommandDescription(
        name: "test",
        operands: [.init(synopsis: "[FILER|MAPPER]", help: "regelfilene eller regelmappen med testene (standard: rules)")],
        options: [
            .init(name: "filter", value: "TEKST", help: "kjør bare testene som har TEKST i navnet"),
            .init(name: "junit", value: "FIL", help: "skriv resultatene som JUnit-XML til FIL, for CI"),
            .init(name: "dekning", value: nil, help: "vis hvilke regler, vilkår og hjemler testene berører"),
            .init(name: "min-dekning", value: "N", help: "feil hvis regel- eller vilkårsdekningen er under N prosent (0–100)"),
        ],
        summary: "kjør testene i reglene",
        about: """
        Kjører test-blokkene i reglene og viser hver test som feilet, med forventet og faktisk svar
        og hvorfor. Siste linje er alltid «N passed, N failed».
        """,
        exitCodes: [(0, "alle testene besto, og dekningen er minst --min-dekning"),
                    (1, "en test feilet, dekningen er for lav, reglene har feil, eller JUnit-filen kunne ikke skrives"),
                    usageExitCode],
        examples: ["regel test rules --dekning", "regel test rules --filter barnekoordinator --junit tester.xml"])

    static let batch = CommandDescription(
        name: "batch",
        operands: [.init(synopsis: "REGLER", help: "regelfilene eller regelmappen")],
        options: [
            .init(name: "regel", value: "NAVN", repeatable: true,
                  help: "vurder bare denne regelen; kan gis flere ganger (standard: alle)"),
            .init(name: "inn", value: "FIL|-", help: "les sakene, én per linje (JSON Lines), fra FIL (standard: standard inn)"),
            .init(name: "ut", value: "FIL|-", help: "skriv svarene til FIL, som lages eller overskrives (standard: standard ut)"),
            .init(name: "saker", value: "MAPPE", help: "les hver *.json-fil i MAPPE som én sak, etter filnavn (ikke med --inn)"),
            .init(name: "forklar", value: nil, help: "ta med forklaringen i hvert svar (bare med --format jsonl)"),
            .init(name: "mangler", value: nil, help: "ta med faktaene som fortsatt kan endre et ukjent svar"),
            .init(name: "format", value: "jsonl|csv", help: "JSON Lines (standard) eller CSV for regneark"),
            .init(name: "skilletegn", value: ";|,", help: "skilletegnet i CSV (standard: ;)"),
            .init(name: "jobber", value: "N", help: "antall tråder, 1–1024 (standard: antall prosessorkjerner)"),
            .init(name: "stopp-ved-feil", value: nil, help: "stopp etter den første saken med feil"),
        ],
        summary: "vurder mange saker, én per linje eller én per fil",
        about: """
        Vurderer mange saker med de samme reglene, på alle kjerner, og skriver ett svar per sak i
        samme rekkefølge som sakene kom: én linje inn gir alltid én linje ut, også når linjen har feil.
        En oppsummering skrives på standard feil. Se docs/batch.md.
        """,
        exitCodes: [(0, "alle sakene ble vurdert uten feil"),
                    (1, "feil i reglene (da vurderes ingenting), en sak med feil, eller lesing eller skriving feilet"),
                    usageExitCode],
        examples: ["regel batch rules --inn saker.jsonl --ut svar.jsonl",
                   "regel batch rules --saker saksmappe --format csv --ut svar.csv"])

    static let diff = CommandDescription(
        name: "diff", aliases: ["compare"],
        operands: [.init(synopsis: "GAMMEL NY", help: "de to regelsettene (filer eller mapper); med --git: REV1 REV2 MAPPE")],
        options: [
            .init(name: "saker", value: "FIL.jsonl|MAPPE|-", help: "vurder sakene (JSON Lines som i regel batch, - for standard inn, eller en mappe med *.json) etter begge regelsettene"),
            .init(name: "regel", value: "NAVN", repeatable: true, help: "sammenlign bare denne regelen; kan gis flere ganger (standard: alle som finnes i begge)"),
            .init(name: "jobber", value: "N", help: "antall tråder, 1–1024 (standard: antall prosessorkjerner)"),
            .init(name: "git", value: nil, help: "les MAPPE slik den var i to git-revisjoner (med systemets git)"),
            .init(name: "json", value: nil, help: "skriv resultatet som JSON (skjemaet regel-diff, docs/skjema/)"),
        ],
        summary: "hva er endret mellom to regelsett, og hvilke avgjørelser endres",
        about: """
        Sammenligner to regelsett: regler, versjoner, fakta, vurderinger, typer, lovtekster, unntak og
        tester som er lagt til, fjernet eller endret, med sted i begge. Med --saker vurderes hver sak
        etter begge, og avgjørelsene som endres, telles per regel og overgang (ja → nei, …), gruppert
        etter det første vilkåret som gir et annet utfall, med eksempler og begge forklaringene. Se
        docs/diff.md.
        """,
        exitCodes: [(0, "ingenting er endret (med --saker: ingen avgjørelse er endret)"),
                    (1, "noe er endret (med --saker: minst én avgjørelse, eller en sak kan bare leses etter det ene regelsettet)"),
                    (2, "feil bruk, feil i reglene, git feilet, eller en sak kunne ikke leses etter noen av regelsettene")],
        examples: ["regel diff rules ny-rules --saker saker.jsonl",
                   "regel diff --git HEAD~1 HEAD rules --saker rules/eksempler --json"])

    static let whatWouldChange = CommandDescription(
        name: "hva-skal-til", aliases: ["what-if"],
        operands: [.init(synopsis: "REGLER", help: "regelfilene eller regelmappen")],
        options: [
            .init(name: "sak", value: "SAK.json", required: true, help: "saken, som JSON (påkrevd; se docs/innebygging.md)"),
            .init(name: "regel", value: "NAVN", required: true, help: "ja/nei-regelen svaret gjelder (påkrevd)"),
            .init(name: "mål", value: "ja|nei", help: "svaret det skal bli (standard: det motsatte av ja eller nei, og ja for ukjent)"),
            .init(name: "fast", value: "FAKTUM", repeatable: true, help: "et faktum eller en vurdering som ikke skal endres; kan gis flere ganger"),
            .init(name: "maks", value: "N", help: "høyst så mange endringer i ett alternativ, 1–8 (standard: 3)"),
            .init(name: "tid", value: "SEKUNDER", help: "tidsgrensen for søket (standard: 5)"),
            .init(name: "dato", value: "ÅÅÅÅ-MM-DD", help: "vurderingsdatoen; overstyrer den som står i saken"),
        ],
        summary: "hva må være annerledes for at svaret blir et annet",
        about: """
        Finner de minste endringene i sakens fakta og vurderinger (og verdier for fakta som mangler)
        som gir regelen svaret i --mål, med høyst tre alternativer og forklaringen for hvert. Tall og
        datoer flyttes til grensen der en sammenligning skifter. Vurderinger vises som skjønn som kan
        vurderes på nytt. Søket stopper ved tidsgrensen og sier fra. Se docs/hva-skal-til.md.
        """,
        exitCodes: [(0, "søket ble gjort (også når ingen endring gir svaret, eller tiden gikk ut; det står i svaret)"),
                    (1, "feil i reglene eller i saken, eller regelen finnes ikke"),
                    usageExitCode],
        examples: ["regel hva-skal-til rules --sak sak.json --regel rett_til_barnekoordinator",
                   "regel hva-skal-til rules --sak sak.json --regel rett_til_barnekoordinator --fast barn.fødselsdato"])
    static let document = CommandDescription(
        name: "dokumenter", aliases: ["document"],
        operands: [.init(synopsis: "REGLER", help: "regelfilene eller regelmappen")],
        options: [.init(name: "ut", value: "MAPPE", required: true, help: "mappen sidene skrives til; lages om den ikke finnes (påkrevd)")],
        summary: "skriv regelbiblioteket som nettsider, med lovteksten ved siden av reglene",
        about: """
        Skriver statiske HTML-sider for regelbiblioteket: én side per regelfil med lovteksten ved
        siden av reglene som koder den, hver regel med vilkår, hjemmel, versjoner, åpne punkter
        ([uavklart]), testene og dekningen, lenker mellom regler og fakta, en side med lover og
        paragrafer og en forside med søk. Testene kjøres, og resultatene står på sidene. Sidene
        trenger ingen andre filer og virker uten nettverk og uten JavaScript. Se docs/rapporter.md.
        """,
        exitCodes: [(0, "sidene ble skrevet (også når en test feilet; det står på sidene)"),
                    (1, "feil i reglene (da skrives ingenting), eller en side kunne ikke skrives"),
                    usageExitCode],
        examples: ["regel dokumenter rules --ut nettsted"])

    static let format = CommandDescription(
        name: "formater", aliases: ["fmt"],
        operands: [.init(synopsis: "FILER|MAPPER", help: "regelfilene, eller mapper som leses med alle undermapper (minst én)")],
        options: [.init(name: "sjekk", value: nil, help: "endre ingenting; list filene som ikke er formatert")],
        summary: "skriv regelfilene i det faste oppsettet",
        about: """
        Skriver regelfilene i det faste oppsettet fra grammar/README.md: to mellomrom per nivå, ett
        mellomrom mellom ordene og høyst én tom linje på rad. Kommentarene og teksten beholdes. En fil
        med syntaksfeil står urørt, og feilene skrives ut.
        """,
        exitCodes: [(0, "alle filene er formatert (med --sjekk: var det fra før)"),
                    (1, "en fil har syntaksfeil, kunne ikke skrives, eller (med --sjekk) er ikke formatert"),
                    usageExitCode],
        examples: ["regel formater rules", "regel formater --sjekk rules"])

    static let schema = CommandDescription(
        name: "skjema", aliases: ["schema"],
        operands: [.init(synopsis: "REGLER", help: "regelfilene eller regelmappen")],
        options: [
            .init(name: "ut", value: "FIL|-", help: "skriv skjemaet til FIL, som lages eller overskrives (standard: standard ut)"),
            .init(name: "batch", value: nil, help: "skjemaet for en linje i regel batch: saken kan også ha en «id» (tekst eller tall)"),
        ],
        summary: "skriv JSON Schema for sakene reglene leser",
        about: """
        Skriver et JSON Schema (utkast 2020-12) for saksdokumentet reglene leser: vurderingsdato og
        ett felt under fakta for hvert faktum og hver vurdering, med typen, verdiene i en oppramsing
        og spørsmålet som beskrivelse. Skjemaene for det regel skriver ligger i docs/skjema/. Se
        docs/innebygging.md.
        """,
        exitCodes: [(0, "skjemaet ble skrevet"), (1, "feil i reglene (da skrives ingenting), eller filen kunne ikke skrives"),
                    usageExitCode],
        examples: ["regel skjema rules --ut sak.schema.json", "regel skjema rules --batch"])

    static let repl = CommandDescription(
        name: "repl",
        operands: [.init(synopsis: "[REGLER]", help: "regelfilene eller regelmappen (standard: rules)")],
        summary: "utforsk en sak interaktivt",
        about: """
        Utforsk en sak linje for linje: gi fakta, se svarene, spør hvorfor og hva som mangler, og la
        Regel intervjue deg. Skriv «hjelp» i økten for kommandoene. På en terminal er det
        linjeredigering og historikk; fra en fil eller et rør leses én linje om gangen. Se docs/repl.md.
        """,
        exitCodes: [(0, "økten ble avsluttet"),
                    (1, "linjene kom fra en fil eller et rør, og minst én av dem ga feil"),
                    usageExitCode],
        environment: [("REGEL_HISTORIKK", "filen historikken lagres i (standard: ~/.regel_historikk); «av» slår den av"),
                      ("REGEL_HISTORIKK_ALT", "1: lagre alle linjer, også verdier og svar (ellers bare kommandoer og navn)")],
        examples: ["regel repl rules", "regel repl rules < økt.txt"])

    static let languageServer = CommandDescription(
        name: "lsp",
        operands: [],
        options: [.init(name: "stdio", value: nil, help: "snakk over standard inn og ut (det eneste som finnes; godtas fordi mange redigerere sender det)")],
        summary: "språktjener for redigerere (Language Server Protocol)",
        about: """
        Starter språktjeneren som redigereren din snakker med over standard inn og ut: feil mens du
        skriver, hover med hjemmel og lovtekst, gå til definisjon, finn bruk, gi nytt navn,
        fullføring, hurtigrettinger, formatering og disposisjon. Du starter den ikke selv; pek
        redigereren på «regel lsp». Se docs/editor.md.
        """,
        exitCodes: [(0, "klienten sendte «shutdown» og «exit»"),
                    (1, "klienten sendte «exit» uten «shutdown» først, eller lukket forbindelsen uten å avslutte"),
                    usageExitCode],
        examples: ["regel lsp"])

    static let help = CommandDescription(
        name: "hjelp", aliases: ["help"],
        operands: [.init(synopsis: "[KOMMANDO]", help: "kommandoen du vil vite mer om; uten den vises oversikten")],
        summary: "vis hjelp for regel eller for én kommando",
        about: """
        Viser oversikten over kommandoene, eller bruk, valg, utgangskoder og eksempler for én
        kommando. «regel KOMMANDO --hjelp» viser det samme.
        """,
        exitCodes: [(0, "hjelpen ble vist"), (2, "ukjent kommando")],
        examples: ["regel hjelp batch"])

    static let version = CommandDescription(
        name: "versjon", aliases: ["version"],
        operands: [],
        summary: "vis versjonen av regel og regelspråket",
        about: """
        Viser versjonen av programmet, versjonen av regelspråket og hvordan programmet er bygget
        (debug eller release, Swift-versjon og plattform). «regel --versjon» og «regel -V» gjør det
        samme.
        """,
        exitCodes: [(0, "versjonen ble vist"), (2, "feil bruk")],
        examples: ["regel --versjon"])

    static let all = [check, evaluate, explain, whatWouldChange, test, batch, diff, schema, document, format, repl, languageServer, help, version]

    /// The command called `word`, by its name or an alias.
    static func command(named word: String) -> CommandDescription? {
        all.first { $0.names.contains(word) }
    }

    /// Every name a command can be called by, for «mente du …?».
    static var allNames: [String] { all.flatMap(\.names) }
}
