import Foundation

/// Evaluates many cases, as `regel batch` does: reads JSON Lines (or a folder of case files) a
/// chunk at a time, evaluates each chunk on several threads while reading the next, and writes one
/// record per input line in input order. At most two chunks are held at a time, so memory stays
/// bounded however long the input is.
///
/// ```swift
/// let runner = try BatchRunner(program: program, options: BatchOptions())
/// let summary = runner.run(fileDescriptor: 0) { text in FileHandle.standardOutput.write(Data(text.utf8)) }
/// ```
public struct BatchRunner: Sendable {
    /// The rule set every case is evaluated against.
    public let program: CompiledRuleSet
    /// How to read, evaluate and write.
    public let options: BatchOptions
    /// The rules evaluated for each case, in output order.
    public let ruleNames: [String]
    let evaluator: BatchEvaluator
    let csv: CSVWriter

    /// A runner for `program`; throws when `options.rules` names a rule that does not exist, or one with parameters.
    public init(program: CompiledRuleSet, options: BatchOptions) throws(RegelError) {
        let numbers = options.rules.isEmpty ? program.rulesWithoutParameters
            : try options.rules.map { name throws(RegelError) in try program.ruleNumber(for: name) }
        self.program = program
        self.options = options
        self.ruleNames = numbers.map { program.rules[$0].name }
        self.evaluator = BatchEvaluator(program: program, ruleNumbers: numbers, options: options)
        self.csv = CSVWriter(separator: options.csvSeparator, rules: ruleNames, missing: options.missing)
    }

    /// What is written before the first record: for CSV the byte order mark and the header row,
    /// for JSON Lines nothing.
    public var header: String { options.format == .csv ? csv.header : "" }

    /// Reads and evaluates one line of input (without its newline) as line number `number`.
    public func record(forLine text: String, number: Int) -> BatchRecord {
        var dates = DateCache()
        return evaluator.record(BatchItem(bytes: Array(text.utf8)), line: number, dates: &dates)
    }

    /// Reads and evaluates a whole case document, which may span lines (the C interface's one case):
    /// a JSON error names its line and column.
    package func record(forDocument bytes: [UInt8]) -> BatchRecord {
        var dates = DateCache()
        return evaluator.record(BatchItem(bytes: bytes, isFile: true), line: 1, dates: &dates)
    }

    /// Runs over JSON Lines held in memory (the C interface's batch).
    package func run(buffer: UnsafeBufferPointer<UInt8>, write: (String) throws -> Void) rethrows -> BatchSummary {
        var input = BufferLineReader(bytes: buffer, maxLineBytes: options.maxLineBytes)
        return try run(&input, write: write, progress: nil)
    }

    /// One record in the chosen format, ending in a line break.
    public func render(_ record: BatchRecord) -> String {
        options.format == .csv ? csv.line(record) : BatchRecordWriter.line(record, fingerprint: program.fingerprint)
    }

    /// Runs over lines given as strings (each one case, without its newline). `write` gets the
    /// header and then the records, some hundred at a time, in order; an error it throws ends the run and is
    /// thrown on. `progress` is called after each chunk.
    public func run(lines: some Sequence<String>, write: (String) throws -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) rethrows -> BatchSummary {
        var input = StringLineReader(base: lines.makeIterator())
        return try run(&input, write: write, progress: progress)
    }

    /// Runs over JSON Lines read from a file descriptor (0 for standard input) until its end.
    public func run(fileDescriptor: Int32, write: (String) throws -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) rethrows -> BatchSummary {
        var input = LineReader(descriptor: fileDescriptor, maxLineBytes: options.maxLineBytes)
        var summary = try run(&input, write: write, progress: progress)
        summary.readError = input.readError
        return summary
    }

    /// Runs over JSON Lines read from a file handle (a file, a pipe, `FileHandle.standardInput`).
    public func run(fileHandle: FileHandle, write: (String) throws -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) rethrows -> BatchSummary {
        try run(fileDescriptor: fileHandle.fileDescriptor, write: write, progress: progress)
    }

