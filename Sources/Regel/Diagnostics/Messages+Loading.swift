import RegelSyntax

/// Norwegian texts for files that cannot be loaded (the rest of `LoadingMessages` is in RegelSyntax).
extension LoadingMessages {
    static let doesNotExist = "finnes ikke"
    static let cannotBeRead = "kan ikke leses"
    static func unreadable(_ path: String, _ reason: String) -> String { "«\(path)» \(reason)" }
}
