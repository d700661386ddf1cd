/// The words of `regel --versjon` (`RegelVersion`).
enum VersionMessages {
    static func orNewer(_ version: String) -> String { "\(version) eller nyere" }
    static let unknownSystem = "ukjent system"
    static let unknownProcessor = "ukjent prosessor"
    static func text(program: String, language: String, build: String) -> String {
        "regel \(program)\nregelspråk \(language)\nbygg: \(build)"
    }
}
