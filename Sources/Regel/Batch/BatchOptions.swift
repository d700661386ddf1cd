import Foundation

/// How `BatchRunner` reads, evaluates and writes: the options of `regel batch`.
public struct BatchOptions: Sendable {
    /// The output format.
    public enum Format: String, Sendable, CaseIterable {
        /// JSON Lines: one compact JSON record per input line.
        case jsonLines = "jsonl"
        /// CSV for spreadsheets: UTF-8 with byte order mark, RFC 4180 quoting, Norwegian values.
        case csv
    }

    /// The rules to evaluate, in this order; empty means every rule, in declaration order.
    public var rules: [String] = []
    /// Include each result's explanation (`"forklaring"`, the steps of `regel-forklaring`).
    public var explain = false
    /// Include the names of the facts still missing for each undecided result.
    public var missing = false
    /// How many threads evaluate at once; 1 evaluates on the calling thread.
    public var jobs = BatchOptions.processorCount
    /// The output format.
    public var format = Format.jsonLines
    /// The field separator for CSV: `;` (what Excel expects with Norwegian settings) or `,`.
    public var csvSeparator: Character = ";"
    /// Stop after the first line with an error (its error record is still written).
    public var stopOnError = false
    /// The vurderingsdato of a case that gives none.
    public var defaultDate = CalendarDate.today
    /// Lines read, evaluated and written together; at most one chunk is held at a time.
    public var chunkSize = 4096
    /// A longer line is not kept in memory but reported as an error record.
    public var maxLineBytes = 16 << 20

    /// The defaults: every rule, values only, JSON Lines, all processors.
    public init() {}

    /// Counted once: Foundation reads the process's CPU set from /sys each time it is asked, which
    /// cost more than evaluating a case when a host makes options for every call (the C interface).
    static let processorCount = ProcessInfo.processInfo.activeProcessorCount
}
