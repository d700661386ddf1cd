import Foundation
import Testing
import Regel

/// The example in docs/innebygging.md, run in the tests as it stands there: the code between the
/// markers is the guide's `main.swift` without its two imports (checked below), and what it prints
/// must be the output the guide shows. `scripts/innebygging.sh` (run by `.ci/run`) builds the same
/// code as a host package of its own.
@Suite struct EmbeddingExampleTests {
    @Test func exampleFromTheGuide() throws {
        var utskrift: [String] = []
        // The example prints; here its lines are collected instead.
        func print(_ items: Any...) { utskrift.append(items.map { "\($0)" }.joined(separator: " ")) }

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
            exit(1)
        }

        // 2. Fyll en sak: med navn (typen kontrolleres) …
        var sak = program.makeCase(vurderingsdato: CalendarDate(year: 2024, month: 3, day: 1)!)
        try sak.set("barn.fødselsdato", .date(CalendarDate(iso: "2010-06-15")!))

        // 3. Vurder: verdi, forklaring og hva som mangler, som tekst for saksbehandleren.
        let utfall = try program.evaluate("rett", in: sak)
        print(OutcomeText.render(utfall, explain: true))
        if let neste = utfall.missing.first {
            print("neste spørsmål:", neste.question ?? neste.name)
        }

        // … eller med plass-nummer, uten oppslag per kall (for mange saker).
        let behov = program.factSlot("behov.langvarig")!
        let regel = program.ruleNumber("rett")!
        sak[behov] = .truth(true)
        print("med behov:", program.value(ofRule: regel, in: sak).displayText)

        // 4. Saken kan også komme som JSON, og svaret gå tilbake som JSON (revisjonsspor).
        for json in [#"{"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2001-01-01"}}"#,
                     #"{"vurderingsdato": "2024-03-01", "fakta": {"barn.fødseldato": "2010-06-15"}}"#] {
            switch CaseJSON.decode(json, program: program, defaultDate: .today) {
            case .success(let sakFraJSON):
                let svar = program.evaluateAll(in: sakFraJSON)
                print(OutcomeText.render(svar, explain: false))
                let revisjonsspor = ExplanationJSON.render(svar, program: program, vurderingsdato: sakFraJSON.vurderingsdato)
                // Lagres sammen med vedtaket; «regelsett» i det er fingeravtrykket av reglene.
                print("revisjonsspor:", revisjonsspor.split(separator: "\n").count, "linjer JSON for regelsett", program.fingerprint)
            case .failure(let feil):
                for enFeil in feil.errors { print(enFeil) }
            }
        }
        // --- slutt ---

        #expect(utskrift.joined(separator: "\n") == (try Self.block(after: "Programmet skriver:", fence: "text")))
    }

    @Test func guideShowsThisExample() throws {
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let code = Self.between("// --- eksempel: innebygging ---", "// --- slutt ---", in: test)
        #expect(try Self.block(after: "## Et helt eksempel", fence: "swift") == "import Foundation\nimport Regel\n\n" + code)
    }

    static var guide: String {
        get throws { try Repository.read("docs/innebygging.md") }
    }

    /// The body of the first fenced block of `fence` (```swift, ```text) after the line `heading`.
    static func block(after heading: String, fence: String) throws -> String {
        let lines = try guide.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: heading),
              let open = lines[start...].firstIndex(of: "```" + fence),
              let close = lines[(open + 1)...].firstIndex(of: "```") else { return "\u{0}mangler" }
        return lines[(open + 1)..<close].joined(separator: "\n")
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
