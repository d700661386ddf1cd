import Foundation
import Regel

/// The explanation tree as nested lists: a step with sub-results is a `<details>` that folds
/// (open from the start, so a reader without JavaScript and a printer see everything), with the
/// hjemmel, the version's period and, the first time a statute is cited, its wording.
package struct ExplanationHTML {
    /// Levels shown before a deeper part is cut off, as in the text explanation.
    package static let maxDepth = ExplanationText.maxDepth
    /// The lovtekster whose wording is already shown in this report.
    private var shownWording = Set<String>()

    package init() {}

    /// The tree under `explanation`, as `<ul class="tre">`.
    package mutating func render(_ explanation: Explanation, into html: inout HTMLWriter) {
        html.element("ul", [("class", "tre")]) { list in
            step(explanation, depth: 0, into: &list)
        }
    }

    private mutating func step(_ step: Explanation, depth: Int, into html: inout HTMLWriter) {
        html.start("li")
        let details = hjemmel(of: step)
        if step.children.isEmpty && details.isEmpty && step.validity == nil && step.withoutVersion == nil {
            headline(step, into: &html)
        } else {
            html.start("details", [("open", "")])
            html.element("summary") { headline(step, into: &$0) }
            sources(step, hjemmel: details, into: &html)
            if depth + 1 >= Self.maxDepth && !step.children.isEmpty {
                html.element("p", [("class", "dempet")], text: ReportMessages.treeTooDeep(Self.maxDepth))
            } else if !step.children.isEmpty {
                html.start("ul")
                for child in step.children { self.step(child, depth: depth + 1, into: &html) }
                html.end()
            }
            html.end()
        }
        html.end()
    }

    /// The hjemmel of a rule or an `unntak`; none for other steps.
    private func hjemmel(of step: Explanation) -> [HjemmelInfo] {
        if case .rule(_, let hjemmel) = step.kind { return hjemmel }
        if case .exception(let hjemmel) = step.kind { return hjemmel }
        return []
    }

    /// One line: what the step is, its value as a coloured mark, and where it is written.
    private func headline(_ step: Explanation, into html: inout HTMLWriter) {
        switch step.kind {
        case .rule(let name, _):
            html.element("code", text: name)
            html.text(" ")
            ValueHTML.mark(step.value, into: &html)
            html.text(" ")
            html.element("span", [("class", "sted")], text: step.location)
        case .fact(let name), .judgement(let name):
            let isJudgement = step.kind == .judgement(name: name)
            html.element("span", [("class", isJudgement ? "merke vurdering" : "merke verdi")],
                         text: isJudgement ? ReportMessages.judgement : ReportMessages.fact)
            html.text(" ")
            html.element("code", text: name)
            html.text(" ")
            if step.value == .unknown {
                html.element("span", [("class", "merke ukjent")], text: isJudgement ? ReportMessages.judgementNotMade : ReportMessages.notGiven)
            } else {
                ValueHTML.mark(step.value, into: &html)
            }
        case .exception:
            html.element("span", [("class", "merke verdi")], text: ReportMessages.exception)
            html.text(" ")
            html.element("code", text: step.text)
            html.text(" ")
            let applies = step.value == .truth(true), notApplies = step.value == .truth(false)
            html.element("span", [("class", "merke " + (applies ? "ja" : notApplies ? "nei" : "ukjent"))],
                         text: applies ? ReportMessages.applies : notApplies ? ReportMessages.doesNotApply : ReportMessages.unresolved)
            html.text(" ")
            html.element("span", [("class", "sted")], text: step.location)
        case .failedCalculation(let reason):
            html.element("code", text: ExplanationText.oneLine(step.text))
            html.text(" ")
            ValueHTML.mark(step.value, into: &html)
            html.text(" ")
            html.element("span", [("class", "dempet")], text: reason)
        case .hvis, .condition:
            html.element("code", text: ExplanationText.oneLine(step.text))
            html.text(" ")
            ValueHTML.mark(step.value, into: &html)
        }
    }

    /// Hjemmel, period (with the act that brought it in) and statute wording under a rule or
    /// `unntak`; for a rule «ikke i kraft» or «ikke kodet», the law not encoded and when it is in force.
    private mutating func sources(_ step: Explanation, hjemmel: [HjemmelInfo], into html: inout HTMLWriter) {
        guard !hjemmel.isEmpty || step.validity != nil || step.withoutVersion != nil else { return }
        html.start("div", [("class", "steg-detaljer")])
        if !hjemmel.isEmpty {
            html.element("p", [("class", "hjemmel")]) { line in
                line.element("strong", text: ReportMessages.hjemmelLabel)
                line.text(" " + hjemmel.map(\.citation).joined(separator: "; "))
            }
        }
        if let validity = step.validity {
            html.element("p", [("class", "dempet")], text: ReportMessages.version(validity, enactedBy: step.enactedBy))
        }
        if let without = step.withoutVersion { periods(without, into: &html) }
        for item in hjemmel {
            guard let wording = item.wording, let name = item.lovtekstName, shownWording.insert(name).inserted else { continue }
            LovtekstHTML.quote(title: item.citation, wording: wording, into: &html)
        }
        html.end()
    }

    /// Why a rule has no version on the date: the law it does not encode, then when it is in force.
    private func periods(_ without: RuleWithoutVersion, into html: inout HTMLWriter) {
        if let period = without.notEncoded {
            html.element("p", text: ReportMessages.notEncodedPeriod(PeriodText.describe(from: period.from, to: period.to), note: period.note))
        }
        if without.inForce.isEmpty && without.notEncoded == nil { html.element("p", text: ReportMessages.neverInForce) }
        for version in without.inForce {
            html.element("p", [("class", "dempet")],
                         text: ReportMessages.inForcePeriod(PeriodText.describe(from: version.from, to: version.to), enactedBy: version.enactedBy))
        }
    }
}

