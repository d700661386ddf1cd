import Foundation
import Regel

/// `regel formater [--sjekk] FILER|MAPPER`: writes every file in the canonical layout, or with
/// `--sjekk` only lists the files that are not in it. Exit 1 when a file has syntax errors (it is
/// left as it is) or, with `--sjekk`, is not formatted.
enum FormatCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.format)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.needsFilesOrFolders("formater")) }
        try UsageError.requireExisting(arguments.operands)
        let checkOnly = arguments.flags.contains("sjekk")
        let loaded = SourceLoader.load(paths: arguments.operands)
        Output.diagnostics(loaded.diagnostics)
        var failed = !loaded.diagnostics.isEmpty
        var changed: [String] = []
        for file in loaded.files {
            let result = RegelFormatter.format(file)
            guard let text = result.text else {
                Output.diagnostics(result.diagnostics)
                Output.err(CLIMessages.notFormattedBecauseOfErrors(file.name))
                failed = true
                continue
            }
            guard result.changed else { continue }
            changed.append(file.name)
            if checkOnly {
                Output.out(file.name)
            } else {
                // Written to a new file that then replaces the old one, so an interrupted run never
                // leaves half a rule file behind.
                do {
                    // Through a symbolic link to the file it names, so the link itself stays.
                    try Data(text.utf8).write(to: URL(fileURLWithPath: file.name).resolvingSymlinksInPath(), options: .atomic)
                } catch {
                    Output.err(CLIMessages.cannotWriteFile(file.name))
                    failed = true
                }
            }
        }
        Output.err(checkOnly ? CLIMessages.formatChecked(files: loaded.files.count, unformatted: changed.count)
                             : CLIMessages.formatted(files: loaded.files.count, changed: changed.count))
        return failed || (checkOnly && !changed.isEmpty) ? 1 : 0
    }
}
