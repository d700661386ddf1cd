import Foundation

/// Reads `.regel` files from paths given by a user: files as they are, folders searched
/// recursively, in a stable order. Nothing is read from outside a folder: symbolic links are
/// followed to their real path, and one that leads out is reported instead of read.
package enum SourceLoader {
    /// The files found and a diagnostic for each path that could not be read.
    package static func load(paths: [String]) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(unreadable(path, LoadingMessages.doesNotExist))
                continue
            }
            // A file named by the user is read wherever its link points: the user chose it.
            let found = isDirectory.boolValue ? walk(path) : (files: [path], diagnostics: [])
            diagnostics += found.diagnostics
            for filePath in found.files where seen.insert(realPath(filePath) ?? filePath).inserted {
                switch read(filePath) {
                case .success(let file): files.append(file)
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
        }
        return (files, diagnostics)
    }

    /// Every `.regel` file under `folder` whose real path is inside it, sorted by path.
    package static func regelFiles(in folder: String) -> [String] {
        walk(folder).files
    }

    /// The `.regel` files under `folder`, and an error for each link among them that leads out of the
    /// folder (to a file or a folder): those are neither read nor walked into.
    static func walk(_ folder: String) -> (files: [String], diagnostics: [Diagnostic]) {
        guard let root = realPath(folder) else { return ([], []) }
        var files: [String] = []
        var diagnostics: [Diagnostic] = []
        var visited: Set<String> = [root]
        var pending = [folder]
        while let directory = pending.popLast() {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names {
                let path = join(directory, name)
                guard let real = realPath(path) else { continue }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory) else { continue }
                let isRegel = !isDirectory.boolValue && name.hasSuffix(".regel")
                guard isRegel || isDirectory.boolValue else { continue }
                guard isInside(real, root) else {
                    diagnostics.append(Diagnostic(.linkOutsideFolder, LoadingMessages.linkOutside(path, folder: folder, isFolder: isDirectory.boolValue),
                                                  file: nil, range: .at(0)))
                    continue
                }
                if isRegel {
                    files.append(path)
                } else if visited.insert(real).inserted {
                    pending.append(path)
                }
            }
        }
        return (files.sorted(), diagnostics.sortedForReading())
    }

    /// Reads one file, refusing files past the size limit before reading them whole.
    package static func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > Parser.maxFileSize {
            let file = SourceFile(name: path, bytes: [])
            return .failure(Diagnostic(.fileTooLarge, ParsingMessages.fileTooLarge(bytes: size, limit: Parser.maxFileSize),
                                       file: file, range: .at(0)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(unreadable(path, LoadingMessages.cannotBeRead)) }
        return .success(SourceFile(name: path, bytes: [UInt8](data)))
    }

    /// `path` with every symbolic link, `.` and `..` resolved; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the real path `path` is `root` or lies under it.
    static func isInside(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.fileUnreadable, LoadingMessages.unreadable(path, reason), file: nil, range: .at(0))
    }

    static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}

extension Diagnostic: Error {}
