import Foundation

/// Cases as JSON (format version 1):
///
/// ```json
/// { "vurderingsdato": "2024-03-01",
///   "fakta": { "barn.fødselsdato": "2010-06-15", "barn.ventes": false,
///              "tjenester": [ { "lov": "hol", "kommunal": true } ] } }
/// ```
/// ja/nei are `true`/`false`; tall a JSON number or a string with decimal comma; dato `"ÅÅÅÅ-MM-DD"`;
/// varighet `"18 år"`; an enumeration value its name as a string; a record an object; a list an array;
/// `null` means absent. Every fact must be declared; nothing is coerced or dropped.
public enum CaseJSON {
    /// Reads a case. All problems are reported, each naming its JSON path.
    public static func decode(_ text: String, program: CompiledRuleSet,
                              defaultDate: CalendarDate) -> Result<Case, CaseErrors> {
        var text = text
        return text.withUTF8 { decode(bytes: $0, program: program, defaultDate: defaultDate) }
    }

    /// Reads a case from UTF-8 bytes (a line of a batch file, say). The common shape is read
    /// straight into the case; anything else goes through the full reader, which reports every problem.
    public static func decode(bytes: UnsafeBufferPointer<UInt8>, program: CompiledRuleSet,
                              defaultDate: CalendarDate) -> Result<Case, CaseErrors> {
        if let fast = FastCaseReader.read(bytes, program: program, defaultDate: defaultDate) { return .success(fast) }
        return decodeFully(bytes: bytes, program: program, defaultDate: defaultDate)
    }

    /// The full reader: a JSON tree first, then every fact checked against its declaration.
    static func decodeFully(bytes: UnsafeBufferPointer<UInt8>, program: CompiledRuleSet,
                            defaultDate: CalendarDate) -> Result<Case, CaseErrors> {
        let document: JSONValue
        do throws(JSONValue.SyntaxError) {
            document = try JSONValue.parse(bytes: bytes)
        } catch {
            return .failure(CaseErrors(errors: [CaseError(.malformedCase, path: error.path,
                message: CaseMessages.invalidJSON(line: error.line, column: error.column, error.message))]))
        }
        return decode(document: document, program: program, defaultDate: defaultDate)
    }

    /// Reads a case from a document already parsed, for hosts that take fields of their own out
    /// first (as `regel batch` takes out `"id"`).
    public static func decode(document: JSONValue, program: CompiledRuleSet,
                              defaultDate: CalendarDate) -> Result<Case, CaseErrors> {
        var decoder = ValueDecoder()
        var result = Case(program: program, vurderingsdato: defaultDate)
        guard case .object(let members) = document else {
            return .failure(CaseErrors(errors: [CaseError(.malformedCase, path: "$", message: CaseMessages.caseNotAnObject)]))
        }
        for (key, value) in members {
            switch key {
            case "vurderingsdato":
                if case .date(let date)? = decoder.value(value, as: .date, path: "$.vurderingsdato") { result.vurderingsdato = date }
            case "fakta":
                decodeFacts(value, into: &result, decoder: &decoder)
            default:
                decoder.fail(.malformedCase, "$.\(key)", CaseMessages.unknownCaseField(key))
            }
        }
        return decoder.errors.isEmpty ? .success(result) : .failure(CaseErrors(errors: decoder.errors))
    }

    static func decodeFacts(_ value: JSONValue, into result: inout Case, decoder: inout ValueDecoder) {
        guard case .object(let facts) = value else {
            return decoder.fail(.malformedCase, "$.fakta", CaseMessages.factsNotAnObject)
        }
        for (name, factValue) in facts {
            guard let slot = result.program.factSlot(name) else {
                decoder.fail(.undeclaredFact, "$.fakta[\"\(name)\"]", CaseMessages.undeclared(name, suggestion: result.suggestion(for: name)))
                continue
            }
            if let decoded = decoder.value(factValue, as: result.program.facts[slot].type, path: "$.fakta[\"\(name)\"]") {
                result[slot] = decoded
            }
        }
    }

    /// A case as JSON, in the same format `decode` reads.
    public static func encode(_ givenCase: Case) -> String {
        var facts: [String: Any] = [:]
        for (name, value) in givenCase.givenFacts { facts[name] = json(value) }
        return JSONText.encode(["vurderingsdato": givenCase.vurderingsdato.description, "fakta": facts])
    }

