/// Turns one item of input into a `BatchRecord`: reads the JSON, takes out `"id"`, decodes the
/// case and evaluates the selected rules. Pure, so items can be evaluated on any thread.
struct BatchEvaluator: Sendable {
    let program: CompiledRuleSet
    let ruleNumbers: [Int]
    /// The names of those rules, looked up once rather than per case.
    let ruleNames: [String]
    let options: BatchOptions

    init(program: CompiledRuleSet, ruleNumbers: [Int], options: BatchOptions) {
        self.program = program
        self.ruleNumbers = ruleNumbers
        self.ruleNames = ruleNumbers.map { program.rules[$0].name }
        self.options = options
    }

    func record(_ item: BatchItem, line: Int, dates: inout DateCache) -> BatchRecord {
        switch decode(item, dates: &dates) {
        case .failure(let id, let errors): return failure(line, id, errors)
        case .success(let givenCase, let id, let usedDefaultDate):
            var record = BatchRecord(line: line, id: id, vurderingsdato: givenCase.vurderingsdato,
                                     results: evaluate(givenCase), errors: [])
            record.usedDefaultDate = usedDefaultDate
            return record
        }
    }

    /// One item read as a case for `program`, or why it could not be.
    enum Decoded {
        case success(Case, id: BatchRecord.ID?, usedDefaultDate: Bool)
        case failure(id: BatchRecord.ID?, errors: [CaseError])
    }

    /// Reads one item: the JSON, its `"id"` and the case, without evaluating anything.
    func decode(_ item: BatchItem, dates: inout DateCache) -> Decoded {
        let id = item.fixedID.map(BatchRecord.ID.text)
        if let problem = item.problem { return .failure(id: id, errors: [problem]) }
        if item.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) {
            return .failure(id: id, errors: [CaseError(.malformedCase, path: "$",
                message: item.isFile ? BatchMessages.emptyFile : BatchMessages.emptyLine)])
        }
        // The common shape is read straight into the case; everything else, errors included, below.
        if let fast = item.bytes.withUnsafeBufferPointer({
            FastCaseReader.readLine($0, program: program, defaultDate: options.defaultDate)
        }) {
            let ownID = fast.id.map { $0.isNumber ? BatchRecord.ID.number($0.text) : .text($0.text) }
            return .success(fast.givenCase, id: id ?? ownID, usedDefaultDate: !fast.sawDate)
        }
        let document: JSONValue
        do throws(JSONValue.SyntaxError) {
            document = try item.bytes.withUnsafeBufferPointer { bytes throws(JSONValue.SyntaxError) in try JSONValue.parse(bytes: bytes) }
        } catch {
            let message = BatchMessages.invalidJSON(line: item.isFile ? error.line : nil, column: error.column, error.message)
            return .failure(id: id, errors: [CaseError(.malformedCase, path: error.path, message: message)])
        }
        var (rest, ownID, idError) = takeID(document)
        let recordID = id ?? ownID
        if let idError { return .failure(id: recordID, errors: [idError]) }
        // A valid vurderingsdato is read here, through the cache, and given as the default date:
        // the case is the same, and the date text is parsed once per run of equal dates.
        var date = options.defaultDate, usedDefaultDate = true
        if case .object(var members) = rest, let index = members.firstIndex(where: { $0.key == "vurderingsdato" }) {
            usedDefaultDate = false
            if case .string(let text) = members[index].value, let known = dates.date(for: text) {
                members.remove(at: index)
                rest = .object(members)
                date = known
            }
        }
        switch CaseJSON.decode(document: rest, program: program, defaultDate: date) {
        case .failure(let errors): return .failure(id: recordID, errors: errors.errors)
        case .success(let givenCase): return .success(givenCase, id: recordID, usedDefaultDate: usedDefaultDate)
        }
    }

    func evaluate(_ givenCase: Case) -> [BatchRecord.RuleResult] {
        zip(ruleNumbers, ruleNames).map { number, name in
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
                message: BatchMessages.invalidID(ValueDecoder.describe(value))))
        }
    }

    func failure(_ line: Int, _ id: BatchRecord.ID?, _ errors: [CaseError]) -> BatchRecord {
        BatchRecord(line: line, id: id, vurderingsdato: nil, results: [], errors: errors)
    }
}

/// The last vurderingsdato text one thread read, and its date: the lines of a batch mostly share one.
struct DateCache {
    private var text = ""
    private var date: CalendarDate?

    /// The date `text` names, or nil when it names none (the case decoder then says why).
    mutating func date(for text: String) -> CalendarDate? {
        if let date, text == self.text { return date }
        guard let parsed = CalendarDate(iso: text) else { return nil }
        self.text = text
        date = parsed
        return parsed
    }
}
