import Foundation

/// A JSON Schema (draft 2020-12) for the case documents a rule set reads: `vurderingsdato`, and
/// under `fakta` one property per declared fact and vurdering with its type, its enumeration
/// values and its `spørsmål` (and `veiledning`) as `description`.
///
/// The schema accepts what `CaseJSON.decode` accepts, with these limits of JSON Schema: a key
/// given twice, a number of more than `Number.maxDigits` digits, a duration that does not fit or
/// is not a whole number of months or days (`"1,1 år"`), and names and values written in another
/// Unicode normal form than the rules' (NFD for NFC) are judged by the reader alone.
/// Named record and enumeration types and the text forms of tall, dato and varighet are in
/// `$defs`; keys are sorted, so the same rules always give the same text.
public enum CaseSchema {
    /// The JSON Schema dialect the schemas are written in.
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The schema as indented JSON text. With `batchLine`, for a line of `regel batch`: the case
    /// may also carry an `"id"`, a string or a number.
    public static func json(for program: CompiledRuleSet, batchLine: Bool = false) -> String {
        JSONText.encode(object(for: program, batchLine: batchLine)) + "\n"
    }

    static func object(for program: CompiledRuleSet, batchLine: Bool) -> [String: Any] {
        var builder = Builder()
        var facts: [String: Any] = [:]
        for fact in program.facts {
            var property = nullable(builder.schema(for: fact.type))
            if let text = description(question: fact.question, guidance: fact.guidance) { property["description"] = text }
            facts[fact.name] = property
        }
        var properties: [String: Any] = [
            "vurderingsdato": nullable(builder.schema(for: .date)).merging(["description": SchemaMessages.vurderingsdato]) { $1 },
            "fakta": ["type": "object", "description": SchemaMessages.facts,
                      "properties": facts, "additionalProperties": false] as [String: Any],
        ]
        if batchLine { properties["id"] = ["type": ["string", "number"], "description": SchemaMessages.batchID] }
        return [
            "$schema": dialect,
            "title": batchLine ? SchemaMessages.batchLineTitle : SchemaMessages.caseTitle,
            "type": "object",
            "properties": properties,
            "additionalProperties": false,
            "$defs": builder.definitions,
        ]
    }

    /// The `spørsmål`, then the `veiledning` after a blank line; nil when the fact has neither.
    static func description(question: String?, guidance: String?) -> String? {
        let parts = [question, guidance].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    /// The same schema, also accepting `null` (which the reader takes as unknown). Only a fact's or
    /// a field's value may be null; a list element may not.
    static func nullable(_ schema: [String: Any]) -> [String: Any] {
        if schema.count == 1, let type = schema["type"] as? String { return ["type": [type, "null"]] }
        if schema.count == 1, let values = schema["enum"] as? [Any] { return ["enum": values + [NSNull()]] }
        return ["anyOf": [schema, ["type": "null"]]]
    }
}
