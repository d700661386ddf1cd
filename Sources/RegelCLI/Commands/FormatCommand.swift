import Foundation
import Regel

/// `regel formater [--sjekk] FILER|MAPPER`: writes every file in the canonical layout, or with
/// `--sjekk` only lists the files that are not in it. Exit 1 when a file has syntax errors (it is
/// left as it is) or, with `--sjekk`, is not formatted.
enum FormatCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.format)
        guard !arguments.operands.isEmpty else { throw UsageError("«formater» trenger minst én fil eller mappe") }
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
                Output.err("\(file.name): ikke formatert, fordi filen har feil")
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
                    Output.err("\(file.name): kan ikke skrive filen")
                    failed = true
                }
            }
        }
        let count = loaded.files.count
        let files = "\(count) \(count == 1 ? "fil" : "filer")"
        if checkOnly {
            Output.err(changed.isEmpty ? "\(files) kontrollert: alle er formatert"
                                       : "\(files) kontrollert: \(changed.count) er ikke formatert (kjør «regel formater» på dem)")
        } else {
            Output.err("\(files) lest: \(changed.count) formatert på nytt")
        }
        return failed || (checkOnly && !changed.isEmpty) ? 1 : 0
    }
}