/// A period as words: «fra 2022-08-01 til og med 2024-12-31», «hele tiden».
package enum PeriodText {
    /// The period between two optional dates, both inclusive.
    package static func describe(from: CalendarDate?, to: CalendarDate?) -> String {
        ReportMessages.period(from: from?.description, to: to?.description)
    }
}

/// A value as a coloured mark: green for ja, red for nei, amber for ukjent, plain for the rest.
package enum ValueHTML {
    /// The CSS class of a value's mark.
    package static func cssClass(_ value: Value) -> String {
        switch value {
        case .truth(true): return "ja"
        case .truth(false): return "nei"
        case _ where value.isUndetermined: return "ukjent"
        default: return "verdi"
        }
    }

    /// `<span class="merke ja">ja</span>`.
    package static func mark(_ value: Value, into html: inout HTMLWriter) {
        html.element("span", [("class", "merke " + cssClass(value))], text: value.displayText)
    }
}

/// Statute wording as a quotation with its citation.
package enum LovtekstHTML {
    /// `<blockquote class="lovtekst">` with the title above and the wording line by line.
    package static func quote(title: String, wording: String, into html: inout HTMLWriter, id: String? = nil) {
        html.element("figure", [("class", "lovtekst-figur"), ("id", id)]) { figure in
            figure.element("figcaption") { $0.element("strong", text: title) }
            figure.element("blockquote", [("class", "lovtekst")]) { paragraphs(wording, into: &$0) }
        }
    }

    /// The wording's paragraphs (split at blank lines), with the lines of a paragraph joined so
    /// that the text wraps to the column; a line that starts a list item (`a)`, `1.`, `-`) keeps
    /// its own line.
    package static func paragraphs(_ wording: String, into html: inout HTMLWriter) {
        for paragraph in wording.components(separatedBy: "\n\n") where !paragraph.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            html.element("p") { text in
                for (number, line) in paragraph.split(separator: "\n").enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if number > 0 { startsItem(trimmed) ? text.void("br") : text.text(" ") }
                    text.text(trimmed)
                }
            }
        }
    }

    /// `a)`, `12.`, `-` or `•` at the start of a line.
    static func startsItem(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("• ") { return true }
        guard let marker = line.split(separator: " ", maxSplits: 1).first, marker.count <= 4,
              let last = marker.last, last == ")" || last == "." else { return false }
        return marker.dropLast().allSatisfy { $0.isLetter || $0.isNumber }
    }
}
