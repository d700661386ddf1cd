/// Checks rule files without running them: what `regel sjekk` does.
public enum RegelChecker {
    /// The outcome of checking: how many files were read and what was found.
    public struct Result: Sendable {
        public let fileCount: Int
        public let diagnostics: [Diagnostic]
    }

    /// Reads and checks every `.regel` file under `paths`, imports included.
    public static func check(paths: [String]) -> Result {
        let compilation = RegelCompiler.compile(paths: paths)
        return Result(fileCount: compilation.files.count, diagnostics: compilation.diagnostics)
    }

    /// Checks source files already in memory, as one rule set.
    public static func check(files: [SourceFile], extra: [Diagnostic] = []) -> Result {
        let compilation = RegelCompiler.compile(files: files, root: nil, extra: extra)
        return Result(fileCount: files.count, diagnostics: compilation.diagnostics)
    }
}
