/// The answer for one input line (or case file) of a batch: its results or its errors.
public struct BatchRecord: Sendable {
    /// The `"id"` of a case, as a text or as the number exactly as written.
    public enum ID: Sendable, Equatable {
        case text(String)
        case number(String)
    }

    /// One rule's result for the case.
    public struct RuleResult: Sendable {
        /// The rule's name.
        public let rule: String
        /// `ja`, `nei`, another value, `ukjent` or «ikke i kraft».
        public let value: Value
        /// Names of the facts that can still change an undecided result (only with `missing`).
        public let missing: [String]?
        /// The proof tree (only with `explain`).
        public let explanation: Explanation?
    }

    /// The 1-based line number (for a folder of cases, the file's position in name order).
    public let line: Int
    /// The case's `"id"`, or for a folder of cases the file name; nil when none could be read.
    public let id: ID?
    /// The date the case was assessed on; nil for an error record.
    public let vurderingsdato: CalendarDate?
    /// True when the case gave no vurderingsdato, so `BatchOptions.defaultDate` was used.
    public var usedDefaultDate = false
    /// The results, one per selected rule, in order; empty for an error record.
    public let results: [RuleResult]
    /// Why the line could not be evaluated; empty when it was.
    public let errors: [CaseError]

    /// True when the line could not be evaluated.
    public var isError: Bool { !errors.isEmpty }
}
