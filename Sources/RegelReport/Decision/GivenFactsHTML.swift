import Regel

/// The facts and vurderinger given in the case, as a table; vurderinger are marked as
/// professional judgements.
enum GivenFactsHTML {
    static func render(_ givenCase: Case, program: CompiledRuleSet, into html: inout HTMLWriter) {
        html.element("section", [("class", "opplysninger"), ("aria-labelledby", "opplysninger")]) { section in
            section.element("h2", [("id", "opplysninger")], text: ReportMessages.givenHeading)
            let given = givenCase.givenFacts
            guard !given.isEmpty else {
                section.element("p", text: ReportMessages.nothingGiven)
                return
            }
            section.element("p", [("class", "dempet")], text: ReportMessages.judgementNote)
            section.table([], columns: ReportMessages.givenColumns) { body in
                for (name, value) in given {
                    let fact = program.fact(named: name)
                    body.element("tr", [("class", fact?.isJudgement == true ? "rad-vurdering" : "rad-faktum")]) { row in
                        row.element("td") { FactLabelHTML.render(name: name, isJudgement: fact?.isJudgement == true, into: &$0) }
                        row.element("td", [("class", "faktaverdi")], text: value.displayText)
                        row.element("td", text: fact.map { ExplanationText.oneLine($0.question ?? "") } ?? "")
                    }
                }
            }
        }
    }
}
