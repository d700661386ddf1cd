/// Writes batch records as JSON Lines: one compact record per line, fields in a fixed order.
///
/// ```
/// {"linje":1,"id":"sak-1","regelsett":"9f2c4e1a7b3d5c60","vurderingsdato":"2024-03-01","resultater":[{"regel":"rett","verdi":true,"i_kraft":true}]}
/// {"linje":2,"regelsett":"9f2c4e1a7b3d5c60","feil":[{"kode":"R0601","sti":"$","melding":"tom linje; hver linje skal være én sak"}]}
/// ```
/// Values as in `regel-forklaring`: ja/nei `true`/`false`, ukjent and «ikke i kraft» `null`
/// (the latter with `"i_kraft":false`), other values as their text.
public enum BatchRecordWriter {
    /// One record as a line of JSON, ending in a newline.
    public static func line(_ record: BatchRecord, fingerprint: String) -> String {
        var output = ""
        var formatter = JSONLinesFormatter(fingerprint: fingerprint, rules: record.results.map(\.rule))
        formatter.write(record, to: &output)
        return output
    }
}

/// The JSON Lines writer, with the parts that are the same in every record escaped once.
struct JSONLinesFormatter: Sendable {
    /// `,"regelsett":"…"`.
    let fingerprintField: String
    /// `{"regel":"<name>","verdi":` for each rule, in result order.
    let ruleHeads: [String]
    /// The last vurderingsdato written and its text: most lines share one date.
    var lastDate: (CalendarDate, String)?

    init(fingerprint: String, rules: [String]) {
        var field = ",\"regelsett\":"
        JSONText.writeString(fingerprint, to: &field)
        fingerprintField = field
        ruleHeads = rules.map { rule in
            var head = "{\"regel\":"
            JSONText.writeString(rule, to: &head)
            return head + ",\"verdi\":"
        }
    }

    mutating func write(_ record: BatchRecord, to output: inout String) {
        output += "{\"linje\":"
        output += String(record.line)
        switch record.id {
        case .text(let text)?:
            output += ",\"id\":"
            JSONText.writeString(text, to: &output)
        case .number(let text)?:
            output += ",\"id\":"
            output += text
        case nil: break
        }
        output += fingerprintField
        if record.isError {
            writeErrors(record.errors, to: &output)
            return
        }
        if let date = record.vurderingsdato {
            output += ",\"vurderingsdato\":\""
            output += dateText(date)
            output += "\""
        }
        output += ",\"resultater\":["
        for (index, result) in record.results.enumerated() {
            if index > 0 { output += "," }
            write(result, head: index < ruleHeads.count ? ruleHeads[index] : nil, to: &output)
        }
        output += "]}\n"
    }

    mutating func dateText(_ date: CalendarDate) -> String {
        if let (last, text) = lastDate, last == date { return text }
        let text = date.description
        lastDate = (date, text)
        return text
    }

    func writeErrors(_ errors: [CaseError], to output: inout String) {
        output += ",\"feil\":["
        for (index, error) in errors.enumerated() {
            output += index == 0 ? "{\"kode\":\"" : ",{\"kode\":\""
            output += error.code.code
            output += "\",\"sti\":"
            JSONText.writeString(error.path, to: &output)
            output += ",\"melding\":"
            JSONText.writeString(error.message, to: &output)
            output += "}"
        }
        output += "]}\n"
    }

    func write(_ result: BatchRecord.RuleResult, head: String?, to output: inout String) {
        if let head {
            output += head
        } else {
            output += "{\"regel\":"
            JSONText.writeString(result.rule, to: &output)
            output += ",\"verdi\":"
        }
        switch result.value {
        case .truth(let flag): output += flag ? "true,\"i_kraft\":true" : "false,\"i_kraft\":true"
        case .unknown: output += "null,\"i_kraft\":true"
        case .notInForce: output += "null,\"i_kraft\":false"
        case .text(let text):
            JSONText.writeString(text, to: &output)
            output += ",\"i_kraft\":true"
        default:
            JSONText.writeString(result.value.displayText, to: &output)
            output += ",\"i_kraft\":true"
        }
        if let missing = result.missing {
            output += ",\"mangler\":"
            JSONText.writeCompact(missing, to: &output)
        }
        if let explanation = result.explanation {
            output += ",\"forklaring\":"
            JSONText.writeCompact(ExplanationJSON.stepObject(explanation, depth: 0), to: &output)
        }
        output += "}"
    }
}
