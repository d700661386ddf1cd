import Foundation
import Regel

extension CommandLine {
    static let usage = """
    bruk: regel KOMMANDO [VALG]

    kommandoer:
      sjekk (check) FILER|MAPPER [--json]   les og kontroller regelfiler
      vurder (eval) REGLER --sak SAK.json [--regel NAVN]… [--dato ÅÅÅÅ-MM-DD] [--forklar] [--json]
                                            vurder en sak etter reglene; --regel kan gis flere
                                            ganger, --dato overstyrer sakens vurderingsdato
      forklar (explain) REGLER --sak SAK.json [--regel NAVN]… [--dato ÅÅÅÅ-MM-DD] [--json]
                                            vurder og forklar hvorfor
      test [FILER|MAPPER] [--filter TEKST] [--junit FIL] [--dekning] [--min-dekning N]
                                            kjør testene i reglene (standard: rules)
      batch REGLER [--regel NAVN]… [--inn FIL|-] [--ut FIL|-] [--forklar] [--mangler] [--jobber N]
            [--format jsonl|csv] [--skilletegn ;|,] [--saker MAPPE] [--stopp-ved-feil]
                                            vurder mange saker, én per linje (JSON Lines) eller
                                            én per fil i en mappe; ett svar per sak, i samme rekkefølge
      formater (fmt) [--sjekk] FILER|MAPPER skriv regelfilene i det faste oppsettet; med --sjekk
                                            bare list filene som ikke er formatert
      repl [REGLER]                         utforsk en sak interaktivt (standard: rules)
      hjelp (help)                          vis denne teksten

    utgangskoder: 0 uten feil; 1 når reglene, saken eller testene har feil (da vurderes ingenting),
                  eller når en linje i en repl fra en fil eller et rør, eller en sak i en batch, ga feil;
                  2 ved feil bruk av kommandoen, også når en fil eller mappe ikke finnes
    """

    /// Runs one command and returns its exit code.
    static func run(_ args: [String]) -> Int32 {
        guard let command = args.first else {
            Output.err(usage)
            return 2
        }
        let rest = Array(args.dropFirst())
        do throws(UsageError) {
            switch command {
            case "sjekk", "check": return try CheckCommand.run(rest)
            case "vurder", "eval": return try EvaluateCommand.run(rest, alwaysExplain: false)
            case "forklar", "explain": return try EvaluateCommand.run(rest, alwaysExplain: true)
            case "test": return try TestCommand.run(rest)
            case "repl": return try ReplCommand.run(rest)
            case "batch": return try BatchCommand.run(rest)
            case "formater", "fmt": return try FormatCommand.run(rest)
            case "hjelp", "help", "--help", "-h":
                Output.out(usage)
                return 0
            default:
                throw UsageError("ukjent kommando «\(command)»")
            }
        } catch {
            Output.err("regel: \(error.message)" + (error.showUsage ? "\n\n\(usage)" : ""))
            return 2
        }
    }
}
