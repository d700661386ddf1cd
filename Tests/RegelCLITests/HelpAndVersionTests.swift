import Foundation
import Testing

/// `regel --versjon`, the help of every command (all texts come from `CommandCatalogue`), and
/// «mente du …?» for a mistyped command or option. Help goes to standard out with exit code 0;
/// a usage error to standard error with exit code 2.
@Suite struct HelpAndVersionTests {
    static let overview = """
        bruk: regel KOMMANDO [ARGUMENTER] [VALG]

        kommandoer:
          sjekk (check)           les og kontroller regelfiler
          vurder (eval)           vurder en sak etter reglene
          forklar (explain)       vurder en sak og forklar hvorfor
          hva-skal-til (what-if)  hva må være annerledes for at svaret blir et annet
          test                    kjør testene i reglene
          batch                   vurder mange saker, én per linje eller én per fil
          diff (compare)          hva er endret mellom to regelsett, og hvilke avgjørelser endres
          skjema (schema)         skriv JSON Schema for sakene reglene leser
          dokumenter (document)   skriv regelbiblioteket som nettsider, med lovteksten ved siden av reglene
          formater (fmt)          skriv regelfilene i det faste oppsettet
          repl                    utforsk en sak interaktivt
          lsp                     språktjener for redigerere (Language Server Protocol)
          hjelp (help)            vis hjelp for regel eller for én kommando
          versjon (version)       vis versjonen av regel og regelspråket

        valg:
          -h, --hjelp             vis denne teksten
          -V, --versjon           vis versjonen av regel og regelspråket

        Skriv «regel KOMMANDO --hjelp» eller «regel hjelp KOMMANDO» for argumentene, valgene,
        utgangskodene og et eksempel for hver kommando.

        utgangskoder: 0 i orden; 1 feil i reglene, saken eller testene; 2 feil bruk av kommandoen
        """

    /// The help of `names[0]`, asked for in every way, by its name and its aliases.
    static func expectHelp(_ names: [String], _ expected: String) throws {
        var calls = [["hjelp", names[0]]]
        for name in names {
            calls += [[name, "--hjelp"], [name, "-h"], [name, "--help"], ["help", name]]
        }
        for arguments in calls {
            let result = try CLIRunner.run(arguments)
            #expect(result.exitCode == 0, "\(arguments)")
            #expect(result.stderr == "", "\(arguments)")
            #expect(result.stdout == expected + "\n", "\(arguments)")
        }
        #expect(expected.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func checkHelp() throws {
        try Self.expectHelp(["sjekk", "check"], """
        bruk: regel sjekk FILER|MAPPER [--json]
        alias: check

        Leser og kontrollerer reglene uten å vurdere noen sak: alle feil og advarsler, med fil, linje,
        kolonne og forslag til retting. Feilkodene er forklart i docs/feilkoder.md.

        argumenter:
          FILER|MAPPER  regelfilene, eller mapper som leses med alle undermapper (minst én)

        valg:
          --json        skriv feil og advarsler som JSON på standard ut i stedet for tekst på standard feil
          -h, --hjelp   vis denne hjelpen

        miljø:
          NO_COLOR      satt til noe annet enn tomt: ingen farger, heller ikke på en terminal

        utgangskoder:
          0  ingen feil (advarsler er lov)
          1  minst én feil i reglene
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel sjekk rules
          regel sjekk rules/barnekoordinator.regel --json
        """)
    }

    @Test func evaluateHelp() throws {
        try Self.expectHelp(["vurder", "eval"], """
        bruk: regel vurder REGLER --sak SAK.json [--regel NAVN]… [--dato ÅÅÅÅ-MM-DD] [--forklar] [--json]
        alias: eval

        Vurderer én sak etter reglene og skriver ett svar per regel: ja, nei, ukjent, en verdi eller
        «ikke i kraft», og for et ukjent svar hva som mangler. Saken er en JSON-fil (format 1, se
        docs/innebygging.md). Uten --dato og uten vurderingsdato i saken brukes dagens dato, og det
        sies fra på standard feil.

        argumenter:
          REGLER             regelfilene eller regelmappen

        valg:
          --sak SAK.json     saken som skal vurderes, som JSON (påkrevd; se docs/innebygging.md)
          --regel NAVN       vurder bare denne regelen; kan gis flere ganger (standard: alle, i rekkefølge)
          --dato ÅÅÅÅ-MM-DD  vurderingsdatoen; overstyrer den som står i saken
          --forklar          vis forklaringen (hvorfor) under hvert svar
          --json             skriv svarene med forklaring som JSON (skjemaet regel-forklaring)
          -h, --hjelp        vis denne hjelpen

        utgangskoder:
          0  saken ble vurdert, uansett hva svaret ble
          1  feil i reglene eller i saken (da vurderes ingenting), eller en regel i --regel finnes ikke
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempel:
          regel vurder rules --sak rules/eksempler/barnekoordinator.json --regel rett_til_barnekoordinator
        """)
    }

