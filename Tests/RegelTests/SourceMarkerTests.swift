import Testing
@testable import Regel
@testable import RegelSyntax

/// Where diagnostics point, marked in the source; and how they are rendered.
@Suite struct SourceMarkerTests {
    /// The first diagnostic of `marked` starts at `1️⃣` and has `code`.
    func expectAtMarker(_ marked: String, _ code: DiagnosticCode, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let source = MarkedSource(marked)
        let found = RegelChecker.check(files: [SourceFile(name: "m.regel", text: source.text)]).diagnostics
        #expect(found.first?.code == code, "\(found.map(summary))", sourceLocation: sourceLocation)
        #expect(found.first?.location == source.location("1️⃣"), "\(found.map(summary))", sourceLocation: sourceLocation)
    }

    @Test func positions() {
        expectAtMarker("faktum barn.fødselsdato1️⃣\n", .expectedToken)
        expectAtMarker("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når (a og a1️⃣\n", .unclosedBracket)
        expectAtMarker("regel r: dato\n  hjemmel x § 1\n  verdi 1️⃣2023-02-29\n", .impossibleDate)
        expectAtMarker("faktum æøå: ja/nei\nregel r\n  hjemmel x § 1\n  når 1️⃣æøa\n", .unknownName)
        expectAtMarker("faktum a: ja/nei\n  spørsmål \"x1️⃣\u{202E}y\"\n", .bidiControl)
        expectAtMarker("faktum a: ja/nei\nregel r\n1️⃣\thjemmel x § 1\n  når a\n", .tabInIndentation)
        expectAtMarker("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når alle:\n    - a\n   1️⃣- a\n", .unexpectedIndentation)
        expectAtMarker("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a og1️⃣\n", .expectedExpression)
        expectAtMarker("faktum n: tall\nregel r\n  hjemmel x § 1\n  når n > 1️⃣1.5\n", .decimalPoint)
        expectAtMarker("1️⃣regl r\n", .expectedDeclaration)
        expectAtMarker("faktum n: tall\nregel r\n  hjemmel x § 1\n  når 1 < n 1️⃣< 3\n", .chainedComparison)
        expectAtMarker("faktum f: dato\nregel r\n  hjemmel x § 1\n  når alder(f) < 1️⃣18\n", .operandTypes)
        expectAtMarker("regel 1️⃣a\n  hjemmel x § 1\n  når b\nregel b\n  hjemmel x § 1\n  når a\n", .ruleCycle)
        expectAtMarker("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\ntest \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n    a = 1️⃣7\n  forvent\n    r = ja\n", .typeMismatch)
    }

    @Test func crlfAndBomGiveTheSamePositionsAsLF() {
        let lf = "faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a og\n"
        let crlf = "\u{FEFF}" + lf.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(diagnostics(of: lf).map(summary) == diagnostics(of: crlf).map(summary))
        #expect(diagnostics(of: lf).map(summary) == ["R0204 4:11 forventet et uttrykk i regelen «r», men fant slutten av filen"])
    }

    @Test func renderedTextCountsColumnsInCharacters() {
        let found = RegelCompiler.compile(source: """
        faktum barn.fødselsdato: dato
        regel r
          hjemmel pbrl § 2-5 c
          når barn.ventes eller alder(barn.fødseldato) < 18 år
        """, name: "rules/barnekoordinator.regel").diagnostics
        #expect(TextRenderer().render(found) == """
        feil[R0301]: ukjent navn «barn.ventes»
         --> rules/barnekoordinator.regel:4:7
          |
        4 |   når barn.ventes eller alder(barn.fødseldato) < 18 år
          |       ^^^^^^^^^^^

        feil[R0301]: ukjent navn «barn.fødseldato»
         --> rules/barnekoordinator.regel:4:31
          |
        4 |   når barn.ventes eller alder(barn.fødseldato) < 18 år
          |                               ^^^^^^^^^^^^^^^ mente du «barn.fødselsdato»?

        """)
    }

    @Test func colourOnlyWhenAsked() {
        let found = diagnostics(of: "regl r\n")
        #expect(!TextRenderer(colors: false).render(found).contains("\u{1B}["))
        #expect(TextRenderer(colors: true).render(found).contains("\u{1B}[1;31mfeil[R0201]"))
    }

    @Test func notesPointBack() {
        let found = RegelCompiler.compile(source: "faktum a: ja/nei\nfaktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n").diagnostics
        #expect(TextRenderer().render(found[0]).hasSuffix("  = merk: første gang på linje 1 i kilde.regel (kilde.regel:1:8)"))
    }

    @Test func jsonRendering() throws {
        let json = JSONRenderer.render(diagnostics(of: "regl r\n"))
        #expect(json.contains("\"kode\" : \"R0201\""))
        #expect(json.contains("\"linje\" : 1"))
        #expect(json.contains("\"kolonne\" : 1"))
        #expect(json.contains("\"erstatning\" : \"regel\""))
    }
}
