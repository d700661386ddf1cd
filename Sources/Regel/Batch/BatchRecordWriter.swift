/// Writes batch records as JSON Lines: one compact record per line, fields in a fixed order.
///
/// ```
/// {"linje":1,"id":"sak-1","regelsett":"9f2c4e1a7b3d5c60","vurderingsdato":"2024-03-01","resultater":[{"regel":"rett","verdi":true,"i_kraft":true}]}
/// {"linje":2,"regelsett":"9f2c4e1a7b3d5c60","feil":[{"kode":"R0601","sti":"$","melding":"tom linje; hver linje skal være én sak"}]}
/// ```
/// Values as in `regel-forklaring`: ja/nei `true`/`false`, ukjent and «ikke i kraft» `null`
/// (the latter with `"i_kraft":false`), other values as their text.
package enum BatchRecordWriter {
    /// One record as a line of JSON, ending in a newline.
    package static func line(_ record: BatchRecord, fingerprint: String) -> String {
        var output: [UInt8] = []
        var formatter = JSONLinesFormatter(fingerprint: fingerprint, rules: record.results.map(\.rule))
        formatter.write(record, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

/// The JSON Lines writer, with the parts that are the same in every record escaped once. It
/// writes UTF-8 bytes: building a `String` piece by piece cost more than reading and evaluating
/// the case.
struct JSONLinesFormatter: Sendable {
    /// `,"regelsett":"…"`.
    let fingerprintField: [UInt8]
    /// `{"regel":"<name>","verdi":` for each rule, in result order.
    let ruleHeads: [[UInt8]]
    /// The last vurderingsdato written and its text: most lines share one date.
    var lastDate: (CalendarDate, [UInt8])?

    init(fingerprint: String, rules: [String]) {
        var field = Array(",\"regelsett\":".utf8)
        field.appendJSONString(fingerprint)
        fingerprintField = field
        ruleHeads = rules.map { rule in
            var head = Array("{\"regel\":".utf8)
            head.appendJSONString(rule)
            head.append(",\"verdi\":")
            return head
        }
    }

    mutating func write(_ record: BatchRecord, to output: inout [UInt8]) {
        output.append("{\"linje\":")
        output.appendDecimal(record.line)
        switch record.id {
        case .text(let text)?:
            output.append(",\"id\":")
            output.appendJSONString(text)
        case .number(let text)?:
            output.append(",\"id\":")
            output.append(contentsOf: text.utf8)
        case nil: break
        }
        output.append(contentsOf: fingerprintField)
        if record.isError {
            writeErrors(record.errors, to: &output)
            return
        }
        if let date = record.vurderingsdato {
            output.append(",\"vurderingsdato\":\"")
            output.append(contentsOf: dateText(date))
            output.append(UInt8(ascii: "\""))
        }
        output.append(",\"resultater\":[")
        for (index, result) in record.results.enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            write(result, head: index < ruleHeads.count ? ruleHeads[index] : nil, to: &output)
        }
        output.append("]}\n")
    }

    mutating func dateText(_ date: CalendarDate) -> [UInt8] {
        if let (last, text) = lastDate, last == date { return text }
        let text = Array(date.description.utf8)
        lastDate = (date, text)
        return text
    }

    func writeErrors(_ errors: [CaseError], to output: inout [UInt8]) {
        output.append(",\"feil\":[")
        for (index, error) in errors.enumerated() {
            output.append(index == 0 ? "{\"kode\":\"" : ",{\"kode\":\"")
            output.append(contentsOf: error.code.code.utf8)
            output.append("\",\"sti\":")
            output.appendJSONString(error.path)
            output.append(",\"melding\":")
            output.appendJSONString(error.message)
            output.append(UInt8(ascii: "}"))
        }
        output.append("]}\n")
    }

    func write(_ result: BatchRecord.RuleResult, head: [UInt8]?, to output: inout [UInt8]) {
        if let head {
            output.append(contentsOf: head)
        } else {
            output.append("{\"regel\":")
            output.appendJSONString(result.rule)
            output.append(",\"verdi\":")
        }
        switch result.value {
        case .truth(let flag): output.append(flag ? "true,\"i_kraft\":true" : "false,\"i_kraft\":true")
        case .unknown: output.append("null,\"i_kraft\":true")
        case .notInForce: output.append("null,\"i_kraft\":false")
        case .notEncoded: output.append("null,\"i_kraft\":true,\"kodet\":false")
        case .text(let text):
            output.appendJSONString(text)
            output.append(",\"i_kraft\":true")
        default:
            output.appendJSONString(result.value.displayText)
            output.append(",\"i_kraft\":true")
        }
        if let missing = result.missing {
            output.append(",\"mangler\":[")
            for (position, name) in missing.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.appendJSONString(name)
            }
            output.append(UInt8(ascii: "]"))
        }
        if let explanation = result.explanation {
            output.append(",\"forklaring\":")
            output.append(contentsOf: JSONText.encodeCompact(ExplanationJSON.stepObject(explanation, depth: 0)).utf8)
        }
        output.append(UInt8(ascii: "}"))
    }
}

extension [UInt8] {
    /// Appends text known at compile time.
    mutating func append(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a whole number in decimal.
    mutating func appendDecimal(_ number: Int) {
        guard number >= 0 else { return append(contentsOf: String(number).utf8) }
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Appends `text` as a JSON string; text with nothing to escape (almost all) is copied as it is.
    mutating func appendJSONString(_ text: String) {
        var text = text
        let plain = text.withUTF8 { bytes in
            var escaped: UInt8 = 0
            for byte in bytes { escaped |= (byte < 0x20 ? 1 : 0) | (byte == UInt8(ascii: "\"") ? 1 : 0) | (byte == UInt8(ascii: "\\") ? 1 : 0) }
            guard escaped == 0 else { return false }
            append(UInt8(ascii: "\""))
            append(contentsOf: bytes)
            append(UInt8(ascii: "\""))
            return true
        }
        if !plain {
            var escaped = ""
            JSONText.writeString(text, to: &escaped)
            append(contentsOf: escaped.utf8)
        }
    }
}