    @Test func explainHelp() throws {
        try Self.expectHelp(["forklar", "explain"], """
        bruk: regel forklar REGLER --sak SAK.json [--regel NAVN]… [--dato ÅÅÅÅ-MM-DD] [--json] [--html FIL]
        alias: explain

        Som «regel vurder --forklar»: vurderer saken og viser for hvert svar forklaringstreet med
        delresultatene, hjemlene og lovteksten som avgjorde det. Med --html skrives det samme også
        som en selvstendig HTML-rapport, med opplysningene i saken og det som mangler. Se
        docs/rapporter.md.

        argumenter:
          REGLER             regelfilene eller regelmappen

        valg:
          --sak SAK.json     saken som skal vurderes, som JSON (påkrevd; se docs/innebygging.md)
          --regel NAVN       vurder bare denne regelen; kan gis flere ganger (standard: alle, i rekkefølge)
          --dato ÅÅÅÅ-MM-DD  vurderingsdatoen; overstyrer den som står i saken
          --json             skriv svarene med forklaring som JSON (skjemaet regel-forklaring)
          --html FIL         skriv også en rapport som én HTML-fil, til å lese, skrive ut og arkivere
          -h, --hjelp        vis denne hjelpen

        utgangskoder:
          0  saken ble vurdert, uansett hva svaret ble
          1  feil i reglene eller i saken (da vurderes ingenting), en regel i --regel finnes ikke, eller
             HTML-filen kunne ikke skrives
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel forklar rules --sak rules/eksempler/barnekoordinator.json --regel rett_til_barnekoordinator
          regel forklar rules --sak rules/eksempler/barnekoordinator.json --html vurdering.html
        """)
    }

    @Test func documentHelp() throws {
        try Self.expectHelp(["dokumenter", "document"], """
        bruk: regel dokumenter REGLER --ut MAPPE
        alias: document

        Skriver statiske HTML-sider for regelbiblioteket: én side per regelfil med lovteksten ved
        siden av reglene som koder den, hver regel med vilkår, hjemmel, versjoner, åpne punkter
        ([uavklart]), testene og dekningen, lenker mellom regler og fakta, en side med lover og
        paragrafer og en forside med søk. Testene kjøres, og resultatene står på sidene. Sidene
        trenger ingen andre filer og virker uten nettverk og uten JavaScript. Se docs/rapporter.md.

        argumenter:
          REGLER       regelfilene eller regelmappen

        valg:
          --ut MAPPE   mappen sidene skrives til; lages om den ikke finnes (påkrevd)
          -h, --hjelp  vis denne hjelpen

        utgangskoder:
          0  sidene ble skrevet (også når en test feilet; det står på sidene)
          1  feil i reglene (da skrives ingenting), eller en side kunne ikke skrives
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempel:
          regel dokumenter rules --ut nettsted
        """)
    }

    @Test func testHelp() throws {
        try Self.expectHelp(["test"], """
        bruk: regel test [FILER|MAPPER] [--filter TEKST] [--junit FIL] [--dekning] [--min-dekning N]

        Kjører test-blokkene i reglene og viser hver test som feilet, med forventet og faktisk svar
        og hvorfor. Siste linje er alltid «N passed, N failed».

        argumenter:
          FILER|MAPPER     regelfilene eller regelmappen med testene (standard: rules)

        valg:
          --filter TEKST   kjør bare testene som har TEKST i navnet
          --junit FIL      skriv resultatene som JUnit-XML til FIL, for CI
          --dekning        vis hvilke regler, vilkår og hjemler testene berører
          --min-dekning N  feil hvis regel- eller vilkårsdekningen er under N prosent (0–100)
          -h, --hjelp      vis denne hjelpen

        utgangskoder:
          0  alle testene besto, og dekningen er minst --min-dekning
          1  en test feilet, dekningen er for lav, reglene har feil, eller JUnit-filen kunne ikke skrives
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel test rules --dekning
          regel test rules --filter barnekoordinator --junit tester.xml
        """)
    }

