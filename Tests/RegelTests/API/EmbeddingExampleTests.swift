import Foundation
import Testing
import Regel

/// The example in docs/innebygging.md, run as it stands there (a consistency test keeps the two equal).
@Suite struct EmbeddingExampleTests {
    @Test func exampleFromTheGuide() throws {
        // --- eksempel: innebygging ---
        let regler = """
        faktum barn.fødselsdato: dato
          spørsmål "Når er barnet født?"
        vurdering behov.langvarig: ja/nei
          spørsmål "Vil familien ha behov for langvarige og sammensatte tjenester?"
        regel rett
          hjemmel pbrl § 2-5 c
          når alle:
            - alder(barn.fødselsdato) < 18 år
            - behov.langvarig
        """
        // 1. Kompiler én gang. Programmet er uforanderlig og kan deles mellom tråder.
        let kompilering = RegelCompiler.compile(source: regler, name: "rett.regel")
        guard let program = kompilering.program else {
            print(TextRenderer().render(kompilering.diagnostics))
            return
        }

        // 2. Fyll en sak: med navn (typen kontrolleres) …
        var sak = program.makeCase(vurderingsdato: CalendarDate(year: 2024, month: 3, day: 1)!)
        try sak.set("barn.fødselsdato", .date(CalendarDate(iso: "2010-06-15")!))

        // 3. Vurder: verdi, forklaring og hva som mangler.
        let utfall = try program.evaluate("rett", in: sak)
        #expect(utfall.value == .unknown)
        #expect(utfall.missing.map(\.name) == ["behov.langvarig"])
        #expect(utfall.missing.first?.question == "Vil familien ha behov for langvarige og sammensatte tjenester?")

        // … eller med plass-nummer, uten oppslag per kall (for mange saker).
        let behov = program.factSlot("behov.langvarig")!
        let regel = program.ruleNumber("rett")!
        sak[behov] = .truth(true)
        #expect(program.value(ofRule: regel, in: sak) == .truth(true))

        // 4. Saken kan også komme som JSON, og svaret gå tilbake som JSON (revisjonsspor).
        let json = #"{"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2001-01-01"}}"#
        switch CaseJSON.decode(json, program: program, defaultDate: .today) {
        case .success(let sakFraJSON):
            let svar = program.evaluateAll(in: sakFraJSON)
            let revisjonsspor = ExplanationJSON.render(svar, program: program, vurderingsdato: sakFraJSON.vurderingsdato)
            #expect(svar.first?.value == .truth(false))
            #expect(revisjonsspor.contains("\"regelsett\" : \"\(program.fingerprint)\""))
        case .failure(let feil):
            for enFeil in feil.errors { print(enFeil.path, enFeil.message) }
        }
        // --- slutt ---
    }

    @Test func guideShowsThisExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/innebygging.md"), encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        #expect(guide.contains(Self.between("// --- eksempel: innebygging ---", "// --- slutt ---", in: test)))
    }

    /// The lines between two markers, with the test's own indentation removed.
    static func between(_ start: String, _ end: String, in text: String) -> String {
        let lines = text.components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.contains(start) }),
              let last = lines.firstIndex(where: { $0.contains(end) }) else { return "\u{0}mangler" }
        let body = lines[(first + 1)..<last]
        let indent = body.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return body.map { String($0.dropFirst(min(indent, $0.count))) }.joined(separator: "\n")
    }
}
