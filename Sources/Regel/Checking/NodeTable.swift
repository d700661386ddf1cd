/// Something each pass learns about the expressions of the checked files, looked up by the file's
/// number and the parser's node id. Node ids count up from 1 in each file, so each file's table is
/// a plain array: a lookup costs an index, not a hash.
struct NodeTable<Value> {
    private var files: [[Value?]] = []

    subscript(unit: Int, id: NodeID) -> Value? {
        get {
            guard unit < files.count, id.rawValue < files[unit].count else { return nil }
            return files[unit][id.rawValue]
        }
        set {
            if unit >= files.count { files += Array(repeating: [], count: unit + 1 - files.count) }
            if id.rawValue >= files[unit].count {
                // Doubling, so a file's table grows a logarithmic number of times.
                files[unit] += Array(repeating: nil, count: max(id.rawValue + 1, files[unit].count * 2) - files[unit].count)
            }
            files[unit][id.rawValue] = newValue
        }
    }
}

/// One file being checked, with its number in the tables of the passes.
struct CheckedFile {
    let file: SourceFile
    /// The file's position in the list of parsed files: its row in every `NodeTable`.
    let unit: Int
}

/// A pass that reports what it finds.
protocol DiagnosticReporting {
    var diagnostics: [Diagnostic] { get set }
}

extension DiagnosticReporting {
    mutating func report(_ code: DiagnosticCode, _ message: String, _ file: SourceFile, _ range: SourceRange,
                         notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        diagnostics.append(Diagnostic(code, message, file: file, range: range, notes: notes, fix: fix))
    }

    /// `fix` offers `suggestion` as the replacement, when there is one.
    mutating func report(_ code: DiagnosticCode, _ message: String, _ file: SourceFile, _ range: SourceRange,
                         suggesting suggestion: String?) {
        report(code, message, file, range, fix: suggestion.map { FixIt(message: CheckingMessages.didYouMean($0), replacement: $0) })
    }
}