    @Test func formatHelp() throws {
        try Self.expectHelp(["formater", "fmt"], """
            bruk: regel formater FILER|MAPPER [--sjekk]
            alias: fmt

            Skriver regelfilene i det faste oppsettet fra grammar/README.md: to mellomrom per nivå, ett
            mellomrom mellom ordene og høyst én tom linje på rad. Kommentarene og teksten beholdes. En fil
            med syntaksfeil står urørt, og feilene skrives ut.

            argumenter:
              FILER|MAPPER  regelfilene, eller mapper som leses med alle undermapper (minst én)

            valg:
              --sjekk       endre ingenting; list filene som ikke er formatert
              -h, --hjelp   vis denne hjelpen

            utgangskoder:
              0  alle filene er formatert (med --sjekk: var det fra før)
              1  en fil har syntaksfeil, kunne ikke skrives, eller (med --sjekk) er ikke formatert
              2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

            eksempler:
              regel formater rules
              regel formater --sjekk rules
            """)
    }

    @Test func diffHelp() throws {
        try Self.expectHelp(["diff", "compare"], """
        bruk: regel diff GAMMEL NY [--saker FIL.jsonl|MAPPE|-] [--regel NAVN]… [--jobber N] [--git] [--json]
        alias: compare

        Sammenligner to regelsett: regler, versjoner, fakta, vurderinger, typer, lovtekster, unntak og
        tester som er lagt til, fjernet eller endret, med sted i begge. Med --saker vurderes hver sak
        etter begge, og avgjørelsene som endres, telles per regel og overgang (ja → nei, …), gruppert
        etter det første vilkåret som gir et annet utfall, med eksempler og begge forklaringene. Se
        docs/diff.md.

        argumenter:
          GAMMEL NY                  de to regelsettene (filer eller mapper); med --git: REV1 REV2 MAPPE

        valg:
          --saker FIL.jsonl|MAPPE|-  vurder sakene (JSON Lines som i regel batch, - for standard inn, eller
                                     en mappe med *.json) etter begge regelsettene
          --regel NAVN               sammenlign bare denne regelen; kan gis flere ganger (standard: alle som
                                     finnes i begge)
          --jobber N                 antall tråder, 1–1024 (standard: antall prosessorkjerner)
          --git                      les MAPPE slik den var i to git-revisjoner (med systemets git)
          --json                     skriv resultatet som JSON (skjemaet regel-diff, docs/skjema/)
          -h, --hjelp                vis denne hjelpen

        utgangskoder:
          0  ingenting er endret (med --saker: ingen avgjørelse er endret)
          1  noe er endret (med --saker: minst én avgjørelse, eller en sak kan bare leses etter det ene
             regelsettet)
          2  feil bruk, feil i reglene, git feilet, eller en sak kunne ikke leses etter noen av regelsettene

        eksempler:
          regel diff rules ny-rules --saker saker.jsonl
          regel diff --git HEAD~1 HEAD rules --saker rules/eksempler --json
        """)
    }

    @Test func whatWouldChangeHelp() throws {
        try Self.expectHelp(["hva-skal-til", "what-if"], """
        bruk: regel hva-skal-til REGLER --sak SAK.json --regel NAVN [--mål ja|nei] [--fast FAKTUM]…
                                 [--maks N] [--tid SEKUNDER] [--dato ÅÅÅÅ-MM-DD]
        alias: what-if

        Finner de minste endringene i sakens fakta og vurderinger (og verdier for fakta som mangler)
        som gir regelen svaret i --mål, med høyst tre alternativer og forklaringen for hvert. Tall og
        datoer flyttes til grensen der en sammenligning skifter. Vurderinger vises som skjønn som kan
        vurderes på nytt. Søket stopper ved tidsgrensen og sier fra. Se docs/hva-skal-til.md.

        argumenter:
          REGLER             regelfilene eller regelmappen

        valg:
          --sak SAK.json     saken, som JSON (påkrevd; se docs/innebygging.md)
          --regel NAVN       ja/nei-regelen svaret gjelder (påkrevd)
          --mål ja|nei       svaret det skal bli (standard: det motsatte av ja eller nei, og ja for ukjent)
          --fast FAKTUM      et faktum eller en vurdering som ikke skal endres; kan gis flere ganger
          --maks N           høyst så mange endringer i ett alternativ, 1–8 (standard: 3)
          --tid SEKUNDER     tidsgrensen for søket (standard: 5)
          --dato ÅÅÅÅ-MM-DD  vurderingsdatoen; overstyrer den som står i saken
          -h, --hjelp        vis denne hjelpen

        utgangskoder:
          0  søket ble gjort (også når ingen endring gir svaret, eller tiden gikk ut; det står i svaret)
          1  feil i reglene eller i saken, eller regelen finnes ikke
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel hva-skal-til rules --sak sak.json --regel rett_til_barnekoordinator
          regel hva-skal-til rules --sak sak.json --regel rett_til_barnekoordinator --fast barn.fødselsdato
        """)
    }

