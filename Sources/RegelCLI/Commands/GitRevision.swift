import Foundation

/// A folder of rules as it was in one git revision, unpacked with the system `git` (`git archive`)
/// and `tar` into a temporary folder, for `regel diff --git`.
struct GitRevision {
    /// The unpacked rules folder.
    let folder: String
    /// The temporary folder to remove afterwards.
    let temporary: String
    /// How the files are shown: `REV:sti/`.
    let shownAs: String

    /// Unpacks `folder` (a folder in a git working tree) as it was in `revision`; a failure is a
    /// usage error that says what git said.
    static func unpack(_ revision: String, folder: String) throws(UsageError) -> GitRevision {
        let top = try git(["-C", folder, "rev-parse", "--show-toplevel"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let prefix = try git(["-C", folder, "rev-parse", "--show-prefix"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let temporary = (NSTemporaryDirectory() as NSString).appendingPathComponent("regel-diff-\(UUID().uuidString)")
        let archive = (temporary as NSString).appendingPathComponent("revisjon.tar")
        let tree = (temporary as NSString).appendingPathComponent("tre")
        do {
            try FileManager.default.createDirectory(atPath: tree, withIntermediateDirectories: true)
        } catch {
            throw UsageError(CLIMessages.cannotMakeTemporaryFolder(temporary), showUsage: false)
        }
        do throws(UsageError) {
            // `--` would make git read the revision as a path; a revision starting with `-` is refused first.
            guard !revision.hasPrefix("-") else { throw UsageError(CLIMessages.gitRevisionLooksLikeOption(revision)) }
            _ = try git(["-C", top, "archive", "--format=tar", "-o", archive, revision, prefix.isEmpty ? "." : prefix])
            _ = try run("/usr/bin/env", ["tar", "-xf", archive, "-C", tree], what: "tar")
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        let unpacked = prefix.isEmpty ? tree : (tree as NSString).appendingPathComponent(prefix)
        return GitRevision(folder: unpacked, temporary: temporary, shownAs: "\(revision):\(prefix)")
    }

    /// Removes the temporary folder.
    func remove() { try? FileManager.default.removeItem(atPath: temporary) }

    static func git(_ arguments: [String]) throws(UsageError) -> String {
        try run("/usr/bin/env", ["git"] + arguments, what: "git")
    }

    /// Runs a program and gives its standard output; a failure to start it or a non-zero exit is
    /// a usage error with its standard error.
    static func run(_ executable: String, _ arguments: [String], what: String) throws(UsageError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw UsageError(CLIMessages.cannotRun(what), showUsage: false)
        }
        // git's output here is a path or two; the archive goes to a file, so the pipes cannot fill.
        let text = output.fileHandleForReading.readDataToEndOfFile()
        let problem = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: problem, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw UsageError(CLIMessages.toolFailed(what, said), showUsage: false)
        }
        return String(decoding: text, as: UTF8.self)
    }
}
