/// Checks rule files without running them: what `regel sjekk` does.
public enum RegelChecker {
    /// The outcome of checking: how many files were read and what was found.
    public struct Result: Sendable {
        public let fileCount: Int
        public let diagnostics: [Diagnostic]
    }

    /// Reads and checks every `.regel` file under `paths`.
    public static func check(paths: [String]) -> Result {
        let (files, loadDiagnostics) = SourceLoader.load(paths: paths)
        return check(files: files, extra: loadDiagnostics)
    }

    /// Checks source files already in memory.
    public static func check(files: [SourceFile], extra: [Diagnostic] = []) -> Result {
        var diagnostics = extra
        for file in files { diagnostics += Parser.parse(file).diagnostics }
        return Result(fileCount: files.count, diagnostics: diagnostics.sortedForReading())
    }
}
