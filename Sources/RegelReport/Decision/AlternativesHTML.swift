import Regel

/// «Hva skal til»: each alternative as a list of changes, vurderinger put as judgements to
/// reconsider, and the explanation the changes would give, folded.
enum AlternativesHTML {
    static func render(_ alternatives: ChangeAlternatives, rule: String, tree: inout ExplanationHTML, into html: inout HTMLWriter) {
        html.element("h3", text: ReportMessages.whatWouldChangeHeading(alternatives.target.displayText))
        guard !alternatives.alternatives.isEmpty else {
            html.element("p", text: alternatives.isCutShort ? ReportMessages.searchCutNothingFound : ReportMessages.noAlternatives)
            return
        }
        html.element("ol", [("class", "alternativer")]) { list in
            for alternative in alternatives.alternatives {
                list.element("li") { item in
                    item.element("ul") { changes in
                        for change in alternative.changes { self.change(change, into: &changes) }
                    }
                    if let explanation = alternative.explanation {
                        item.element("details") { details in
                            details.element("summary", text: ReportMessages.explanationAfterChange(rule))
                            tree.render(explanation, into: &details)
                        }
                    }
                }
            }
        }
        if alternatives.isCutShort { html.element("p", [("class", "dempet")], text: ReportMessages.searchCut) }
    }

    static func change(_ change: FactChange, into html: inout HTMLWriter) {
        html.element("li") { item in
            FactLabelHTML.render(name: change.name, isJudgement: change.isJudgement, into: &item)
            item.text(" ")
            item.text(change.wording ?? FactChange.wording(isJudgement: change.isJudgement, from: change.from, to: change.to.displayText))
        }
    }
}
