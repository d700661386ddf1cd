/// Norwegian texts for test reports and coverage.
enum HarnessMessages {
    // Test failures (`regel test`, JUnit).
    static func failedTest(_ name: String, file: String, line: Int) -> String { "FEILET: «\(name)» (\(file):\(line))" }
    static func failedRule(_ rule: String, line: Int) -> String { "  \(rule) (linje \(line))" }
    static func expected(_ text: String) -> String { "    forventet: \(text)" }
    static func actual(_ text: String) -> String { "    faktisk:   \(text)" }
    static let explanationHeading = "    forklaring:"
    static func junitFailure(_ rule: String, expected: String, actual: String) -> String {
        "\(rule): forventet \(expected), fikk \(actual)"
    }

    // Coverage.
    static let coverageHeading = "Dekning:"
    static func fileCoverage(_ file: String, evaluated: Int, rules: Int, _ conditions: String) -> String {
        "  \(file): regler \(evaluated)/\(rules), " + conditions
    }
    static func untestedRule(_ name: String) -> String { "    regelen «\(name)» brukes ikke av noen test" }
    static func conditionNeverSeen(line: Int, isItem: Bool, text: String, rule: String, missing: [String]) -> String {
        let what = isItem ? "vilkåret " : ""
        return "    linje \(line): \(what)«\(text)» " + "(i «\(rule)») aldri sett: \(missing.joined(separator: ", "))"
    }
    static func totalCoverage(evaluated: Int, rules: Int, rulePercent: String, _ conditions: String,
                              conditionPercent: String) -> String {
        "Totalt: regler \(evaluated)/\(rules) (\(rulePercent) %), " + conditions + " (ja/nei: \(conditionPercent) %)"
    }
    static func untestedHjemler(_ hjemler: [String]) -> String {
        "Hjemler ingen test får som begrunnelse: " + hjemler.joined(separator: "; ")
    }
    static func hjemmelCoverage(cited: Int, all: Int) -> String {
        "Hjemler: \(cited)/\(all) er begrunnelsen i minst én test (for «hvis» og «hjemmel etter» teller hjemmelen som ble valgt)"
    }
    static func rulesOnlyWithoutVersion(_ rules: [String]) -> String {
        "Regler testene bare prøver når de er «ikke i kraft» eller «ikke kodet»: " + rules.joined(separator: ", ")
    }
    static func conditionSummary(_ count: Int, yes: Int, no: Int, unknown: Int) -> String {
        "vilkår \(count): sett ja \(yes), nei \(no), ukjent \(unknown)"
    }
    static func elementSuffix(_ element: String) -> String { " — \(element)" }
}
