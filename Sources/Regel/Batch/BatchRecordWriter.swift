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
        write(record, fingerprint: fingerprint, to: &output)
        return output
    }

    static func write(_ record: BatchRecord, fingerprint: String, to output: inout String) {
        output += "{\"linje\":\(record.line)"
        switch record.id {
        case .text(let text)?:
            output += ",\"id\":"
            JSONText.writeString(text, to: &output)
        case .number(let text)?: output += ",\"id\":\(text)"
        case nil: break
        }
        output += ",\"regelsett\":\"\(fingerprint)\""
        if record.isError {
            output += ",\"feil\":["
            for (index, error) in record.errors.enumerated() {
                output += index == 0 ? "{\"kode\":\"" : ",{\"kode\":\""
                output += error.code.code + "\",\"sti\":"
                JSONText.writeString(error.path, to: &output)
                output += ",\"melding\":"
                JSONText.writeString(error.message, to: &output)
                output += "}"
            }
            output += "]}\n"
            return
        }
        if let date = record.vurderingsdato { output += ",\"vurderingsdato\":\"\(date)\"" }
        output += ",\"resultater\":["
        for (index, result) in record.results.enumerated() {
            if index > 0 { output += "," }
            write(result, to: &output)
        }
        output += "]}\n"
    }

    static func write(_ result: BatchRecord.RuleResult, to output: inout String) {
        output += "{\"regel\":"
        JSONText.writeString(result.rule, to: &output)
        output += ",\"verdi\":"
        switch result.value {
        case .truth(let flag): output += flag ? "true" : "false"
        case .unknown, .notInForce: output += "null"
        case .text(let text): JSONText.writeString(text, to: &output)
        default: JSONText.writeString(result.value.displayText, to: &output)
        }
        if case .notInForce = result.value { output += ",\"i_kraft\":false" } else { output += ",\"i_kraft\":true" }
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
