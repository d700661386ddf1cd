/// Checks rule files without running them: what `regel sjekk` does.
public enum RegelChecker {
    /// The outcome of checking: how many files were read and what was found.
    public struct Result: Sendable {
        /// How many files were read, imports included.
        public let fileCount: Int
        /// Every error and warning, sorted by file and position.
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
