import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Seeded random mixes of good and bad lines: one record per line, in order; a good line gives
/// exactly what `CompiledRuleSet.evaluate` gives for its case, a bad line an error record.
@Suite struct BatchPropertyTests {
    /// One generated line and what it should give.
    struct Line {
        let text: String
        /// The case document without its id, for a good line.
        let body: String?
        let id: JSONValue?
        /// The code of the first error, for a bad line.
        let errorCode: String?
    }

    static let names = ["Åse", "Ærlig, \"Ola\"", "Ø;rjan", "linje\nskift", "x"]

    static func goodBody(_ random: inout SplitMix) -> String {
        var facts: [String] = []
        if random.below(4) > 0 { facts.append(#""alder": "# + random.pick(["3", "17", "18", "30", "\"12,5\"", "null", "1e1"])) }
        if random.below(4) > 0 { facts.append(#""syk": "# + random.pick(["true", "false", "null"])) }
        if random.below(3) == 0 { facts.append(#""født": "2010-06-15""#) }
        if random.below(3) == 0 { facts.append(#""navn": "# + JSONText.encode(random.pick(names))) }
        facts.shuffle(using: &random)
        let date = random.pick(["", #""vurderingsdato": "2024-01-01", "#, #""vurderingsdato": "2031-06-01", "#])
        return "{\(date)\"fakta\": {\(facts.joined(separator: ", "))}}"
    }

    static func line(_ random: inout SplitMix) -> Line {
        let body = goodBody(&random)
        switch random.below(10) {
        case 0: return Line(text: String(body.prefix(1 + random.below(body.count - 1))), body: nil, id: nil, errorCode: "R0601")
        case 1: return Line(text: #"{"fakta": {"alder": 3, "ukjent_faktum": true}}"#, body: nil, id: nil, errorCode: "R0602")
        case 2: return Line(text: random.pick([#"{"fakta": {"syk": 3}}"#, #"{"fakta": {"alder": "tre"}}"#]), body: nil, id: nil, errorCode: "R0603")
        case 3: return Line(text: random.pick(["", "   ", "\t"]), body: nil, id: nil, errorCode: "R0601")
        case 4: return Line(text: #"{"fakta": {"syk": true, "syk": false}}"#, body: nil, id: nil, errorCode: "R0601")
        case 5: return Line(text: #"{"id": [1], "fakta": {}}"#, body: nil, id: nil, errorCode: "R0601")
        case 6:
            let (text, code) = random.pick([(#"{"fakta": {"født": "2023-02-29"}}"#, "R0604"),
                                            (#"{"vurderingsdato": "2024-02-30", "fakta": {"syk": true}}"#, "R0604"),
                                            (#"{"vurderingsdato": 20240101, "fakta": {}}"#, "R0603")])
            return Line(text: text, body: nil, id: nil, errorCode: code)
        default:
            let id: JSONValue? = random.pick([nil, .string("sak-\(random.below(1000))"), .number(String(random.below(100000)))])
            guard let id else { return Line(text: body, body: body, id: nil, errorCode: nil) }
            let idText = { if case .string(let text) = id { return "\"\(text)\"" }; if case .number(let text) = id { return text }; return "" }()
            return Line(text: "{\"id\": \(idText), " + body.dropFirst(), body: body, id: id, errorCode: nil)
        }
    }

    static func expectedValue(_ value: Value) -> JSONValue {
        switch value {
        case .truth(let flag): return .bool(flag)
        case .unknown, .notInForce: return .null
        case .text(let text): return .string(text)
        default: return .string(value.displayText)
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt64])
    func everyLineGivesItsOwnRecord(seed: UInt64) throws {
        var random = SplitMix(seed: seed)
        let lines = (0..<400).map { _ in Self.line(&random) }
        let missing = seed % 2 == 0
        let runner = try BatchFixture.runner { options in
            options.jobs = 3
            options.chunkSize = 37
            options.missing = missing
        }
        let (output, summary) = BatchFixture.run(runner, lines.map(\.text))
        let records = output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(records.count == lines.count)
        #expect(summary.lines == lines.count)
        #expect(summary.errorLines == lines.filter { $0.errorCode != nil }.count)
        let program = BatchFixture.program
        for (index, (line, record)) in zip(lines, records).enumerated() {
            let fields = parseRecord(record)
            #expect(fields["linje"] == .number(String(index + 1)), "\(line.text)")
            #expect(fields["regelsett"] == .string(program.fingerprint))
            if let code = line.errorCode {
                guard case .array(let errors)? = fields["feil"], case .object(let first)? = errors.first else {
                    Issue.record("line \(index + 1) «\(line.text)» gave no error record: \(record)")
                    continue
                }
                #expect(first.first { $0.key == "kode" }?.value == .string(code), "line \(index + 1) «\(line.text)»: \(record)")
                #expect(fields["resultater"] == nil)
                continue
            }
            #expect(fields["id"] == line.id)
            let givenCase = try CaseJSON.decode(try #require(line.body), program: program,
                                                defaultDate: CalendarDate(iso: "2024-01-01")!).get()
            let expected: [JSONValue] = program.rules.indices.map { number in
                let outcome = program.evaluate(ruleNumber: number, in: givenCase)
                var members: [(key: String, value: JSONValue)] = [
                    ("regel", .string(outcome.rule)), ("verdi", Self.expectedValue(outcome.value)), ("i_kraft", .bool(outcome.isInForce)),
                ]
                if missing { members.append(("mangler", .array(outcome.missing.map { .string($0.name) }))) }
                return .object(members)
            }
            #expect(fields["resultater"] == .array(expected), "line \(index + 1) «\(line.text)»: \(record)")
            #expect(fields["vurderingsdato"] == .string(givenCase.vurderingsdato.description))
        }
    }

    @Test func oneJobAndFourJobsWriteTheSameBytes() throws {
        var random = SplitMix(seed: 42)
        let lines = (0..<3000).map { _ in Self.line(&random).text }
        func output(jobs: Int) throws -> String {
            let runner = try BatchFixture.runner { options in
                options.jobs = jobs
                options.chunkSize = 256
                options.missing = true
                options.explain = true
            }
            return BatchFixture.run(runner, lines).0
        }
        let one = try output(jobs: 1)
        #expect(one.split(separator: "\n").count == 3000)
        #expect(one == (try output(jobs: 4)))
    }
}
