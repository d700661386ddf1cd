import Foundation

extension CaseSchema {
    /// The text forms the case reader accepts, as ECMA-262 patterns. They follow `Number.parse`,
    /// `CalendarDate(iso:)` and `Period.parse`; `scripts/skjema.sh` checks them against the reader.
    enum Pattern {
        /// `12`, `-0.25`, `12,5`, `2.5E+3`, or an exact fraction `1/3` (the denominator not zero).
        static let number = #"^-?[0-9]+(?:[,.][0-9]+)?(?:[eE][+-]?[0-9]+)?$|^-?[0-9]+/[0-9]*[1-9][0-9]*$"#
        /// `ÅÅÅÅ-MM-DD`; that the day exists is `"format": "date"`'s part.
        static let date = #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#
        /// A count, spaces, a unit; parts joined by `, ` or ` og `.
        static let duration: String = {
            let part = #"-?[0-9]+(?:[,.][0-9]+)? *(?:år|måned|måneder|uke|uker|dag|dager)"#
            return "^\(part)(?:(?:, | og )\(part))*$"
        }()
    }

    /// Builds the schemas of types, collecting the shared ones in `$defs` as it meets them.
    struct Builder {
        var definitions: [String: Any] = [:]

        /// The schema for a value of `type` (never null).
        mutating func schema(for type: ValueType) -> [String: Any] {
            switch type {
            case .truth: return ["type": "boolean"]
            case .text: return ["type": "string"]
            case .number:
                return reference("tall") {
                    ["type": ["number", "string"], "pattern": Pattern.number, "description": SchemaMessages.number]
                }
            case .date:
                return reference("dato") {
                    ["type": "string", "format": "date", "pattern": Pattern.date, "description": SchemaMessages.date]
                }
            case .duration:
                return reference("varighet") {
                    ["type": "string", "pattern": Pattern.duration, "description": SchemaMessages.duration]
                }
            case .enumeration(let enumeration):
                // An enumeration written inline (`en av a, b`) has no name to share; it stands where it is used.
                guard !enumeration.name.hasPrefix("en av") else { return ["enum": enumeration.values] }
                return reference(enumeration.name) {
                    ["enum": enumeration.values, "description": SchemaMessages.enumeration(enumeration.name)]
                }
            case .record(let record):
                return reference(record.name) { builder in builder.recordSchema(record) }
            case .list(let element):
                return ["type": "array", "items": schema(for: element)]
            case .error:
                return [:]
            }
        }

        /// `{"$ref": "#/$defs/name"}`, defining `name` the first time. The name is reserved before
        /// the body is built, so a record that contains itself (through a list) ends.
        mutating func reference(_ name: String, _ body: (inout Builder) -> [String: Any]) -> [String: Any] {
            if definitions[name] == nil {
                definitions[name] = [String: Any]()
                let schema = body(&self)
                definitions[name] = schema
            }
            return ["$ref": "#/$defs/" + name]
        }

        mutating func reference(_ name: String, _ body: () -> [String: Any]) -> [String: Any] {
            reference(name) { (_: inout Builder) in body() }
        }

        /// An object with the record's fields, none required, each also null; no other keys.
        mutating func recordSchema(_ record: RecordType) -> [String: Any] {
            var fields: [String: Any] = [:]
            for field in record.fields {
                var fieldSchema = CaseSchema.nullable(schema(for: field.type))
                // The field's `spørsmål`, as a fact's question is its description.
                if let question = record.questions[field.name] { fieldSchema["description"] = question }
                fields[field.name] = fieldSchema
            }
            return ["type": "object", "description": SchemaMessages.record(record.name),
                    "properties": fields, "additionalProperties": false]
        }
    }
}
