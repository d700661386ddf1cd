import Foundation
import Regel

/// `regel batch` (options and help in `CommandCatalogue.batch`): one record per input line, a
/// summary on stderr; exit 1 when a line had an error.
enum BatchCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.batch)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.giveRules) }
        let options = try options(arguments)
        let input = arguments.value("inn").flatMap { $0 == "-" ? nil : $0 }
        let folder = arguments.value("saker")
        if folder != nil && arguments.value("inn") != nil {
            throw UsageError(CLIMessages.casesAndInputTogether)
        }
        try UsageError.requireExisting(arguments.operands + [input, folder].compactMap { $0 })
        if let folder, !isDirectory(folder) { throw UsageError(CLIMessages.casesNeedsFolder(folder), showUsage: false) }
        if let input, isDirectory(input) { throw UsageError(CLIMessages.inputNeedsFile(input), showUsage: false) }

        let compilation = RegelCompiler.compile(paths: arguments.operands)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else { return 1 }
        let runner: BatchRunner
        do throws(RegelError) {
            runner = try BatchRunner(program: program, options: options)
        } catch {
            Output.err("regel: \(error.description)")
            return 1
        }
        let output = try open(arguments.value("ut").flatMap { $0 == "-" ? nil : $0 }, forWriting: true)
        defer { if output != 1 { close(output) } }
        let progress = isatty(2) == 1 ? showProgress : nil
        let summary: BatchSummary
        do {
            if let folder {
                summary = try runner.run(caseFolder: folder, write: { try write($0, to: output) }, progress: progress)
            } else {
                let descriptor = try open(input, forWriting: false)
                defer { if descriptor != 0 { close(descriptor) } }
                summary = try runner.run(fileDescriptor: descriptor, write: { try write($0, to: output) }, progress: progress)
            }
        } catch let error as UsageError {
            throw error
        } catch let error as WriteError {
            Output.err(CLIMessages.cannotWriteResults(String(cString: strerror(error.code))))
            return 1
        } catch {
            throw UsageError(CLIMessages.cannotReadFolder(folder ?? ""), showUsage: false)
        }
        if progress != nil { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        Output.err(summary.text + (peakMemoryMegabytes().map { "\n  høyeste minnebruk: \($0) MB" } ?? ""))
        if let error = summary.readError {
            Output.err("regel: lesingen stoppet: \(String(cString: strerror(error)))")
            return 1
        }
        return summary.errorLines > 0 ? 1 : 0
    }

    static func options(_ arguments: Arguments) throws(UsageError) -> BatchOptions {
        var options = BatchOptions()
        options.rules = arguments.values["regel"] ?? []
        options.explain = arguments.flags.contains("forklar")
        options.missing = arguments.flags.contains("mangler")
        options.stopOnError = arguments.flags.contains("stopp-ved-feil")
        if let jobs = try jobs(arguments) { options.jobs = jobs }
        if let text = arguments.value("format") {
            guard let format = BatchOptions.Format(rawValue: text) else {
                throw UsageError(CLIMessages.format(text))
            }
            options.format = format
        }
        if let text = arguments.value("skilletegn") {
            guard options.format == .csv else { throw UsageError(CLIMessages.separatorOnlyForCSV) }
            guard text == ";" || text == "," else { throw UsageError(CLIMessages.separator(text)) }
            options.csvSeparator = Character(text)
        }
        if options.format == .csv && options.explain {
            throw UsageError(CLIMessages.explainNotInCSV)
        }
        return options
    }

    /// The number given with `--jobber`, checked; nil when it is not given.
    static func jobs(_ arguments: Arguments) throws(UsageError) -> Int? {
        guard let text = arguments.value("jobber") else { return nil }
        guard let jobs = Int(text), (1...1024).contains(jobs) else { throw UsageError(CLIMessages.jobs(text)) }
        return jobs
    }

    static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }

    /// Opens a file, or gives standard input/output for nil.
    static func open(_ path: String?, forWriting: Bool) throws(UsageError) -> Int32 {
        guard let path else { return forWriting ? 1 : 0 }
        let descriptor = forWriting ? Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644) : Glibc.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw UsageError(CLIMessages.cannotOpen(path, forWriting: forWriting, reason: String(cString: strerror(errno))), showUsage: false)
        }
        return descriptor
    }

    /// A failed write of the output, with its `errno`.
    struct WriteError: Error {
        let code: Int32
    }

    /// Writes all of `text`, however many calls it takes.
    static func write(_ text: String, to descriptor: Int32) throws(WriteError) {
        var text = text
        let failure: Int32? = text.withUTF8 { bytes in
            var offset = 0
            guard let base = bytes.baseAddress else { return nil }
            while offset < bytes.count {
                let count = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return count < 0 ? errno : ENOSPC }
                offset += count
            }
            return nil
        }
        if let failure { throw WriteError(code: failure) }
    }

    static func showProgress(_ summary: BatchSummary) {
        let text = "\r\(summary.lines) saker, \(summary.errorLines) med feil …"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The process's peak resident memory (VmHWM), where /proc tells it.
    static func peakMemoryMegabytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return (kilobytes + 1023) / 1024
    }
}
