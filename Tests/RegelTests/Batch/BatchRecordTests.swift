import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// The records `regel batch` writes, line by line, as exact text.
@Suite struct BatchRecordTests {
    @Test func goodAndBadLinesGiveOneRecordEach() throws {
        let runner = try BatchFixture.runner { $0.rules = ["rett", "beløp", "ny"] }
        let fingerprint = BatchFixture.program.fingerprint
        let (output, summary) = BatchFixture.run(runner, [
            #"{"id": "a", "vurderingsdato": "2024-03-01", "fakta": {"alder": 12.5, "syk": true}}"#,
            #"{"id": 17, "fakta": {"alder": 20}}"#,
            "",
            #"{"fakta": {"alder": "mange"}}"#,
            #"{"id": "b", "fakta": {"aldr": 3}}"#,
            #"{"fakta": {"alder": 1, "alder": 2}}"#,
            #"{"id": true, "fakta": {}}"#,
            "{ikke json",
        ])
        #expect(output == """
        {"linje":1,"id":"a","regelsett":"\(fingerprint)","vurderingsdato":"2024-03-01","resultater":[{"regel":"rett","verdi":true,"i_kraft":true},{"regel":"beløp","verdi":"18,75","i_kraft":true},{"regel":"ny","verdi":null,"i_kraft":false}]}
        {"linje":2,"id":17,"regelsett":"\(fingerprint)","vurderingsdato":"2024-01-01","resultater":[{"regel":"rett","verdi":false,"i_kraft":true},{"regel":"beløp","verdi":"30","i_kraft":true},{"regel":"ny","verdi":null,"i_kraft":false}]}
        {"linje":3,"regelsett":"\(fingerprint)","feil":[{"kode":"R0601","sti":"$","melding":"tom linje; hver linje skal være én sak"}]}
        {"linje":4,"regelsett":"\(fingerprint)","feil":[{"kode":"R0603","sti":"$.fakta[\\"alder\\"]","melding":"skal være tall (et tall), men er teksten \\"mange\\""}]}
        {"linje":5,"id":"b","regelsett":"\(fingerprint)","feil":[{"kode":"R0602","sti":"$.fakta[\\"aldr\\"]","melding":"\(CaseMessages.undeclared("aldr", suggestion: "alder"))"}]}
        {"linje":6,"regelsett":"\(fingerprint)","feil":[{"kode":"R0601","sti":"$.fakta","melding":"ugyldig JSON i kolonne 24: feltet «alder» står to ganger i samme objekt"}]}
        {"linje":7,"regelsett":"\(fingerprint)","feil":[{"kode":"R0601","sti":"$.id","melding":"«id» skal være en tekst eller et tall, men er true"}]}
        {"linje":8,"regelsett":"\(fingerprint)","feil":[{"kode":"R0601","sti":"$","melding":"ugyldig JSON i kolonne 2: forventet et feltnavn i anførselstegn"}]}

        """)
        #expect(summary.lines == 8)
        #expect(summary.errorLines == 6)
        #expect(summary.firstErrorLine == 3)
        #expect(summary.rules.map(\.rule) == ["rett", "beløp", "ny"])
        #expect(summary.rules[0] == BatchSummary.RuleCounts(rule: "rett", ja: 1, nei: 1))
        #expect(summary.rules[1].other == 2)
        #expect(summary.rules[2].notInForce == 2)
        #expect(summary.defaultDateLines == 1)
        let text = summary.text
        #expect(text.hasPrefix("8 saker på "))
        #expect(text.hasSuffix("""
        saker/s), 6 linjer med feil (første: linje 3)
          merk: 1 sak uten vurderingsdato ble vurdert på 2024-01-01
          rett: ja 1, nei 1, ukjent 0, ikke i kraft 0
          beløp: ja 0, nei 0, ukjent 0, ikke i kraft 0, andre verdier 2
          ny: ja 0, nei 0, ukjent 0, ikke i kraft 2
        """))
    }

    @Test func missingFactsAndExplanationsAreAddedOnRequest() throws {
        let runner = try BatchFixture.runner { options in
            options.rules = ["rett"]
            options.missing = true
            options.explain = true
        }
        let record = runner.record(forLine: #"{"fakta": {"alder": 3}}"#, number: 1)
        #expect(record.results.first?.missing == ["syk"])
        let line = runner.render(record)
        #expect(line.hasSuffix("\n") && !line.dropLast().contains("\n"))
        let fields = parseRecord(line.dropLast())
        guard case .array(let results)? = fields["resultater"], case .object(let result)? = results.first else {
            Issue.record("no results in \(line)")
            return
        }
        #expect(result.map(\.key) == ["regel", "verdi", "i_kraft", "mangler", "forklaring"])
        #expect(result[3].value == .array([.string("syk")]))
        guard case .object(let step) = result[4].value else {
            Issue.record("no explanation")
            return
        }
        let expected = ExplanationJSON.stepObject(BatchFixture.program.evaluate(ruleNumber: 0, in: try #require(
            try? CaseJSON.decode(#"{"fakta": {"alder": 3}}"#, program: BatchFixture.program, defaultDate: CalendarDate(iso: "2024-01-01")!).get()
        )).explanation!, depth: 0)
        #expect(JSONValue.object(step) == (try JSONValue.parse(JSONText.encodeCompact(expected))))
    }

    @Test func aTextRuleAndAnIdAreEscaped() throws {
        let runner = try BatchFixture.runner { $0.rules = ["hilsen"] }
        let line = runner.render(runner.record(forLine: #"{"id": "x\"y", "fakta": {"navn": "Åse \"A\"\n"}}"#, number: 4))
        #expect(line == #"{"linje":4,"id":"x\"y","regelsett":"\#(BatchFixture.program.fingerprint)","vurderingsdato":"2024-01-01","resultater":[{"regel":"hilsen","verdi":"Åse \"A\"\n","i_kraft":true}]}"# + "\n")
    }

    @Test func anUnknownRuleIsRefusedBeforeAnythingRuns() {
        #expect(throws: RegelError.unknownRule("ret", suggestion: "rett")) {
            try BatchFixture.runner { $0.rules = ["ret"] }
        }
    }
}
