/// Norwegian texts for counts of problems in rendered diagnostics.
enum RenderingMessages {
    static func errors(_ count: String) -> String { "\(count) feil" }
    static func warnings(_ count: String, count number: Int) -> String { "\(count) \(number == 1 ? "advarsel" : "advarsler")" }
    /// `… og 3 feil og 1 advarsel til i fil.regel`
    static func more(_ counts: [String], in file: String?) -> String {
        "… og \(counts.joined(separator: " og ")) til" + (file.map { " i \($0)" } ?? "")
    }
    static func summary(errors: Int, warnings: Int) -> String {
        "\(errors) feil og \(warnings) \(warnings == 1 ? "advarsel" : "advarsler")"
    }
}
