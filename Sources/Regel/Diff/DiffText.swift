/// `regel diff` as Norwegian text for people: the declarations that changed, then (with cases) the
/// decisions that changed, grouped, with example cases and both explanations side by side.
public enum DiffText {
    /// Width of each explanation column.
    static let columnWidth = 60

    /// The static changes; with a report, the changed decisions after them.
    public static func render(_ diff: RuleSetDiff, decisions: DecisionDiffReport? = nil) -> String {
        var lines = changes(diff)
        if let decisions { lines += [""] + self.decisions(decisions) }
        return lines.joined(separator: "\n")
    }

    static func changes(_ diff: RuleSetDiff) -> [String] {
        guard !diff.changes.isEmpty else { return [DiffMessages.noDeclarationChanges] }
        var lines = [DiffMessages.declarationChanges(diff.changes.count)]
        for change in diff.changes {
            lines.append("  " + DiffMessages.changeHeadline(change.kind, category: change.category, name: change.name))
            if let old = change.old { lines.append("      " + DiffMessages.oldLocation(old.description)) }
            if let new = change.new { lines.append("      " + DiffMessages.newLocation(new.description)) }
            for detail in change.details {
                lines.append("      " + DiffMessages.detail(detail.aspect.rawValue, old: detail.old.map(shortened), new: detail.new.map(shortened)))
            }
        }
        return lines
    }

    /// A part as one line of at most 100 characters.
    static func shortened(_ text: String) -> String {
        text.count > 100 ? String(text.prefix(99)) + "…" : text
    }

    static func decisions(_ report: DecisionDiffReport) -> [String] {
        var lines = [DiffMessages.casesSummary(cases: report.cases, changed: report.changedCases)]
        if !report.onlyInOld.isEmpty { lines.append("  " + DiffMessages.rulesOnlyInOld(report.onlyInOld)) }
        if !report.onlyInNew.isEmpty { lines.append("  " + DiffMessages.rulesOnlyInNew(report.onlyInNew)) }
        for rule in report.rules where rule.changed > 0 {
            let transitions = rule.transitions.map { DiffMessages.transition($0.from, $0.to) + ": \($0.count)" }
            lines.append("")
            lines.append(DiffMessages.ruleSummary(rule.rule, changed: rule.changed, transitions: transitions.joined(separator: ", ")))
            for group in rule.groups {
                lines.append("  " + DiffMessages.group(DiffMessages.transition(group.from, group.to), count: group.count,
                                                       condition: group.condition, location: group.location))
                lines.append("    " + DiffMessages.examples(group.examples.map { name($0.reference) }))
                for example in group.examples {
                    lines.append("    " + DiffMessages.exampleHeading(name(example.reference)))
                    let columns = SideBySide.render(left: explanation(example.old), right: explanation(example.new),
                                                    headings: (DiffMessages.oldHeading, DiffMessages.newHeading), width: columnWidth)
                    lines += columns.map { "      " + $0 }
                }
            }
        }
        if report.missingChangedCases > 0 {
            lines += ["", DiffMessages.missingSummary(report.missingChangedCases)]
            for rule in report.rules where rule.missingChanged > 0 {
                lines.append("  " + DiffMessages.missingRule(rule.rule, count: rule.missingChanged))
                for example in rule.missingExamples {
                    lines.append("    " + DiffMessages.missingExample(name(example.reference), added: example.added, removed: example.removed))
                }
            }
        }
        if !report.failures.isEmpty {
            lines += ["", DiffMessages.failureSummary(oneSide: report.readUnderOneOnly, neither: report.readUnderNeither)]
            for failure in report.failures {
                lines.append("  " + name(failure.reference))
                if let old = failure.old { lines.append("    " + DiffMessages.oldError(old)) }
                if let new = failure.new { lines.append("    " + DiffMessages.newError(new)) }
            }
        }
        return lines
    }

    /// `sak-3 (linje 3)`, or `linje 3` for a case without an id.
    static func name(_ reference: DecisionDiffReport.CaseReference) -> String {
        DiffMessages.caseName(id: reference.id, line: reference.line)
    }

    static func explanation(_ step: Explanation?) -> String {
        step.map { ExplanationText.render($0, wording: false) } ?? ""
    }
}
