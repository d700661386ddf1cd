import Foundation

/// `regel diff --json` for machines (schema `regel-diff`, docs/skjema/regel-diff.schema.json):
/// `{"skjema":"regel-diff","versjon":1,"gammel":{"regelsett"},"ny":{"regelsett"},"endringer":[ENDRING],
///   "avgjørelser":{…}}` where `avgjørelser` is there only when cases were compared.
public enum DiffJSON {
    /// The `versjon` written in every document; it grows when a field changes meaning.
    public static let schemaVersion = 1

    /// One document, keys sorted and indented. The fingerprints are those of the compiled rule sets.
    public static func render(_ diff: RuleSetDiff, oldFingerprint: String, newFingerprint: String,
                              decisions: DecisionDiffReport? = nil) -> String {
        var document: [String: Any] = [
            "skjema": "regel-diff",
            "versjon": schemaVersion,
            "gammel": ["regelsett": oldFingerprint],
            "ny": ["regelsett": newFingerprint],
            "endringer": diff.changes.map(object),
        ]
        if let decisions { document["avgjørelser"] = object(decisions) }
        return JSONText.encode(document)
    }

    static func object(_ change: DiffChange) -> [String: Any] {
        var object: [String: Any] = [
            "kategori": change.category.rawValue,
            "navn": change.name,
            "endring": change.kind.rawValue,
            "deler": change.details.map { detail -> [String: Any] in
                ["del": detail.aspect.rawValue, "gammel": detail.old ?? NSNull(), "ny": detail.new ?? NSNull()]
            },
        ]
        if let old = change.old { object["gammel"] = location(old) }
        if let new = change.new { object["ny"] = location(new) }
        return object
    }

    static func location(_ location: DiffLocation) -> [String: Any] {
        ["fil": location.file, "linje": location.line, "kolonne": location.column]
    }

    static func object(_ report: DecisionDiffReport) -> [String: Any] {
        [
            "saker": report.cases,
            "endret": report.changedCases,
            "mangler_endret": report.missingChangedCases,
            "lest_bare_etter_ett": report.readUnderOneOnly,
            "ikke_lest": report.readUnderNeither,
            "sammenlignet": report.rulesCompared,
            "bare_i_gammel": report.onlyInOld,
            "bare_i_ny": report.onlyInNew,
            "regler": report.rules.map(object),
            "feil": report.failures.map { failure -> [String: Any] in
                var object = reference(failure.reference)
                object["gammel"] = failure.old ?? NSNull()
                object["ny"] = failure.new ?? NSNull()
                return object
            },
        ]
    }

    static func object(_ rule: DecisionDiffReport.RuleChanges) -> [String: Any] {
        [
            "regel": rule.rule,
            "endret": rule.changed,
            "overganger": rule.transitions.map { ["fra": $0.from, "til": $0.to, "antall": $0.count] as [String: Any] },
            "grupper": rule.groups.map { group -> [String: Any] in
                [
                    "fra": group.from, "til": group.to, "vilkår": group.condition, "sted": group.location, "antall": group.count,
                    "eksempler": group.examples.map { example -> [String: Any] in
                        var object = reference(example.reference)
                        object["gammel"] = example.old.map { ExplanationJSON.stepObject($0, depth: 0) } ?? NSNull()
                        object["ny"] = example.new.map { ExplanationJSON.stepObject($0, depth: 0) } ?? NSNull()
                        return object
                    },
                ]
            },
            "mangler_endret": rule.missingChanged,
            "mangler_eksempler": rule.missingExamples.map { example -> [String: Any] in
                var object = reference(example.reference)
                object["lagt_til"] = example.added
                object["fjernet"] = example.removed
                return object
            },
        ]
    }

    static func reference(_ reference: DecisionDiffReport.CaseReference) -> [String: Any] {
        ["id": reference.id ?? NSNull(), "linje": reference.line]
    }
}
