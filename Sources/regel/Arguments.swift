import Foundation

/// Options and operands of one command, read without a package.
struct Arguments {
    var operands: [String] = []
    var flags: Set<String> = []
    var values: [String: String] = [:]

    /// Parses `args`; `valued` names the options that take a value (`--sak FIL`).
    init(_ args: [String], valued: Set<String>, known: Set<String>) throws(UsageError) {
        var index = 0
        while index < args.count {
            let arg = args[index]
            if arg.hasPrefix("--") {
                let name = String(arg.dropFirst(2))
                if let equals = name.firstIndex(of: "=") {
                    let key = String(name[..<equals])
                    guard valued.contains(key) else { throw UsageError("ukjent valg «--\(key)»") }
                    values[key] = String(name[name.index(after: equals)...])
                } else if valued.contains(name) {
                    index += 1
                    guard index < args.count else { throw UsageError("«--\(name)» trenger en verdi") }
                    values[name] = args[index]
                } else if known.contains(name) {
                    flags.insert(name)
                } else {
                    throw UsageError("ukjent valg «\(arg)»")
                }
            } else {
                operands.append(arg)
            }
            index += 1
        }
    }
}

/// A mistake in how the command was called: exit code 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