    @Test func batchHelp() throws {
        try Self.expectHelp(["batch"], """
        bruk: regel batch REGLER [--regel NAVN]… [--inn FIL|-] [--ut FIL|-] [--saker MAPPE] [--forklar]
                          [--mangler] [--format jsonl|csv] [--skilletegn ;|,] [--jobber N]
                          [--stopp-ved-feil]

        Vurderer mange saker med de samme reglene, på alle kjerner, og skriver ett svar per sak i
        samme rekkefølge som sakene kom: én linje inn gir alltid én linje ut, også når linjen har feil.
        En oppsummering skrives på standard feil. Se docs/batch.md.

        argumenter:
          REGLER              regelfilene eller regelmappen

        valg:
          --regel NAVN        vurder bare denne regelen; kan gis flere ganger (standard: alle)
          --inn FIL|-         les sakene, én per linje (JSON Lines), fra FIL (standard: standard inn)
          --ut FIL|-          skriv svarene til FIL, som lages eller overskrives (standard: standard ut)
          --saker MAPPE       les hver *.json-fil i MAPPE som én sak, etter filnavn (ikke med --inn)
          --forklar           ta med forklaringen i hvert svar (bare med --format jsonl)
          --mangler           ta med faktaene som fortsatt kan endre et ukjent svar
          --format jsonl|csv  JSON Lines (standard) eller CSV for regneark
          --skilletegn ;|,    skilletegnet i CSV (standard: ;)
          --jobber N          antall tråder, 1–1024 (standard: antall prosessorkjerner)
          --stopp-ved-feil    stopp etter den første saken med feil
          -h, --hjelp         vis denne hjelpen

        utgangskoder:
          0  alle sakene ble vurdert uten feil
          1  feil i reglene (da vurderes ingenting), en sak med feil, eller lesing eller skriving feilet
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel batch rules --inn saker.jsonl --ut svar.jsonl
          regel batch rules --saker saksmappe --format csv --ut svar.csv
        """)
    }

    @Test func schemaHelp() throws {
        try Self.expectHelp(["skjema", "schema"], """
        bruk: regel skjema REGLER [--ut FIL|-] [--batch]
        alias: schema

        Skriver et JSON Schema (utkast 2020-12) for saksdokumentet reglene leser: vurderingsdato og
        ett felt under fakta for hvert faktum og hver vurdering, med typen, verdiene i en oppramsing
        og spørsmålet som beskrivelse. Skjemaene for det regel skriver ligger i docs/skjema/. Se
        docs/innebygging.md.

        argumenter:
          REGLER       regelfilene eller regelmappen

        valg:
          --ut FIL|-   skriv skjemaet til FIL, som lages eller overskrives (standard: standard ut)
          --batch      skjemaet for en linje i regel batch: saken kan også ha en «id» (tekst eller tall)
          -h, --hjelp  vis denne hjelpen

        utgangskoder:
          0  skjemaet ble skrevet
          1  feil i reglene (da skrives ingenting), eller filen kunne ikke skrives
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel skjema rules --ut sak.schema.json
          regel skjema rules --batch
        """)
    }

    @Test func replHelp() throws {
        try Self.expectHelp(["repl"], """
        bruk: regel repl [REGLER]

        Utforsk en sak linje for linje: gi fakta, se svarene, spør hvorfor og hva som mangler, og la
        Regel intervjue deg. Skriv «hjelp» i økten for kommandoene. På en terminal er det
        linjeredigering og historikk; fra en fil eller et rør leses én linje om gangen. Se docs/repl.md.

        argumenter:
          REGLER               regelfilene eller regelmappen (standard: rules)

        valg:
          -h, --hjelp          vis denne hjelpen

        miljø:
          REGEL_HISTORIKK      filen historikken lagres i (standard: ~/.regel_historikk); «av» slår den av
          REGEL_HISTORIKK_ALT  1: lagre alle linjer, også verdier og svar (ellers bare kommandoer og navn)

        utgangskoder:
          0  økten ble avsluttet
          1  linjene kom fra en fil eller et rør, og minst én av dem ga feil
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempler:
          regel repl rules
          regel repl rules < økt.txt
        """)
    }

