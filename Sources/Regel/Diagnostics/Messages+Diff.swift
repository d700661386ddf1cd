import RegelSyntax

/// Norwegian texts of `regel diff`: the static changes and the changed decisions.
enum DiffMessages {
    /// A rule version's or unntak's period, as the rule file writes it.
    static func period(_ validity: Validity) -> String {
        switch (validity.from, validity.to) {
        case (let from?, let to?): return "gjelder fra \(from) til \(to)"
        case (let from?, nil): return "gjelder fra \(from)"
        case (nil, let to?): return "gjelder til \(to)"
        case (nil, nil): return "gjelder alltid"
        }
    }

    static func exceptionName(_ rule: String) -> String { "for \(rule)" }
}

extension DiffMessages {
    // Static changes.
    static let noDeclarationChanges = "Ingen endringer i deklarasjonene."
    static func declarationChanges(_ count: Int) -> String {
        count == 1 ? "1 endring i deklarasjonene:" : "\(count) endringer i deklarasjonene:"
    }
    static func changeHeadline(_ kind: DiffChange.Kind, category: DiffChange.Category, name: String) -> String {
        let what: String
        switch kind {
        case .added: what = "lagt til"
        case .removed: what = "fjernet"
        case .changed: what = "endret"
        }
        return "\(what): \(category.rawValue) \(name)"
    }
    static func oldLocation(_ location: String) -> String { "gammel: \(location)" }
    static func newLocation(_ location: String) -> String { "ny:     \(location)" }
    static func detail(_ aspect: String, old: String?, new: String?) -> String {
        "\(aspect): " + (old.map { "«\($0)»" } ?? "(ingen)") + " → " + (new.map { "«\($0)»" } ?? "(ingen)")
    }

    // Changed decisions.
    static func casesSummary(cases: Int, changed: Int) -> String {
        let read = cases == 1 ? "1 sak vurdert etter begge regelsettene" : "\(cases) saker vurdert etter begge regelsettene"
        return read + ": " + (changed == 0 ? "ingen fikk et annet svar." : "\(changed) fikk et annet svar.")
    }
    static func rulesOnlyInOld(_ names: [String]) -> String { "bare i det gamle (ikke sammenlignet): " + names.joined(separator: ", ") }
    static func rulesOnlyInNew(_ names: [String]) -> String { "bare i det nye (ikke sammenlignet): " + names.joined(separator: ", ") }
    static func transition(_ from: String, _ to: String) -> String { "\(from) → \(to)" }
    static func ruleSummary(_ rule: String, changed: Int, transitions: String) -> String {
        "\(rule): \(changed) \(changed == 1 ? "sak" : "saker") med endret svar (\(transitions))"
    }
    static func group(_ transition: String, count: Int, condition: String, location: String) -> String {
        "\(transition), \(count) \(count == 1 ? "sak" : "saker"); første vilkår som gir et annet utfall: «\(condition)» (\(location))"
    }
    static func examples(_ names: [String]) -> String { "for eksempel: " + names.joined(separator: ", ") }
    static func exampleHeading(_ name: String) -> String { "\(name):" }
    static let oldHeading = "GAMMEL"
    static let newHeading = "NY"
    static func caseName(id: String?, line: Int) -> String { id.map { "\($0) (linje \(line))" } ?? "linje \(line)" }
    static func missingSummary(_ count: Int) -> String {
        "Manglende fakta endret i \(count) \(count == 1 ? "sak" : "saker") der svaret fortsatt er ukjent:"
    }
    static func missingRule(_ rule: String, count: Int) -> String { "\(rule): \(count) \(count == 1 ? "sak" : "saker")" }
    static func missingExample(_ name: String, added: [String], removed: [String]) -> String {
        var parts: [String] = []
        if !added.isEmpty { parts.append("mangler nå " + added.joined(separator: ", ")) }
        if !removed.isEmpty { parts.append("mangler ikke lenger " + removed.joined(separator: ", ")) }
        return "\(name): " + parts.joined(separator: "; ")
    }
    static func failureSummary(oneSide: Int, neither: Int) -> String {
        "Saker som ikke kunne leses: \(oneSide) bare etter det ene regelsettet, \(neither) etter ingen av dem."
    }
    static func oldError(_ message: String) -> String { "gammel: \(message)" }
    static func newError(_ message: String) -> String { "ny: \(message)" }
}
