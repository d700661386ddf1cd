import Foundation

/// The result of compiling rules: the program, when neither loading nor checking found an error, and every diagnostic.
public struct Compilation: Sendable {
    /// The program, ready to evaluate; nil when any diagnostic is an error.
    public let program: CompiledRuleSet?
    /// Every error and warning from loading and checking, sorted by file and position.
    public let diagnostics: [Diagnostic]
    /// The files that were read, imports included.
    public let files: [SourceFile]
    /// What each name in the files refers to and the type of each expression, also when there are
    /// errors; empty unless compiled with `indexing: true`.
    public let index: SemanticIndex
}

/// Entry points for hosts: compile once, evaluate many.
public enum RegelCompiler {
    /// Compiles every `.regel` file in `folder` (recursively). Imports resolve inside the folder.
    public static func compile(folder: String) -> Compilation {
        compile(paths: [folder])
    }

    /// Compiles files and folders. Imports are resolved relative to the first folder given, or to the
    /// folder of the first file, and may not reach outside it.
    public static func compile(paths: [String]) -> Compilation {
        let (files, loadDiagnostics) = SourceLoader.load(paths: paths)
        let root = rootFolder(for: paths)
        return compile(files: files, root: root, extra: loadDiagnostics)
    }

    /// Compiles one source text; it can import nothing.
    public static func compile(source: String, name: String = "kilde.regel") -> Compilation {
        compile(files: [SourceFile(name: name, text: source)], root: nil)
    }

    /// Compiles source files already in memory; `root` is where imports are looked for. `unsaved`
    /// holds text an editor has not saved yet, by path: an import of such a path reads that text
    /// instead of the file on disk (and finds it even before it is first saved). With `indexing`,
    /// `Compilation.index` says what each name refers to and each expression's type, for an editor;
    /// without it the index is empty, and compiling takes less time and memory.
    public static func compile(files: [SourceFile], root: String?, extra: [Diagnostic] = [],
                               unsaved: [String: String] = [:], indexing: Bool = false) -> Compilation {
        var trees = files.map { Parser.parse($0) }
        var importDiagnostics: [Diagnostic] = []
        ImportResolver(root: root, unsaved: unsaved).resolve(&trees, diagnostics: &importDiagnostics)
        let (checked, diagnostics, index) = Checker.check(trees, indexing: indexing)
        // A file that could not be read or imported leaves the rules incomplete: running them
        // would give answers from part of the law, so loading errors withhold the program too.
        let loading = extra + importDiagnostics
        let program = loading.hasErrors ? nil : checked
        return Compilation(program: program, diagnostics: (loading + diagnostics).sortedForReading(),
                           files: trees.map(\.file), index: index)
    }

    /// The folder imports are resolved from: the first folder given, or the folder of the first
    /// file. `package` so that the rule library site (RegelReport) compiles from the same root.
    package static func rootFolder(for paths: [String]) -> String? {
        for path in paths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        }
        return paths.first.map { ($0 as NSString).deletingLastPathComponent }.map { $0.isEmpty ? "." : $0 }
    }
}

/// Follows `importer` declarations: loads the named files once each, and
/// refuses paths that leave the rules folder.
struct ImportResolver {
    let root: String?
    /// An editor's unsaved text, by path; read instead of the disk.
    var unsaved: [String: String] = [:]

    func resolve(_ trees: inout [SyntaxTree], diagnostics: inout [Diagnostic]) {
        var loaded = Set(trees.map { normalized($0.file.name) })
        var index = 0
        while index < trees.count {
            let tree = trees[index]
            index += 1
            for case .importFile(let declaration) in tree.declarations {
                if let root, let path = inside(root, declaration.path), let text = unsavedText(path) {
                    guard loaded.insert(normalized(path)).inserted else { continue }
                    trees.append(Parser.parse(SourceFile(name: path, text: text)))
                    continue
                }
                let found = locate(declaration.path)
                let path: String
                switch found {
                case .outside, .throughLink:
                    let message = found == .outside ? CheckingMessages.importOutside(declaration.path)
                                                    : LoadingMessages.importThroughLink(declaration.path)
                    diagnostics.append(Diagnostic(.importOutsideFolder, message, file: tree.file, range: declaration.pathRange))
                    continue
                case .missing:
                    diagnostics.append(Diagnostic(.importNotFound, CheckingMessages.importNotFound(declaration.path),
                                                  file: tree.file, range: declaration.pathRange))
                    continue
                case .inside(let inside): path = inside
                }
                guard loaded.insert(normalized(path)).inserted else { continue }
                switch SourceLoader.read(path) {
                case .success(let file): trees.append(Parser.parse(file))
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
        }
    }

    /// Where an imported path leads.
    enum Location: Equatable {
        case inside(String)
        /// Absolute, or climbing out with `..`.
        case outside
        /// Inside by its text, but a symbolic link on the way leads out.
        case throughLink
        case missing
    }

    /// Confines an import to the rules folder by its real path, so that no link inside the folder
    /// can make a file outside it be read (and its lines shown in a diagnostic).
    func locate(_ relative: String) -> Location {
        guard let root, let path = inside(root, relative) else { return .outside }
        guard let real = SourceLoader.realPath(path), let realRoot = SourceLoader.realPath(root) else { return .missing }
        guard SourceLoader.isInside(real, realRoot) else { return .throughLink }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else { return .missing }
        return .inside(path)
    }

    /// The path of `relative` under `root`, or nil when it is absolute or climbs out.
    func inside(_ root: String, _ relative: String) -> String? {
        guard !relative.hasPrefix("/"), !relative.isEmpty else { return nil }
        var depth = 0
        for component in relative.split(separator: "/") {
            if component == ".." { depth -= 1 } else if component != "." { depth += 1 }
            if depth < 0 { return nil }
        }
        return SourceLoader.join(root, relative)
    }

    /// Unsaved text for `path`, found by the path as written or as it resolves.
    func unsavedText(_ path: String) -> String? {
        unsaved[path] ?? unsaved.first { normalized($0.key) == normalized(path) }?.value
    }

    func normalized(_ path: String) -> String {
        SourceLoader.realPath(path) ?? URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
