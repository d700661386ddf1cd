import Regel

/// A decision as one self-contained Norwegian HTML file (`regel forklar --html`): the question,
/// the answer, vurderingsdato, the rule set's fingerprint and versions, the explanation with
/// hjemmel and statute wording, the facts and vurderinger given, what is missing and, when a search
/// gave it, «hva skal til». No external resources; JavaScript only to fold and unfold.
public enum DecisionReportHTML {
    /// The whole document.
    public static func render(_ report: DecisionReport) -> String {
        let names = report.outcomes.map(\.rule)
        var tree = ExplanationHTML()
        return HTMLPage.document(title: ReportMessages.reportTitle(names), scripts: [ReportScript.folding], header: { header in
            summary(report, into: &header)
        }, main: { main in
            HTMLPage.foldButtons(into: &main)
            for outcome in report.outcomes {
                section(outcome, report: report, tree: &tree, into: &main)
            }
            GivenFactsHTML.render(report.givenCase, program: report.program, into: &main)
        }, footer: { footer in
            footer.element("p", text: ReportMessages.footer(program: RegelVersion.program, language: RegelVersion.language,
                                                            fingerprint: report.program.fingerprint))
        })
    }

    /// Vurderingsdato, rule set and versions, under the title.
    static func summary(_ report: DecisionReport, into html: inout HTMLWriter) {
        html.element("dl", [("class", "fakta")]) { list in
            list.element("dt", text: ReportMessages.assessmentDate)
            list.element("dd", [("id", "vurderingsdato")], text: report.givenCase.vurderingsdato.description)
            list.element("dt", text: ReportMessages.ruleSet)
            list.element("dd") { $0.element("code", [("id", "fingeravtrykk")], text: report.program.fingerprint) }
            list.element("dt", text: ReportMessages.versionLabel)
            list.element("dd", text: ReportMessages.versions(program: RegelVersion.program, language: RegelVersion.language))
        }
    }

    /// One rule: the question, the answer, why, what is missing and what would change it.
    static func section(_ outcome: Outcome, report: DecisionReport, tree: inout ExplanationHTML, into html: inout HTMLWriter) {
        let anchor = HTMLText.anchor("regel", outcome.rule)
        let rule = report.program.rule(named: outcome.rule)
        html.element("section", [("class", "utfall"), ("aria-labelledby", anchor)]) { section in
            section.element("h2", [("id", anchor)]) { $0.element("code", text: outcome.rule) }
            section.element("p", [("class", "sporsmal")]) { line in
                line.element("strong", text: ReportMessages.questionLabel)
                line.text(" " + ReportMessages.question(outcome.rule, isTruth: rule?.type == .truth))
            }
            if let rule, let description = SourceComments.description(line: rule.file.location(of: rule.range.start).line, in: rule.file) {
                section.element("p", [("class", "dempet")], text: description)
            }
            if let rule, !rule.hjemmel.isEmpty {
                section.element("p", [("class", "hjemmel")]) { line in
                    line.element("strong", text: ReportMessages.hjemmelLabel)
                    line.text(" " + rule.hjemmel.map(\.citation).joined(separator: "; "))
                }
            }
            section.element("p") { line in
                line.element("strong", text: ReportMessages.answerLabel)
                line.text(" ")
                line.element("span", [("class", "svar " + ValueHTML.cssClass(outcome.value)), ("data-svar", outcome.value.displayText)],
                             text: outcome.value.isWithoutVersion ? ReportMessages.onTheDate(outcome.value.displayText) : outcome.value.displayText)
            }
            section.element("h3", text: ReportMessages.whyHeading)
            if let explanation = outcome.explanation {
                tree.render(explanation, into: &section)
            } else {
                section.element("p", [("class", "dempet")], text: ReportMessages.noExplanation)
            }
            missing(outcome, into: &section)
            if let alternatives = report.alternatives[outcome.rule] {
                AlternativesHTML.render(alternatives, rule: outcome.rule, tree: &tree, into: &section)
            }
        }
    }

    /// The facts and vurderinger that can still change an undecided answer, with their questions.
    static func missing(_ outcome: Outcome, into html: inout HTMLWriter) {
        let missing = outcome.missing
        guard !missing.isEmpty else { return }
        html.element("h3", text: ReportMessages.missingHeading)
        html.element("ul", [("class", "mangler")]) { list in
            for fact in missing {
                list.element("li") { item in
                    FactLabelHTML.render(name: fact.name, isJudgement: fact.isJudgement, into: &item)
                    if let question = fact.question {
                        item.text(": ")
                        item.text(ExplanationText.oneLine(question))
                    }
                    if let guidance = fact.guidance {
                        item.element("div", [("class", "dempet")], text: ExplanationText.oneLine(guidance))
                    }
                }
            }
        }
    }
}

/// A fact's name with a mark that says whether it is a fact or a vurdering (judgement).
package enum FactLabelHTML {
    /// `<span class="merke vurdering">vurdering</span> <code>navn</code>`.
    package static func render(name: String, isJudgement: Bool, into html: inout HTMLWriter) {
        html.element("span", [("class", isJudgement ? "merke vurdering" : "merke verdi")],
                     text: isJudgement ? ReportMessages.judgement : ReportMessages.fact)
        html.text(" ")
        html.element("code", text: name)
    }
}
