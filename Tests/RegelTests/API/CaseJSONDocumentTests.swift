import Testing
@testable import Regel
@testable import RegelSyntax

/// `CaseJSON.decode(document:)` reads an already parsed document exactly as `decode(_:)` reads text.
@Suite struct CaseJSONDocumentTests {
    @Test(arguments: [
        #"{"vurderingsdato": "2024-03-01", "fakta": {"alder": 12.5, "syk": true, "navn": "Åse"}}"#,
        #"{"fakta": {"alder": "tre", "sykk": true}}"#,
        #"{"fakta": {}, "id": 1}"#,
        #"[1, 2]"#,
    ])
    func documentAndTextGiveTheSameCase(text: String) throws {
        let program = BatchFixture.program
        let defaultDate = CalendarDate(iso: "2024-01-01")!
        let fromText = CaseJSON.decode(text, program: program, defaultDate: defaultDate)
        let fromDocument = CaseJSON.decode(document: try JSONValue.parse(text), program: program, defaultDate: defaultDate)
        switch (fromText, fromDocument) {
        case (.success(let a), .success(let b)):
            #expect(a.vurderingsdato == b.vurderingsdato)
            #expect(a.givenFacts.map(\.name) == b.givenFacts.map(\.name))
            #expect(a.givenFacts.map(\.value) == b.givenFacts.map(\.value))
        case (.failure(let a), .failure(let b)):
            #expect(a.errors == b.errors)
            #expect(!a.errors.isEmpty)
        default:
            Issue.record("\(text): \(fromText) but \(fromDocument)")
        }
    }
}
