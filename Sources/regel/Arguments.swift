import Foundation

/// Options and operands of one command, read without a package.
struct Arguments {
    var operands: [String] = []
    var flags: Set<String> = []
    /// Values of valued options, in the order given; only `repeatable` ones can have more than one.
    var values: [String: [String]] = [:]

    /// Parses `args`; `valued` names the options that take a value (`--sak FIL`), `repeatable` those of them
    /// that may be given more than once (`--regel a --regel b`), `known` the flags.
    init(_ args: [String], valued: Set<String>, repeatable: Set<String> = [], known: Set<String>) throws(UsageError) {
        var index = 0
        while index < args.count {
            let arg = args[index]
            if arg.hasPrefix("--") {
                let name = String(arg.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    let key = String(name[..<equals])
                    guard valued.contains(key) else { throw UsageError("ukjent valg «--\(key)»") }
                    try add(key, String(name[name.index(after: equals)...]), repeatable: repeatable)
                } else if valued.contains(name) {
                    index += 1
                    guard index < args.count else { throw UsageError("«--\(name)» trenger en verdi") }
                    try add(name, args[index], repeatable: repeatable)
                } else if known.contains(name) {
                    flags.insert(name)
                } else {
                    throw UsageError("ukjent valg «\(arg)»")
                }
            } else if arg.hasPrefix("-") && arg.count > 1 {
                throw UsageError("ukjent valg «\(arg)»; valgene skrives med to bindestreker, som «--json»")
            } else {
                operands.append(arg)
            }
            index += 1
        }
    }

    /// The value of a single-valued option.
    func value(_ name: String) -> String? { values[name]?.first }

    private mutating func add(_ name: String, _ value: String, repeatable: Set<String>) throws(UsageError) {
        if let earlier = values[name]?.first, !repeatable.contains(name) {
            throw UsageError("«--\(name)» er gitt to ganger («\(earlier)» og «\(value)»); oppgi den bare én gang")
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
            throw UsageError("«\(path)» finnes ikke", showUsage: false)
        }
    }
}
