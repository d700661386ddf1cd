import Foundation
import Testing
import Regel

/// The host example in docs/batch.md, run as it stands there.
@Suite struct BatchExampleTests {
    @Test func exampleFromTheGuide() throws {
        // The example returns early if its rules do not compile; that must fail the test, not pass it.
        var finished = false
        defer { #expect(finished, "the example stopped before its end") }
        // --- eksempel: batch ---
        let kompilering = RegelCompiler.compile(source: """
        faktum alder: tall
        faktum syk: ja/nei
        regel rett
          hjemmel pbrl § 2-5 c
          når alder < 18 og syk
        """, name: "rett.regel")
        guard let program = kompilering.program else { return }

        var valg = BatchOptions()
        valg.rules = ["rett"]
        valg.missing = true
        valg.defaultDate = CalendarDate(iso: "2024-03-01")!
        let kjøring = try BatchRunner(program: program, options: valg)

        // Linjene kan komme fra hva som helst: en fil, en kø, en database.
        let linjer = [#"{"id": "a", "fakta": {"alder": 10, "syk": true}}"#, #"{"id": "b", "fakta": {"alder": 10}}"#, "ikke json"]
        var svar = ""
        let oppsummering = kjøring.run(lines: linjer) { tekst in svar += tekst }
        #expect(oppsummering.lines == 3 && oppsummering.errorLines == 1)
        #expect(svar.split(separator: "\n")[1].hasSuffix(#""resultater":[{"regel":"rett","verdi":null,"i_kraft":true,"mangler":["syk"]}]}"#))

        // Én sak om gangen, som strukturert svar:
        let post = kjøring.record(forLine: #"{"fakta": {"alder": 3, "syk": true}}"#, number: 1)
        #expect(post.results.first?.value == .truth(true))
        // --- slutt ---
        finished = true
    }

    @Test func guideShowsThisExample() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/batch.md"), encoding: .utf8)
        let test = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        #expect(guide.contains(EmbeddingExampleTests.between("// --- eksempel: batch ---", "// --- slutt ---", in: test)))
    }
}