    @Test func languageServerHelp() throws {
        try Self.expectHelp(["lsp"], """
        bruk: regel lsp [--stdio]

        Starter språktjeneren som redigereren din snakker med over standard inn og ut: feil mens du
        skriver, hover med hjemmel og lovtekst, gå til definisjon, finn bruk, gi nytt navn,
        fullføring, hurtigrettinger, formatering og disposisjon. Du starter den ikke selv; pek
        redigereren på «regel lsp». Se docs/editor.md.

        valg:
          --stdio      snakk over standard inn og ut (det eneste som finnes; godtas fordi mange redigerere
                       sender det)
          -h, --hjelp  vis denne hjelpen

        utgangskoder:
          0  klienten sendte «shutdown» og «exit»
          1  klienten sendte «exit» uten «shutdown» først, eller lukket forbindelsen uten å avslutte
          2  feil bruk: ukjent valg, manglende eller ugyldig argument, en fil eller mappe som ikke finnes

        eksempel:
          regel lsp
        """)
    }

    @Test func helpHelp() throws {
        try Self.expectHelp(["hjelp", "help"], """
        bruk: regel hjelp [KOMMANDO]
        alias: help

        Viser oversikten over kommandoene, eller bruk, valg, utgangskoder og eksempler for én
        kommando. «regel KOMMANDO --hjelp» viser det samme.

        argumenter:
          KOMMANDO     kommandoen du vil vite mer om; uten den vises oversikten

        valg:
          -h, --hjelp  vis denne hjelpen

        utgangskoder:
          0  hjelpen ble vist
          2  ukjent kommando

        eksempel:
          regel hjelp batch
        """)
    }

    @Test func versionHelp() throws {
        try Self.expectHelp(["versjon", "version"], """
        bruk: regel versjon
        alias: version

        Viser versjonen av programmet, versjonen av regelspråket og hvordan programmet er bygget
        (debug eller release, Swift-versjon og plattform). «regel --versjon» og «regel -V» gjør det
        samme.

        valg:
          -h, --hjelp  vis denne hjelpen

        utgangskoder:
          0  versjonen ble vist
          2  feil bruk

        eksempel:
          regel --versjon
        """)
    }

    @Test func overviewForEveryWayOfAsking() throws {
        for arguments in [["--hjelp"], ["-h"], ["--help"], ["hjelp"], ["help"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.exitCode == 0, "\(arguments)")
            #expect(result.stderr == "", "\(arguments)")
            #expect(result.stdout == Self.overview + "\n", "\(arguments)")
        }
        let bare = try CLIRunner.run([])
        #expect(bare.exitCode == 2)
        #expect(bare.stdout == "")
        #expect(bare.stderr == Self.overview + "\n")
    }

