import Foundation
import Regel

/// The rules folders of the workspace and their compilations. A folder is compiled as a whole, so
/// imports and names across files resolve; open documents take precedence over the files on disk.
/// A workspace folder that holds rules is read with its subfolders, as `regel sjekk MAPPE` does;
/// any other folder only by the `.regel` files directly in it, so a file opened in a home folder
/// or at the root of the disk never makes the server walk everything below it.
package final class Workspace {
    /// The client's workspace folders, as paths.
    package private(set) var roots: [String] = []
    package var documents = DocumentStore()
    private var compilations: [String: Compilation] = [:]

    package init() {}

    package func setRoots(_ paths: [String]) {
        roots = paths.map(Self.standardized)
        compilations = [:]
    }

    /// The rules folder a file belongs to: a workspace folder that holds `.regel` files itself
    /// (the client opened the rules folder), otherwise the file's own folder (the client opened
    /// a repository with the rules in a subfolder, which must not be compiled together with test
    /// corpora and examples elsewhere in it).
    package func folder(for path: String) -> String {
        let path = Self.standardized(path)
        let own = (path as NSString).deletingLastPathComponent
        for root in roots where Self.isInside(path, root) && containsRules(root) {
            return root
        }
        return own.isEmpty ? "/" : own
    }

    private var holdsRules: [String: Bool] = [:]

    private func containsRules(_ folder: String) -> Bool {
        if let known = holdsRules[folder] { return known }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let result = entries.contains { $0.hasSuffix(".regel") }
        holdsRules[folder] = result
        return result
    }

    /// The folders known to the server: those of the workspace that hold rules and those of open documents.
    package var folders: [String] {
        var result = roots.filter(containsRules)
        for document in documents.all where document.path.hasPrefix("/") {
            let folder = folder(for: document.path)
            if !result.contains(folder) { result.append(folder) }
        }
        return result
    }

    /// The compilation of `folder`, from the cache when nothing changed since.
    package func compilation(of folder: String) -> Compilation {
        if let cached = compilations[folder] { return cached }
        let compilation = compile(folder)
        compilations[folder] = compilation
        return compilation
    }

    /// The compilation that holds the document at `path`.
    package func compilation(containing path: String) -> Compilation {
        if !path.hasPrefix("/") { return standalone(path) }
        return compilation(of: folder(for: path))
    }

    /// Forgets compilations after an edit, open, close or save; the next question compiles again.
    package func invalidate(_ path: String) {
        if !path.hasPrefix("/") { compilations[path] = nil; return }
        compilations[folder(for: path)] = nil
        compilations[path] = nil
    }

    package func invalidateAll() {
        compilations = [:]
        holdsRules = [:]
    }

    private func standalone(_ name: String) -> Compilation {
        if let cached = compilations[name] { return cached }
        let file = documents.all.first { $0.path == name }?.file ?? SourceFile(name: name, text: "")
        let compilation = RegelCompiler.compile(files: [file], root: nil, indexing: true)
        compilations[name] = compilation
        return compilation
    }

    private func compile(_ folder: String) -> Compilation {
        let open = documents.all.filter { $0.path.hasPrefix("/") && self.folder(for: $0.path) == folder }
        var openByPath: [String: SourceFile] = [:]
        for document in open { openByPath[Self.standardized(document.path)] = document.file }
        var files: [SourceFile] = []
        var extra: [Diagnostic] = []
        for path in regelFiles(in: folder) {
            let standardized = Self.standardized(path)
            if let file = openByPath.removeValue(forKey: standardized) {
                files.append(file)
                continue
            }
            switch SourceLoader.read(path) {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): extra.append(diagnostic)
            }
        }
        // Open documents not yet saved to disk belong to the folder too.
        files += openByPath.keys.sorted().compactMap { openByPath[$0] }
        let unsaved = Dictionary(open.map { ($0.path, String(decoding: $0.file.bytes, as: UTF8.self)) }, uniquingKeysWith: { a, _ in a })
        return RegelCompiler.compile(files: files, root: folder, extra: extra, unsaved: unsaved, indexing: true)
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The `.regel` files of a rules folder, sorted by path.
    func regelFiles(in folder: String) -> [String] {
        if roots.contains(folder) { return SourceLoader.regelFiles(in: folder) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return entries.filter { $0.hasSuffix(".regel") }.sorted().map { folder.hasSuffix("/") ? folder + $0 : folder + "/" + $0 }
    }

    package static func standardized(_ path: String) -> String {
        guard path.hasPrefix("/") else { return path }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
