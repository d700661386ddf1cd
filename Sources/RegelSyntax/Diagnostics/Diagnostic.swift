/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning = "advarsel"
    case error = "feil"

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere.
public struct DiagnosticNote: Sendable, Hashable {
    public let message: String
    public let file: SourceFile?
    public let range: SourceRange?

    public init(_ message: String, file: SourceFile? = nil, range: SourceRange? = nil) {
        self.message = message
        self.file = file
        self.range = range
    }

    public static func == (lhs: DiagnosticNote, rhs: DiagnosticNote) -> Bool {
        lhs.message == rhs.message && lhs.range == rhs.range && lhs.file?.name == rhs.file?.name
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(message) }
}

/// A suggested replacement of the diagnostic's span.
public struct FixIt: Sendable, Hashable {
    /// Short Norwegian text shown under the caret, e.g. "mente du «x»?".
    public let message: String
    /// The text that would replace the span.
    public let replacement: String

    public init(message: String, replacement: String) {
        self.message = message
        self.replacement = replacement
    }
}

/// One finding about a source file: a stable code, where, and what to do.
public struct Diagnostic: Sendable, Hashable {
    public let code: DiagnosticCode
    public let file: SourceFile?
    public let range: SourceRange
    public let message: String
    public var notes: [DiagnosticNote]
    public var fix: FixIt?

    public var severity: Severity { code.severity }

    public init(_ code: DiagnosticCode, _ message: String, file: SourceFile?, range: SourceRange,
                notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.range = range
        self.notes = notes
        self.fix = fix
    }

    /// Line and character column of the start, when the diagnostic has a file.
    public var location: SourceLocation? { file?.location(of: range.start) }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.code == rhs.code && lhs.range == rhs.range && lhs.message == rhs.message
            && lhs.file?.name == rhs.file?.name && lhs.notes == rhs.notes && lhs.fix == rhs.fix
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(range)
        hasher.combine(message)
    }
}

extension Array where Element == Diagnostic {
    /// True when any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
    /// Sorted by file name, then position, then code: the order people read them in.
    package func sortedForReading() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if (x.file?.name ?? "") != (y.file?.name ?? "") { return (x.file?.name ?? "") < (y.file?.name ?? "") }
            if x.range.start != y.range.start { return x.range.start < y.range.start }
            return a.offset < b.offset
        }.map(\.element)
    }
}
