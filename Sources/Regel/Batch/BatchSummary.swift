/// What a batch run did: lines read, outcomes per rule, error lines and time taken.
public struct BatchSummary: Sendable {
    /// How often one rule gave each kind of answer.
    public struct RuleCounts: Sendable, Equatable {
        /// The rule's name.
        public let rule: String
        /// Results `ja`.
        public internal(set) var ja = 0
        /// Results `nei`.
        public internal(set) var nei = 0
        /// Results `ukjent`.
        public internal(set) var ukjent = 0
        /// Results «ikke i kraft».
        public internal(set) var notInForce = 0
        /// Results «ikke kodet».
        public internal(set) var notEncoded = 0
        /// Results of other types (numbers, dates, texts, …).
        public internal(set) var other = 0

        mutating func count(_ kind: UInt8) {
            switch kind {
            case 0: ja += 1
            case 1: nei += 1
            case 2: ukjent += 1
            case 3: notInForce += 1
            case 5: notEncoded += 1
            default: other += 1
            }
        }

        /// The kind of a value as counted: 0 ja, 1 nei, 2 ukjent, 3 ikke i kraft, 4 other, 5 ikke kodet.
        static func kind(_ value: Value) -> UInt8 {
            switch value {
            case .truth(let flag): return flag ? 0 : 1
            case .unknown: return 2
            case .notInForce: return 3
            case .notEncoded: return 5
            default: return 4
            }
        }
    }

    /// Lines (or case files) read and answered: one output record each.
    public internal(set) var lines = 0
    /// Lines that gave an error record.
    public internal(set) var errorLines = 0
    /// The first line with an error, if any.
    public internal(set) var firstErrorLine: Int?
    /// Per selected rule, in order.
    public internal(set) var rules: [RuleCounts]
    /// True when `stopOnError` ended the run at an error record.
    public internal(set) var stoppedAtError = false
    /// Cases that gave no vurderingsdato and were assessed on `defaultDate`.
    public internal(set) var defaultDateLines = 0
    /// The date used for cases without a vurderingsdato.
    public let defaultDate: CalendarDate
    /// The `errno` of a failed read of the input, which ends the run.
    public internal(set) var readError: Int32?
    /// Wall-clock time of the run, in seconds.
    public internal(set) var seconds = 0.0
    /// The most chunks held in memory at once (the memory bound: never more than 2, one being
    /// evaluated while the one before is written).
    public internal(set) var peakChunksInFlight = 0

    init(rules: [String], defaultDate: CalendarDate) {
        self.rules = rules.map { RuleCounts(rule: $0) }
        self.defaultDate = defaultDate
    }

    /// Cases per second over the whole run.
    public var casesPerSecond: Double { seconds > 0 ? Double(lines) / seconds : 0 }

    /// The summary in Norwegian, for standard error:
    /// `1000 saker på 0,52 s (1923 saker/s), 2 linjer med feil (første: linje 7)` and a line per rule.
    public var text: String {
        var text = BatchMessages.throughput(lines, seconds: Self.decimal(seconds, 2), perSecond: Int(casesPerSecond.rounded()))
            + BatchMessages.errorLines(errorLines)
        if let firstErrorLine { text += BatchMessages.firstErrorLine(firstErrorLine) }
        if stoppedAtError { text += BatchMessages.stoppedAtError }
        if defaultDateLines > 0 {
            text += BatchMessages.defaultDateUsed(defaultDateLines, defaultDate)
        }
        for counts in rules {
            text += BatchMessages.ruleCounts(counts.rule, ja: counts.ja, nei: counts.nei, ukjent: counts.ukjent, notInForce: counts.notInForce)
            if counts.notEncoded > 0 { text += BatchMessages.notEncodedValues(counts.notEncoded) }
            if counts.other > 0 { text += BatchMessages.otherValues(counts.other) }
        }
        return text
    }

    static func decimal(_ value: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let whole = Int((value * scale).rounded())
        let fraction = String(whole % Int(scale))
        return "\(whole / Int(scale)),\(String(repeating: "0", count: decimals - fraction.count))\(fraction)"
    }
}
