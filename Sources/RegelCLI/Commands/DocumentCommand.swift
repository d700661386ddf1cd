import Foundation
import Regel
import RegelReport

/// `regel dokumenter REGLER --ut MAPPE` (options and help in `CommandCatalogue.document`).
enum DocumentCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.document)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.giveRules) }
        guard let folder = arguments.value("ut") else { throw UsageError(CLIMessages.giveSiteFolder) }
        try UsageError.requireExisting(arguments.operands)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UsageError(CLIMessages.siteNeedsFolder(folder), showUsage: false)
        }
        switch RuleLibrarySite.build(paths: arguments.operands) {
        case .failure(let diagnostics):
            Output.diagnostics(diagnostics.items)
            Output.err(CLIMessages.rulesHaveErrorsNoSite)
            return 1
        case .success(let pages):
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                Output.err(CLIMessages.cannotWriteReport(folder, reason: error.localizedDescription))
                return 1
            }
            for page in pages {
                guard ReportFiles.write(page.html, to: (folder as NSString).appendingPathComponent(page.path)) else { return 1 }
            }
            Output.err(CLIMessages.siteWritten(pages: pages.count, folder: folder))
            return 0
        }
    }
}
