import Foundation
import Regel

/// Options and operands of one command, read without a package.
struct Arguments {
    var operands: [String] = []
    var flags: Set<String> = []
    /// Values of valued options, in the order given; only repeatable ones can have more than one.
    var values: [String: [String]] = [:]

    /// Parses `args` with the options `command` declares in `CommandCatalogue`: those with a value
    /// (`--sak FIL` or `--sak=FIL`), the repeatable ones among them, and the flags. An unknown option
    /// is a usage error that names the closest known one.
    init(_ args: [String], for command: CommandDescription) throws(UsageError) {
        let valued = command.valued, flags = command.flags
        var index = 0
        while index < args.count {
            let arg = args[index]
            if arg.hasPrefix("--") {
                let name = String(arg.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    let key = String(name[..<equals])
                    guard valued.contains(key) else {
                        if flags.contains(key) { throw UsageError(CLIMessages.optionTakesNoValue(key)) }
                        throw Self.unknown("--\(key)", in: command)
                    }
                    try add(key, String(name[name.index(after: equals)...]), repeatable: command.repeatable)
                } else if valued.contains(name) {
                    index += 1
                    guard index < args.count else { throw UsageError(CLIMessages.optionNeedsValue(name)) }
                    try add(name, args[index], repeatable: command.repeatable)
                } else if flags.contains(name) {
                    self.flags.insert(name)
                } else {
                    throw Self.unknown(arg, in: command)
                }
            } else if arg.hasPrefix("-") && arg.count > 1 {
                throw Self.unknown(arg, in: command)
            } else {
                operands.append(arg)
            }
            index += 1
        }
    }

    /// `ukjent valg «--jobbber»; mente du «--jobber»?`. An option written with one dash is pointed
    /// to its two-dash spelling.
    static func unknown(_ option: String, in command: CommandDescription) -> UsageError {
        let names = command.options.map { "--" + $0.name } + ["--hjelp"]
        if !option.hasPrefix("--") {
            if names.contains("-" + option) { return UsageError(CLIMessages.singleDash(option)) }
            return UsageError(CLIMessages.singleDash(option, example: names[0]))
        }
        if let closest = Suggest.closest(to: String(option.dropFirst(2)), among: names.map { String($0.dropFirst(2)) }) {
            return UsageError(CLIMessages.unknownOption(option, suggestion: "--" + closest))
        }
        return UsageError(CLIMessages.unknownOption(option))
    }

    /// Whether `args` ask for the command's help (`--hjelp`, `-h`, `--help`) where an option could
    /// stand; the value of an option (`--filter -h`) does not count.
    static func asksForHelp(_ args: [String], command: CommandDescription) -> Bool {
        var index = 0
        while index < args.count {
            let arg = args[index]
            if CommandCatalogue.helpFlags.contains(arg) { return true }
            if arg.hasPrefix("--"), command.valued.contains(String(arg.dropFirst(2))) { index += 1 }
            index += 1
        }
        return false
    }

    /// The value of a single-valued option.
    func value(_ name: String) -> String? { values[name]?.first }

    private mutating func add(_ name: String, _ value: String, repeatable: Set<String>) throws(UsageError) {
        if let earlier = values[name]?.first, !repeatable.contains(name) {
            throw UsageError(CLIMessages.givenTwice(name, earlier, value))
        }
        values[name, default: []].append(value)
    }
}

/// A mistake in how the command was called: exit code 2.
struct UsageError: Error {
    let message: String
    /// Whether the usage text helps: not when the command was right but a path was mistyped.
    let showUsage: Bool
    init(_ message: String, showUsage: Bool = true) {
        self.message = message
        self.showUsage = showUsage
    }

    /// Every path given must exist: a mistyped name is a mistake in the call, not in the rules.
    static func requireExisting(_ paths: [String]) throws(UsageError) {
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw UsageError(CLIMessages.doesNotExist(path), showUsage: false)
        }
    }
}
