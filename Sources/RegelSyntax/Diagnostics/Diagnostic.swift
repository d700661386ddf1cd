/// How serious a diagnostic is.
public enum Severity: String, Sendable, Codable, Comparable {
    case warning = "advarsel"
    case error = "feil"

    /// A warning ranks below an error.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// A secondary message attached to a diagnostic, optionally pointing elsewhere.
public struct DiagnosticNote: Sendable, Hashable {
    /// The note's Norwegian text.
    public let message: String
    /// The file the note points into, when it points anywhere.
    public let file: SourceFile?
    /// The span the note points at, in `file`.
    public let range: SourceRange?

    /// A note with a message, optionally pointing at a span of a file.
    public init(_ message: String, file: SourceFile? = nil, range: SourceRange? = nil) {
        self.message = message
        self.file = file
        self.range = range
    }

    /// Equal when message, span and file name are.
    public static func == (lhs: DiagnosticNote, rhs: DiagnosticNote) -> Bool {
        lhs.message == rhs.message && lhs.range == rhs.range && lhs.file?.name == rhs.file?.name
    }
    /// Hashes the message only; equal notes have equal messages.
    public func hash(into hasher: inout Hasher) { hasher.combine(message) }
}

/// A suggested replacement of the diagnostic's span.
public struct FixIt: Sendable, Hashable {
    /// Short Norwegian text shown under the caret, e.g. "mente du «x»?".
    public let message: String
    /// The text that would replace the span.
    public let replacement: String

    /// A fix with the text shown and the replacement text.
    public init(message: String, replacement: String) {
        self.message = message
        self.replacement = replacement
    }
}

/// One finding about a source file: a stable code, where, and what to do.
public struct Diagnostic: Sendable, Hashable {
    /// The stable code, `R0203` and so on, which also gives the severity.
    public let code: DiagnosticCode
    /// The file the diagnostic is about; nil for problems with no file, such as a path that cannot be read.
    public let file: SourceFile?
    /// The span the caret marks, as UTF-8 offsets in `file`.
    public let range: SourceRange
    /// The Norwegian message.
    public let message: String
    /// Secondary messages, each possibly pointing elsewhere.
    public var notes: [DiagnosticNote]
    /// A suggested replacement of `range`, when there is an obvious one.
    public var fix: FixIt?

    /// Error or warning, given by `code`.
    public var severity: Severity { code.severity }

    /// A diagnostic with its code, message and place, and optional notes and fix.
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

    /// Equal when code, span, message, file name, notes and fix are.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.code == rhs.code && lhs.range == rhs.range && lhs.message == rhs.message
            && lhs.file?.name == rhs.file?.name && lhs.notes == rhs.notes && lhs.fix == rhs.fix
    }
    /// Hashes code, span and message.
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
