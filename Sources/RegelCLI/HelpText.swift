import Foundation

/// The help texts, laid out from `CommandCatalogue`: the overview and one page per command.
enum HelpText {
    /// Lines are wrapped to fit this many columns.
    static let width = 100

    /// `regel --hjelp`: every command with one line about it.
    static var overview: String {
        let commands = CommandCatalogue.all.map { command in
            (command.name + (command.aliases.isEmpty ? "" : " (\(command.aliases.joined(separator: ", ")))"), command.summary)
        }
        let options = [("-h, --hjelp", "vis denne teksten"), ("-V, --versjon", "vis versjonen av regel og regelspråket")]
        let column = (commands + options).map(\.0.count).max()! + 4
        return """
        bruk: regel KOMMANDO [ARGUMENTER] [VALG]

        kommandoer:
        \(table(commands, column: column))

        valg:
        \(table(options, column: column))

        Skriv «regel KOMMANDO --hjelp» eller «regel hjelp KOMMANDO» for argumentene, valgene,
        utgangskodene og et eksempel for hver kommando.

        utgangskoder: 0 i orden; 1 feil i reglene, saken eller testene; 2 feil bruk av kommandoen
        """
    }

    /// `regel KOMMANDO --hjelp`.
    static func page(_ command: CommandDescription) -> String {
        var sections = [usage(command) + (command.aliases.isEmpty ? "" : "\nalias: \(command.aliases.joined(separator: ", "))"),
                        command.about]
        let options = command.options.map { ($0.label, $0.help) }
            + [("-h, --hjelp", "vis denne hjelpen")]
        let operands = command.operands.map { ($0.synopsis.trimmingCharacters(in: CharacterSet(charactersIn: "[]")), $0.help) }
        let column = (operands + options + command.environment.map { ($0.name, "") }).map(\.0.count).max()! + 4
        if !operands.isEmpty { sections.append("argumenter:\n" + table(operands, column: column)) }
        sections.append("valg:\n" + table(options, column: column))
        if !command.environment.isEmpty {
            sections.append("miljø:\n" + table(command.environment.map { ($0.name, $0.meaning) }, column: column))
        }
        sections.append("utgangskoder:\n" + table(command.exitCodes.map { ("\($0.code)", $0.meaning) }, column: 5))
        sections.append((command.examples.count == 1 ? "eksempel:\n" : "eksempler:\n")
                        + command.examples.map { "  " + $0 }.joined(separator: "\n"))
        return sections.joined(separator: "\n\n")
    }

    /// `bruk: regel batch REGLER [--regel NAVN]… …`, wrapped under the first argument.
    static func usage(_ command: CommandDescription) -> String {
        let start = "bruk: regel \(command.name)"
        let words = command.operands.map(\.synopsis) + command.options.map(\.synopsis)
        var lines = [start]
        for word in words {
            if lines[lines.count - 1].count + 1 + word.count > width {
                lines.append(String(repeating: " ", count: start.count))
            }
            lines[lines.count - 1] += " " + word
        }
        return lines.joined(separator: "\n")
    }

    /// What follows the message of a usage error in `command`: its usage line and where to read more.
    static func usageHint(_ command: CommandDescription) -> String {
        usage(command) + "\nSkriv «regel \(command.name) --hjelp» for å se alle valgene."
    }

    /// Two columns: the left padded to `column`, the right wrapped to `width` under itself.
    static func table(_ rows: [(String, String)], column: Int) -> String {
        rows.map { left, right in
            let lead = "  " + left
            let padding = String(repeating: " ", count: max(column - lead.count, 1))
            return lead + padding + wrap(right, width: width - max(column, lead.count + 1), indent: max(column, lead.count + 1))
        }.joined(separator: "\n")
    }

    /// `text` in lines of at most `width` characters, every line after the first indented.
    static func wrap(_ text: String, width: Int, indent: Int) -> String {
        var lines = [""]
        for word in text.split(separator: " ") {
            if !lines[lines.count - 1].isEmpty && lines[lines.count - 1].count + 1 + word.count > width {
                lines.append("")
            }
            lines[lines.count - 1] += (lines[lines.count - 1].isEmpty ? "" : " ") + word
        }
        return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
    }
}
