/// Turns one item of input into a `BatchRecord`: reads the JSON, takes out `"id"`, decodes the
/// case and evaluates the selected rules. Pure, so items can be evaluated on any thread.
struct BatchEvaluator: Sendable {
    let program: CompiledRuleSet
    let ruleNumbers: [Int]
    let options: BatchOptions

    func record(_ item: BatchItem, line: Int) -> BatchRecord {
        let id = item.fixedID.map(BatchRecord.ID.text)
        if let problem = item.problem { return failure(line, id, [problem]) }
        if item.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) {
            return failure(line, id, [CaseError(.malformedCase, path: "$",
                message: item.isFile ? "filen er tom" : "tom linje; hver linje skal være én sak")])
        }
        let document: JSONValue
        do throws(JSONValue.SyntaxError) {
            document = try item.bytes.withUnsafeBufferPointer { bytes throws(JSONValue.SyntaxError) in try JSONValue.parse(bytes: bytes) }
        } catch {
            let place = item.isFile ? "på linje \(error.line), kolonne \(error.column)" : "i kolonne \(error.column)"
            return failure(line, id, [CaseError(.malformedCase, path: error.path, message: "ugyldig JSON \(place): \(error.message)")])
        }
        let (rest, ownID, idError) = takeID(document)
        let recordID = id ?? ownID
        if let idError { return failure(line, recordID, [idError]) }
        switch CaseJSON.decode(document: rest, program: program, defaultDate: options.defaultDate) {
        case .failure(let errors): return failure(line, recordID, errors.errors)
        case .success(let givenCase):
            var record = BatchRecord(line: line, id: recordID, vurderingsdato: givenCase.vurderingsdato,
                                     results: evaluate(givenCase), errors: [])
            if case .object(let members) = rest { record.usedDefaultDate = !members.contains { $0.key == "vurderingsdato" } }
            return record
        }
    }

    func evaluate(_ givenCase: Case) -> [BatchRecord.RuleResult] {
        ruleNumbers.map { number in
            let name = program.rules[number].name
            guard options.explain || options.missing else {
                return BatchRecord.RuleResult(rule: name, value: program.value(ofRule: number, in: givenCase),
                                              missing: nil, explanation: nil)
            }
            let outcome = program.evaluate(ruleNumber: number, in: givenCase)
            return BatchRecord.RuleResult(rule: name, value: outcome.value,
                                          missing: options.missing ? outcome.missing.map(\.name) : nil,
                                          explanation: options.explain ? outcome.explanation : nil)
        }
    }

    /// The document without its top-level `"id"`, the id, and an error when the id has a wrong type.
    func takeID(_ document: JSONValue) -> (JSONValue, BatchRecord.ID?, CaseError?) {
        guard case .object(var members) = document, let index = members.firstIndex(where: { $0.key == "id" }) else {
            return (document, nil, nil)
        }
        let value = members.remove(at: index).value
        switch value {
        case .string(let text): return (.object(members), .text(text), nil)
        case .number(let text): return (.object(members), .number(text), nil)
        default:
            return (.object(members), nil, CaseError(.malformedCase, path: "$.id",
                message: "«id» skal være en tekst eller et tall, men er \(ValueDecoder.describe(value))"))
        }
    }

    func failure(_ line: Int, _ id: BatchRecord.ID?, _ errors: [CaseError]) -> BatchRecord {
        BatchRecord(line: line, id: id, vurderingsdato: nil, results: [], errors: errors)
    }
}