    /// A value as a JSON-compatible object, the way `decode` reads it back.
    static func json(_ value: Value) -> Any {
        switch value {
        case .unknown, .notInForce, .notEncoded: return NSNull()
        case .truth(let flag): return flag
        case .number(let number): return number.jsonNumberText.map(JSONNumberText.init) ?? number.fractionText as Any
        case .text(let text): return text
        case .date(let date): return date.description
        case .duration(let period): return period.description
        case .enumeration(let type, let index): return type.values[index]
        case .record(let type, let fields):
            var object: [String: Any] = [:]
            for (field, fieldValue) in zip(type.fields, fields) where fieldValue != .unknown { object[field.name] = json(fieldValue) }
            return object
        case .list(let items): return items.map(json)
        }
    }
}

/// All the problems found in one case document.
public struct CaseErrors: Error, Sendable {
    /// Every error, in the order the reader met them; never empty.
    public let errors: [CaseError]
}

/// Converts JSON values to values of a declared type, collecting errors.
struct ValueDecoder {
    var errors: [CaseError] = []

    mutating func fail(_ code: DiagnosticCode, _ path: String, _ message: String) {
        errors.append(CaseError(code, path: path, message: message))
    }

    /// `path` is built only when there is an error to report: building it for every value cost more
    /// than reading the value.
    mutating func value(_ json: JSONValue, as type: ValueType, path: @autoclosure () -> String) -> Value? {
        if case .null = json { return .unknown }
        switch (type, json) {
        case (.truth, .bool(let flag)): return .truth(flag)
        case (.number, .number(let text)), (.number, .string(let text)):
            switch Number.parse(text) {
            case .success(let number): return .number(number)
            case .failure(.tooLarge):
                fail(.caseValueType, path(), CaseMessages.numberTooLong(text))
                return nil
            case .failure(.notANumber): break
            }
        case (.text, .string(let text)): return .text(text)
        case (.date, .string(let text)):
            if let date = CalendarDate(iso: text) { return .date(date) }
            if text.range(of: #"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"#, options: .regularExpression) != nil {
                fail(.caseDate, path(), CaseMessages.dateNotInCalendar(text))
                return nil
            }
        case (.duration, .string(let text)):
            switch Period.parse(text) {
            case .success(let period): return .duration(period)
            case .failure(.tooLarge):
                fail(.caseValueType, path(), CaseMessages.durationTooLong(text))
                return nil
            case .failure(.notWhole):
                fail(.caseValueType, path(), CaseMessages.durationNotWhole(text))
                return nil
            case .failure(.notADuration): break
            }
        case (.enumeration(let enumeration), .string(let text)):
            if let index = enumeration.values.firstIndex(of: text) { return .enumeration(enumeration, index) }
            let suggestion = Suggest.closest(to: text, among: enumeration.values)
            fail(.caseValueType, path(), CaseMessages.notAnEnumValue(text, enumeration.values, suggestion: suggestion))
            return nil
        case (.list(let element), .array(let items)):
            let values = items.enumerated().map { index, item -> Value? in
                guard item != .null else {
                    fail(.caseValueType, "\(path())[\(index)]", CaseMessages.nullInList)
                    return nil
                }
                return value(item, as: element, path: "\(path())[\(index)]")
            }
            return values.contains { $0 == nil } ? nil : .list(values.compactMap { $0 })
        case (.record(let record), .object(let members)):
            return recordValue(record, members, path: path())
        case (.error, _): return .unknown
        default: break
        }
        fail(.caseValueType, path(), CaseMessages.wrongJSONType(type, format: Self.format(of: type), got: Self.describe(json)))
        return nil
    }

    mutating func recordValue(_ record: RecordType, _ members: [(key: String, value: JSONValue)], path: @autoclosure () -> String) -> Value? {
        var fields = Array(repeating: Value.unknown, count: record.fields.count)
        var ok = true
        for (key, member) in members {
            guard let index = record.fieldIndex(key) else {
                fail(.undeclaredFact, "\(path()).\(key)", CaseMessages.unknownRecordField(key, record.name))
                ok = false
                continue
            }
            if let decoded = value(member, as: record.fields[index].type, path: "\(path()).\(key)") { fields[index] = decoded } else { ok = false }
        }
        return ok ? .record(record, fields) : nil
    }

    static func format(of type: ValueType) -> String {
        switch type {
        case .truth: return CaseMessages.Format.truth
        case .number: return CaseMessages.Format.number
        case .text: return CaseMessages.Format.text
        case .date: return CaseMessages.Format.date
        case .duration: return CaseMessages.Format.duration
        case .enumeration(let enumeration): return CaseMessages.Format.oneOf(enumeration.values)
        case .record: return CaseMessages.Format.object
        case .list: return CaseMessages.Format.list
        case .error: return CaseMessages.Format.anything
        }
    }

    static func describe(_ json: JSONValue) -> String {
        switch json {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let text): return CaseMessages.Described.number(text)
        case .string(let text): return CaseMessages.Described.text(text)
        case .array: return CaseMessages.Described.list
        case .object: return CaseMessages.Described.object
        }
    }
}