    @Test func helpWinsOverOtherMistakesButNotInAValue() throws {
        let help = try CLIRunner.run(["batch", "finnes-ikke", "--jobbber", "2", "--hjelp"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.hasPrefix("bruk: regel batch REGLER "))
        // `-h` as the value of `--filter` is a filter, not a request for help.
        let value = try CLIRunner.run(["test", "finnes-ikke", "--filter", "-h"])
        #expect(value.exitCode == 2)
        #expect(value.stderr == "regel: «finnes-ikke» finnes ikke\n")
    }

    @Test func version() throws {
        #if DEBUG
        let configuration = "debug"
        #else
        let configuration = "release"
        #endif
        #if os(Linux)
        let system = "Linux"
        #elseif os(macOS)
        let system = "macOS"
        #else
        let system = "ukjent system"
        #endif
        #if arch(x86_64)
        let processor = "x86_64"
        #elseif arch(arm64)
        let processor = "arm64"
        #else
        let processor = "ukjent prosessor"
        #endif
        for arguments in [["--versjon"], ["-V"], ["--version"], ["versjon"], ["version"]] {
            let result = try CLIRunner.run(arguments)
            #expect(result.exitCode == 0, "\(arguments)")
            #expect(result.stderr == "", "\(arguments)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines.count == 4, "\(arguments)")
            guard lines.count == 4 else { continue }
            #expect(lines[0] == "regel 0.1.0")
            #expect(lines[1] == "regelspråk 1.0")
            // The compiler's minor version depends on the toolchain; everything else is exact.
            let build = lines[2].replacing(/Swift 6\.\d/, with: "Swift 6.x")
            #expect(build == "bygg: \(configuration), Swift 6.x, \(system) \(processor)", "\(lines[2])")
            #expect(lines[3] == "")
        }
        let extra = try CLIRunner.run(["versjon", "mer"])
        #expect(extra.exitCode == 2)
        #expect(extra.stderr == "regel: «versjon» tar ingen argumenter\n\nbruk: regel versjon\nSkriv «regel versjon --hjelp» for å se alle valgene.\n")
    }

    @Test(arguments: [
        (["sjek"], "regel: ukjent kommando «sjek»; mente du «sjekk»?"),
        (["vurdre"], "regel: ukjent kommando «vurdre»; mente du «vurder»?"),
        (["tset"], "regel: ukjent kommando «tset»; mente du «test»?"),
        (["chek"], "regel: ukjent kommando «chek»; mente du «check»?"),
        (["--verison"], "regel: ukjent valg «--verison»; mente du «--version»?"),
        (["--versjn"], "regel: ukjent valg «--versjn»; mente du «--versjon»?"),
        (["-v"], "regel: ukjent valg «-v»; mente du «-V»?"),
        (["hjelp", "bach"], "regel: ukjent kommando «bach»; mente du «batch»?"),
    ])
    func aMistypedCommandGetsASuggestion(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == message + "\nSkriv «regel --hjelp» for å se alle kommandoene.\n")
    }

    @Test func anUnknownCommandWithoutSuggestionShowsTheOverview() throws {
        let result = try CLIRunner.run(["tull"])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "regel: ukjent kommando «tull»\n\n" + Self.overview + "\n")
    }

    @Test func aMistypedOptionGetsASuggestionAndTheUsageLine() throws {
        let result = try CLIRunner.run(["batch", "regler", "--jobbber", "2"])
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
        regel: ukjent valg «--jobbber»; mente du «--jobber»?

        bruk: regel batch REGLER [--regel NAVN]… [--inn FIL|-] [--ut FIL|-] [--saker MAPPE] [--forklar]
                          [--mangler] [--format jsonl|csv] [--skilletegn ;|,] [--jobber N]
                          [--stopp-ved-feil]
        Skriv «regel batch --hjelp» for å se alle valgene.

        """)
        let equals = try CLIRunner.run(["batch", "regler", "--jobbber=2"])
        #expect(equals.stderr == result.stderr)
    }

    @Test(arguments: [
        (["vurder", "regler", "--sak", "sak.json", "--date", "2024-01-01"], "ukjent valg «--date»; mente du «--dato»?"),
        (["forklar", "regler", "--sak", "sak.json", "--forklar"], "ukjent valg «--forklar»"),
        (["test", "--dekkning"], "ukjent valg «--dekkning»; mente du «--dekning»?"),
        (["test", "--min-dekking", "80"], "ukjent valg «--min-dekking»; mente du «--min-dekning»?"),
        (["sjekk", "regler", "--jsno"], "ukjent valg «--jsno»; mente du «--json»?"),
        (["sjekk", "regler", "-json"], "ukjent valg «-json»; valgene skrives med to bindestreker: mente du «--json»?"),
        (["sjekk", "regler", "--json=ja"], "«--json» tar ingen verdi; skriv bare «--json»"),
        (["test", "-x"], "ukjent valg «-x»; valgene skrives med to bindestreker, som «--filter»"),
        (["batch", "regler", "--stop-ved-feil"], "ukjent valg «--stop-ved-feil»; mente du «--stopp-ved-feil»?"),
        (["repl", "--hjlep"], "ukjent valg «--hjlep»; mente du «--hjelp»?"),
        (["repl", "--tull"], "ukjent valg «--tull»"),
    ])
    func aMistypedOptionIsAUsageError(arguments: [String], message: String) throws {
        let result = try CLIRunner.run(arguments, stdin: "")
        #expect(result.exitCode == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("regel: \(message)\n\nbruk: regel \(arguments[0]) "), "\(result.stderr)")
        #expect(result.stderr.hasSuffix("\nSkriv «regel \(arguments[0]) --hjelp» for å se alle valgene.\n"))
    }
}