    /// Runs over the `*.json` files of `folder`, sorted by name, each file one case whose id is
    /// its file name. Throws when the folder cannot be listed, or what `write` throws.
    public func run(caseFolder folder: String, write: (String) throws -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) throws -> BatchSummary {
        var input = try CaseFolderReader(folder: folder)
        return try run(&input, write: write, progress: progress)
    }

    func run<Input: IteratorProtocol>(_ input: inout Input, write: (String) throws -> Void,
                                      progress: ((BatchSummary) -> Void)?) rethrows -> BatchSummary where Input.Element == BatchItem {
        let started = ContinuousClock.now
        var summary = BatchSummary(rules: ruleNames, defaultDate: options.defaultDate)
        if !header.isEmpty { try write(header) }
        let pipeline = ChunkPipeline(jobs: options.jobs, chunkSize: options.chunkSize) { [self] items, firstLine in
            slice(items, firstLine: firstLine)
        }
        summary.peakChunksInFlight = try pipeline.run(&input) { finished in
            // Written a slice at a time, so no buffer grows to the size of a chunk's output.
            for slice in finished where !summary.stoppedAtError {
                try write(slice.counted(into: &summary, stopOnError: options.stopOnError))
            }
            progress?(summary)
            return !summary.stoppedAtError
        }
        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    /// Evaluates consecutive items and renders their records into one text.
    func slice<Items: Collection>(_ items: Items, firstLine: Int) -> SliceOutput where Items.Element == BatchItem {
        var output = SliceOutput(ruleCount: ruleNames.count)
        output.bytes.reserveCapacity(items.count * 160)
        var formatter = JSONLinesFormatter(fingerprint: program.fingerprint, rules: ruleNames)
        var dates = DateCache()
        for (offset, item) in items.enumerated() {
            let record = evaluator.record(item, line: firstLine + offset, dates: &dates)
            if options.format == .csv { output.bytes += csv.line(record).utf8 } else { formatter.write(record, to: &output.bytes) }
            output.add(record)
        }
        // Made into text here, on the evaluating thread, so the thread that writes has less to do.
        output.text = String(decoding: output.bytes, as: UTF8.self)
        output.bytes = []
        return output
    }
}

/// The rendered records of one slice of a chunk (UTF-8), and what the summary needs of each.
struct SliceOutput {
    /// The records as they are written, then as `text` once the slice is done.
    var bytes: [UInt8] = []
    var text = ""
    /// Where each record's text ends (UTF-8 offset), so a run can stop right after an error record.
    var ends: [Int] = []
    var lines: [Int] = []
    var isError: [Bool] = []
    var usedDefaultDate: [Bool] = []
    /// For each record, one kind per rule (see `BatchSummary.RuleCounts.kind`).
    var kinds: [UInt8] = []
    let ruleCount: Int

    init(ruleCount: Int) { self.ruleCount = ruleCount }

    mutating func add(_ record: BatchRecord) {
        ends.append(bytes.count)
        lines.append(record.line)
        isError.append(record.isError)
        usedDefaultDate.append(record.usedDefaultDate)
        for index in 0..<ruleCount {
            kinds.append(index < record.results.count ? BatchSummary.RuleCounts.kind(record.results[index].value) : 255)
        }
    }

    /// Counts the records into `summary` and gives their text; with `stopOnError`, only up to and
    /// including the first error record.
    func counted(into summary: inout BatchSummary, stopOnError: Bool) -> String {
        for index in lines.indices {
            summary.lines += 1
            if isError[index] {
                summary.errorLines += 1
                if summary.firstErrorLine == nil { summary.firstErrorLine = lines[index] }
                if stopOnError {
                    summary.stoppedAtError = true
                    return String(decoding: text.utf8.prefix(ends[index]), as: UTF8.self)
                }
                continue
            }
            if usedDefaultDate[index] { summary.defaultDateLines += 1 }
            for rule in 0..<ruleCount { summary.rules[rule].count(kinds[index * ruleCount + rule]) }
        }
        return text
    }
}
