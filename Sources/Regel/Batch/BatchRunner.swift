import Foundation

/// Evaluates many cases, as `regel batch` does: reads JSON Lines (or a folder of case files) a
/// chunk at a time, evaluates each chunk on several threads, and writes one record per input line
/// in input order. At most one chunk is held at a time, so memory stays bounded however long the
/// input is.
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

    /// A runner for `program`; throws when `options.rules` names a rule that does not exist.
    public init(program: CompiledRuleSet, options: BatchOptions) throws(RegelError) {
        let numbers = options.rules.isEmpty ? Array(program.rules.indices)
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
        evaluator.record(BatchItem(bytes: Array(text.utf8)), line: number)
    }

    /// One record in the chosen format, ending in a line break.
    public func render(_ record: BatchRecord) -> String {
        options.format == .csv ? csv.line(record) : BatchRecordWriter.line(record, fingerprint: program.fingerprint)
    }

    /// Runs over lines given as strings (each one case, without its newline). `write` gets the
    /// header and then the records of each chunk, in order; `progress` is called after each chunk.
    public func run(lines: some Sequence<String>, write: (String) -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) -> BatchSummary {
        var input = StringLineReader(base: lines.makeIterator())
        return run(&input, write: write, progress: progress)
    }

    /// Runs over JSON Lines read from a file descriptor (0 for standard input) until its end.
    public func run(fileDescriptor: Int32, write: (String) -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) -> BatchSummary {
        var input = LineReader(descriptor: fileDescriptor, maxLineBytes: options.maxLineBytes)
        var summary = run(&input, write: write, progress: progress)
        summary.readError = input.readError
        return summary
    }

    /// Runs over the `*.json` files of `folder`, sorted by name, each file one case whose id is
    /// its file name. Throws when the folder cannot be listed.
    public func run(caseFolder folder: String, write: (String) -> Void,
                    progress: ((BatchSummary) -> Void)? = nil) throws -> BatchSummary {
        var input = try CaseFolderReader(folder: folder)
        return run(&input, write: write, progress: progress)
    }

    func run<Input: IteratorProtocol>(_ input: inout Input, write: (String) -> Void,
                                      progress: ((BatchSummary) -> Void)?) -> BatchSummary where Input.Element == BatchItem {
        let started = ContinuousClock.now
        var summary = BatchSummary(rules: ruleNames)
        if !header.isEmpty { write(header) }
        let chunkSize = max(1, options.chunkSize)
        var chunk: [BatchItem] = []
        chunk.reserveCapacity(chunkSize)
        var inFlight = 0
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let item = input.next() { chunk.append(item) }
            guard !chunk.isEmpty else { break }
            inFlight += 1
            summary.peakChunksInFlight = max(summary.peakChunksInFlight, inFlight)
            var text = ""
            for (record, recordText) in evaluate(chunk, firstLine: summary.lines + 1) {
                text += recordText
                summary.add(record)
                if record.isError && options.stopOnError {
                    summary.stoppedAtError = true
                    break
                }
            }
            write(text)
            inFlight -= 1
            progress?(summary)
            if summary.stoppedAtError { break }
        }
        let elapsed = ContinuousClock.now - started
        summary.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return summary
    }

    /// The records of a chunk and their text, in order, evaluated by up to `options.jobs` threads.
    func evaluate(_ chunk: [BatchItem], firstLine: Int) -> [(BatchRecord, String)] {
        let jobs = max(1, min(options.jobs, chunk.count))
        if jobs == 1 { return chunk.enumerated().map { one($1, line: firstLine + $0) } }
        let results = UnsafeMutableBufferPointer<(BatchRecord, String)?>.allocate(capacity: chunk.count)
        results.initialize(repeating: nil)
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        chunk.withUnsafeBufferPointer { items in
            let slots = ChunkSlots(items: items, results: results)
            // Each thread takes one contiguous slice and writes only its own slots.
            DispatchQueue.concurrentPerform(iterations: jobs) { job in
                for index in (job * slots.items.count / jobs)..<((job + 1) * slots.items.count / jobs) {
                    slots.results[index] = one(slots.items[index], line: firstLine + index)
                }
            }
        }
        return results.map { $0! }
    }

    func one(_ item: BatchItem, line: Int) -> (BatchRecord, String) {
        let record = evaluator.record(item, line: line)
        return (record, render(record))
    }
}

/// A chunk's items and result slots, shared by the threads of one `concurrentPerform`: each thread
/// reads and writes only the indices of its own slice, and the call returns only when all are done.
struct ChunkSlots: @unchecked Sendable {
    let items: UnsafeBufferPointer<BatchItem>
    let results: UnsafeMutableBufferPointer<(BatchRecord, String)?>
}

extension BatchSummary {
    mutating func add(_ record: BatchRecord) {
        lines += 1
        if record.isError {
            errorLines += 1
            if firstErrorLine == nil { firstErrorLine = record.line }
            return
        }
        for (index, result) in record.results.enumerated() where index < rules.count {
            rules[index].count(RuleCounts.kind(result.value))
        }
    }
}
