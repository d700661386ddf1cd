import Regel

/// `regel sjekk` (options and help in `CommandCatalogue.check`): read and check, report, exit 0/1/2.
enum CheckCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.check)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.needsFilesOrFolders("sjekk")) }
        try UsageError.requireExisting(arguments.operands)
        let result = RegelChecker.check(paths: arguments.operands)
        if arguments.flags.contains("json") {
            Output.out(JSONRenderer.render(result.diagnostics))
        } else {
            Output.diagnostics(result.diagnostics)
            Output.err("\(result.fileCount) \(result.fileCount == 1 ? "fil" : "filer") kontrollert: \(TextRenderer.summary(result.diagnostics))")
        }
        return result.diagnostics.hasErrors ? 1 : 0
    }
}
