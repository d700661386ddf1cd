import Foundation
import Regel

/// `regel diff` (options and help in `CommandCatalogue.diff`): the declarations that changed
/// between two rule sets and, with `--saker`, the decisions that changed. Exit 0 when nothing
/// changed, 1 when something did, 2 for errors (see `CommandCatalogue.diff`).
enum DiffCommand {
    static let changedExitCode: Int32 = 1
    static let errorExitCode: Int32 = 2

    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.diff)
        let useGit = arguments.flags.contains("git")
        guard arguments.operands.count == (useGit ? 3 : 2) else {
            throw UsageError(useGit ? CLIMessages.diffNeedsRevisions : CLIMessages.diffNeedsTwoRuleSets)
        }
        let casesPath = arguments.value("saker")
        try UsageError.requireExisting((useGit ? [arguments.operands[2]] : arguments.operands) + [casesPath].compactMap { $0 == "-" ? nil : $0 })
        var options = BatchOptions()
        options.rules = arguments.values["regel"] ?? []
        if let jobs = try BatchCommand.jobs(arguments) { options.jobs = jobs }

        var revisions: [GitRevision] = []
        defer { revisions.forEach { $0.remove() } }
        let sides: [(path: String, shownAs: String?)]
        if useGit {
            for revision in arguments.operands.prefix(2) {
                revisions.append(try GitRevision.unpack(revision, folder: arguments.operands[2]))
            }
            sides = revisions.map { ($0.folder, $0.shownAs) }
        } else {
            sides = arguments.operands.map { ($0, nil) }
        }
        let compilations = sides.map { RegelCompiler.compile(paths: [$0.path]) }
        compilations.forEach { Output.diagnostics($0.diagnostics) }
        guard let old = compilations[0].program, let new = compilations[1].program else {
            Output.err(CLIMessages.diffRulesHaveErrors)
            return errorExitCode
        }
        let diff = RuleSetDiff(old: side(compilations[0], sides[0]), new: side(compilations[1], sides[1]))
        var report: DecisionDiffReport?
        if let casesPath {
            let runner: DecisionDiffRunner
            do throws(RegelError) {
                runner = try DecisionDiffRunner(old: old, new: new, options: options)
            } catch {
                Output.err("regel: \(error.description)")
                return errorExitCode
            }
            report = try compare(runner, casesPath: casesPath)
        }
        if arguments.flags.contains("json") {
            Output.out(DiffJSON.render(diff, oldFingerprint: old.fingerprint, newFingerprint: new.fingerprint, decisions: report))
        } else {
            Output.out(DiffText.render(diff, decisions: report))
        }
        guard let report else { return diff.changes.isEmpty ? 0 : changedExitCode }
        if report.readUnderNeither > 0 { return errorExitCode }
        return report.decisionsChanged ? changedExitCode : 0
    }

    /// A side's files, shown by their revision and path inside it when they come from git.
    static func side(_ compilation: Compilation, _ side: (path: String, shownAs: String?)) -> RuleSetDiff.Side {
        RuleSetDiff.Side(files: compilation.files, root: side.path, shownAs: side.shownAs)
    }

    /// Runs the cases of a JSON Lines file (`-` for standard input) or a folder of case files.
    static func compare(_ runner: DecisionDiffRunner, casesPath: String) throws(UsageError) -> DecisionDiffReport {
        if BatchCommand.isDirectory(casesPath) {
            do {
                return try runner.run(caseFolder: casesPath)
            } catch {
                throw UsageError(CLIMessages.cannotReadFolder(casesPath), showUsage: false)
            }
        }
        let descriptor = try BatchCommand.open(casesPath == "-" ? nil : casesPath, forWriting: false)
        defer { if descriptor != 0 { close(descriptor) } }
        return runner.run(fileDescriptor: descriptor)
    }
}
