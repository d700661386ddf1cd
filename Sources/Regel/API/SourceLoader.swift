import Foundation

/// Reads `.regel` files from paths given by a user: files as they are,
/// folders searched recursively, in a stable order.
public enum SourceLoader {
    /// The files found and a diagnostic for each path that could not be read.
    public static func load(paths: [String]) -> (files: [SourceFile], diagnostics: [Diagnostic]) {
        var files: [SourceFile] = []
        var diagnostics: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(unreadable(path, "finnes ikke"))
                continue
            }
            let filePaths = isDirectory.boolValue ? regelFiles(in: path) : [path]
            for filePath in filePaths {
                switch read(filePath) {
                case .success(let file): files.append(file)
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            }
        }
        return (files, diagnostics)
    }

    /// Every `.regel` file under `folder`, sorted by path.
    public static func regelFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".regel") { found.append(join(folder, relative)) }
        }
        return found.sorted()
    }

    /// Reads one file, refusing files past the size limit before reading them whole.
    public static func read(_ path: String) -> Result<SourceFile, Diagnostic> {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > Parser.maxFileSize {
            let file = SourceFile(name: path, bytes: [])
            return .failure(Diagnostic(.fileTooLarge, ParsingMessages.fileTooLarge(bytes: size, limit: Parser.maxFileSize),
                                       file: file, range: .at(0)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(unreadable(path, "kan ikke leses")) }
        return .success(SourceFile(name: path, bytes: [UInt8](data)))
    }

    static func unreadable(_ path: String, _ reason: String) -> Diagnostic {
        Diagnostic(.fileUnreadable, "«\(path)» \(reason)", file: nil, range: .at(0))
    }

    static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }
}

extension Diagnostic: Error {}
