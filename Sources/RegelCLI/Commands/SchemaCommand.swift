import Foundation
import Regel

/// `regel skjema REGLER [--ut FIL] [--batch]` (help in `CommandCatalogue.schema`): compiles the
/// rules and writes the JSON Schema of their case documents from `CaseSchema`. Exit 1 when the
/// rules have errors or the file cannot be written.
enum SchemaCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.schema)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.giveRules) }
        try UsageError.requireExisting(arguments.operands)
        let compilation = RegelCompiler.compile(paths: arguments.operands)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else { return 1 }
        let schema = CaseSchema.json(for: program, batchLine: arguments.flags.contains("batch"))
        guard let path = arguments.value("ut"), path != "-" else {
            Output.out(schema)
            return 0
        }
        do {
            // Replaced whole, so a reader never sees half a schema.
            try Data(schema.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Output.err(CLIMessages.cannotWriteFile(path))
            return 1
        }
        return 0
    }
}
