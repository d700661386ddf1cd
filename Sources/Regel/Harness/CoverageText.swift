import Foundation

/// The coverage report as Norwegian text.
package enum CoverageText {
    package static func render(_ report: CoverageReport) -> String {
        var lines = [HarnessMessages.coverageHeading]
        for file in report.files {
            let evaluated = file.rules.filter(\.evaluated).count
            lines.append(HarnessMessages.fileCoverage(file.file, evaluated: evaluated, rules: file.rules.count, conditionSummary(file.conditions)))
            for rule in file.rules where !rule.evaluated { lines.append(HarnessMessages.untestedRule(rule.name)) }
            for condition in file.conditions {
                let missing = missingOutcomes(condition)
                guard !missing.isEmpty else { continue }
                lines.append(HarnessMessages.conditionNeverSeen(line: condition.info.line, isItem: condition.info.kind == .item,
                                                              text: condition.info.text.trimmingCharacters(in: .whitespaces),
                                                              rule: condition.info.rule, missing: missing))
            }
        }
        let all = report.files.flatMap(\.conditions)
        let rules = report.files.flatMap(\.rules)
        lines.append(HarnessMessages.totalCoverage(evaluated: rules.filter(\.evaluated).count, rules: rules.count,
                                                  rulePercent: format(report.rulePercent), conditionSummary(all),
                                                  conditionPercent: format(report.conditionPercent)))
        lines.append(HarnessMessages.hjemmelCoverage(cited: report.hjemmelCount.cited, all: report.hjemmelCount.all))
        if !report.untestedHjemler.isEmpty {
            lines.append(HarnessMessages.untestedHjemler(report.untestedHjemler))
        }
        if !report.rulesOnlyWithoutVersion.isEmpty {
            lines.append(HarnessMessages.rulesOnlyWithoutVersion(report.rulesOnlyWithoutVersion))
        }
        return lines.joined(separator: "\n")
    }

    static func conditionSummary(_ conditions: [CoverageReport.Condition]) -> String {
        let yes = conditions.filter(\.sawTrue).count, no = conditions.filter(\.sawFalse).count
        let unknown = conditions.filter(\.sawUnknown).count
        return HarnessMessages.conditionSummary(conditions.count, yes: yes, no: no, unknown: unknown)
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
