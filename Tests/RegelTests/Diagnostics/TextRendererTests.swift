import Testing
@testable import Regel
@testable import RegelSyntax

/// What the text renderer shows of very long lines and very many diagnostics.
@Suite struct TextRendererTests {
    @Test func aLongLineIsCutAroundTheCaret() throws {
        let opening = String(repeating: "(", count: 50_000)
        let source = "regel r\n  hjemmel x § 1\n  når " + opening + "ja" + String(repeating: ")", count: 50_000) + "\n"
        let diagnostics = RegelCompiler.compile(source: source, name: "dyp.regel").diagnostics
        let nesting = try #require(diagnostics.first { $0.code == .nestingTooDeep })
        let column = 6 + Parser.maxDepth + 1
        let shown = TextRenderer.snippetWidth
        let before = shown / 3
        #expect(TextRenderer().render(nesting) == """
        feil[R0212]: uttrykket er nestet dypere enn \(Parser.maxDepth) nivåer; del det opp i flere regler
         --> dyp.regel:3:\(column)
          |
        3 | …\(String(repeating: "(", count: shown))…
          | \(String(repeating: " ", count: before + 1))^
        """)
    }

    @Test func aShortLineIsShownWhole() {
        #expect(TextRenderer.window("når a og", caret: 6, width: 2, limit: 100) == ("når a og", 6, 2))
    }

    @Test func theEndsOfALongLineAreCutOnOneSideOnly() {
        let line = String(repeating: "a", count: 150)
        #expect(TextRenderer.window(line, caret: 3, width: 1, limit: 100) == (String(repeating: "a", count: 100) + "…", 3, 1))
        #expect(TextRenderer.window(line, caret: 149, width: 1, limit: 100) == ("…" + String(repeating: "a", count: 100), 100, 1))
        // A span running past the cut is marked up to the «…».
        let long = String(repeating: "a", count: 300)
        #expect(TextRenderer.window(long, caret: 90, width: 200, limit: 100) == ("…" + String(repeating: "a", count: 100) + "…", 34, 68))
    }

    @Test func diagnosticsAreCappedPerFileWithACount() {
        let file = SourceFile(name: "mange.regel", text: "x\n")
        let other = SourceFile(name: "få.regel", text: "y\n")
        let many = (0..<1_234).map { _ in Diagnostic(.unexpectedCharacter, "uventet tegn", file: file, range: .at(0)) }
            + [Diagnostic(.unusedFact, "ubrukt", file: file, range: .at(0)), Diagnostic(.unexpectedCharacter, "uventet tegn", file: other, range: .at(0))]
        let text = TextRenderer().render(many, limitPerFile: 100)
        #expect(text.components(separatedBy: "feil[R0104]").count - 1 == 101)
        #expect(text.hasSuffix("\n… og 1 134 feil og 1 advarsel til i mange.regel\n"))
    }

    @Test func countsAreGroupedByThousands() {
        #expect(TextRenderer.grouped(0) == "0")
        #expect(TextRenderer.grouped(999) == "999")
        #expect(TextRenderer.grouped(1_000) == "1 000")
        #expect(TextRenderer.grouped(1_416_895) == "1 416 895")
        #expect(TextRenderer.more(1_416_895, in: "sak.json") == "… og 1 416 895 feil til i sak.json")
    }
}
