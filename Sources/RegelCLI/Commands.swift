import Foundation
import Regel

extension CommandLine {
    /// Runs one command and returns its exit code.
    static func run(_ args: [String]) -> Int32 {
        guard let word = args.first else {
            Output.err(HelpText.overview)
            return 2
        }
        let rest = Array(args.dropFirst())
        let command: CommandDescription
        if let named = CommandCatalogue.command(named: word) {
            command = named
        } else if CommandCatalogue.helpFlags.contains(word) {
            command = CommandCatalogue.help
        } else if CommandCatalogue.versionFlags.contains(word) {
            command = CommandCatalogue.version
        } else {
            // With a likely typo, the suggestion is enough; otherwise the list of commands helps.
            let message = unknownCommand(word)
            Output.err("regel: " + message + (message.hasSuffix("?") ? "\n" + CLIMessages.seeAllCommands : "\n\n" + HelpText.overview))
            return 2
        }
        if Arguments.asksForHelp(rest, command: command) {
            Output.out(HelpText.page(command))
            return 0
        }
        do throws(UsageError) {
            switch command.name {
            case CommandCatalogue.check.name: return try CheckCommand.run(rest)
            case CommandCatalogue.evaluate.name: return try EvaluateCommand.run(rest, alwaysExplain: false)
            case CommandCatalogue.explain.name: return try EvaluateCommand.run(rest, alwaysExplain: true)
            case CommandCatalogue.test.name: return try TestCommand.run(rest)
            case CommandCatalogue.repl.name: return try ReplCommand.run(rest)
            case CommandCatalogue.batch.name: return try BatchCommand.run(rest)
            case CommandCatalogue.diff.name: return try DiffCommand.run(rest)
            case CommandCatalogue.whatWouldChange.name: return try WhatWouldChangeCommand.run(rest)
            case CommandCatalogue.format.name: return try FormatCommand.run(rest)
            case CommandCatalogue.schema.name: return try SchemaCommand.run(rest)
            case CommandCatalogue.document.name: return try DocumentCommand.run(rest)
            case CommandCatalogue.languageServer.name: return try LanguageServerCommand.run(rest)
            case CommandCatalogue.help.name: return try HelpCommand.run(rest)
            default: return try VersionCommand.run(rest)
            }
        } catch {
            Output.err("regel: \(error.message)" + (error.showUsage ? "\n\n" + HelpText.usageHint(command) : ""))
            return 2
        }
    }

    /// `ukjent kommando «sjek»; mente du «sjekk»?`, or `ukjent valg «--verison»; mente du «--version»?`
    /// for an option given where the command should be.
    static func unknownCommand(_ word: String) -> String {
        if word.hasPrefix("-") {
            let options = CommandCatalogue.helpFlags.union(CommandCatalogue.versionFlags)
            // `-v` is `-V` in the wrong case; a long option is compared without its dashes.
            let closest = word.hasPrefix("--")
                ? Suggest.closest(to: String(word.dropFirst(2)), among: options.filter { $0.hasPrefix("--") }.map { String($0.dropFirst(2)) }).map { "--" + $0 }
                : options.first { !$0.hasPrefix("--") && $0.lowercased() == word.lowercased() }
            return CLIMessages.unknownOption(word, suggestion: closest)
        }
        let closest = Suggest.closest(to: word, among: CommandCatalogue.allNames)
        return CLIMessages.unknownCommand(word, suggestion: closest)
    }
}

/// `regel hjelp [KOMMANDO]`: the overview, or one command's help.
enum HelpCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.help)
        guard arguments.operands.count <= 1 else { throw UsageError(CLIMessages.atMostOneCommand) }
        guard let word = arguments.operands.first else {
            Output.out(HelpText.overview)
            return 0
        }
        guard let command = CommandCatalogue.command(named: word) else {
            throw UsageError(CommandLine.unknownCommand(word) + "\n" + CLIMessages.seeAllCommands, showUsage: false)
        }
        Output.out(HelpText.page(command))
        return 0
    }
}

/// `regel versjon`, `regel --versjon`, `regel -V`: the versions from `RegelVersion`.
enum VersionCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.version)
        guard arguments.operands.isEmpty else { throw UsageError(CLIMessages.versionTakesNoArguments) }
        Output.out(RegelVersion.text)
        return 0
    }
}
