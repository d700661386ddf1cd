import RegelLanguageServer

/// `regel lsp` (help in `CommandCatalogue.languageServer`): the language server on standard input
/// and output, until the client exits or goes away.
enum LanguageServerCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        _ = try Arguments(args, for: CommandCatalogue.languageServer)
        return ServerLoop.serveStandardIO()
    }
}
