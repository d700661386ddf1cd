import Foundation

/// The coverage report as Norwegian text.
package enum CoverageText {
    package static func render(_ report: CoverageReport) -> String {
        var lines = ["Dekning:"]
        for file in report.files {
            let evaluated = file.rules.filter(\.evaluated).count
            lines.append("  \(file.file): regler \(evaluated)/\(file.rules.count), " + conditionSummary(file.conditions))
            for rule in file.rules where !rule.evaluated { lines.append("    regelen «\(rule.name)» brukes ikke av noen test") }
            for condition in file.conditions {
                let missing = missingOutcomes(condition)
                guard !missing.isEmpty else { continue }
                let what = condition.info.kind == .item ? "vilkåret " : ""
                lines.append("    linje \(condition.info.line): \(what)«\(condition.info.text.trimmingCharacters(in: .whitespaces))» "
                             + "(i «\(condition.info.rule)») aldri sett: \(missing.joined(separator: ", "))")
            }
        }
        let all = report.files.flatMap(\.conditions)
        let rules = report.files.flatMap(\.rules)
        lines.append("Totalt: regler \(rules.filter(\.evaluated).count)/\(rules.count) (\(format(report.rulePercent)) %), "
                     + conditionSummary(all) + " (ja/nei: \(format(report.conditionPercent)) %)")
        if !report.untestedHjemler.isEmpty {
            lines.append("Hjemler ingen test berører: " + report.untestedHjemler.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    static func conditionSummary(_ conditions: [CoverageReport.Condition]) -> String {
        let yes = conditions.filter(\.sawTrue).count, no = conditions.filter(\.sawFalse).count
        let unknown = conditions.filter(\.sawUnknown).count
        return "vilkår \(conditions.count): sett ja \(yes), nei \(no), ukjent \(unknown)"
    }

    static func missingOutcomes(_ condition: CoverageReport.Condition) -> [String] {
        var missing: [String] = []
        if !condition.sawTrue { missing.append("ja") }
        if !condition.sawFalse { missing.append("nei") }
        if !condition.sawUnknown { missing.append("ukjent") }
        return missing
    }

    /// A percentage with decimal comma: `93,8`.
    package static func format(_ percent: Double) -> String {
        String(format: "%.1f", percent).replacingOccurrences(of: ".", with: ",")
    }
}
