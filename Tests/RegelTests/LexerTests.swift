import Testing
@testable import Regel
@testable import RegelSyntax

/// Tokens, their ranges and the problems the lexer finds.
@Suite struct LexerTests {
    func kinds(_ source: String) -> [TokenKind] { Lexer.tokenize(SourceFile(name: "t", text: source)).map(\.kind) }
    func texts(_ source: String) -> [String] {
        let file = SourceFile(name: "t", text: source)
        return Lexer.tokenize(file).dropLast().map { file.text($0.range) }
    }

    @Test func namesWithNorwegianAndOtherLetters() {
        #expect(texts("barn.fødselsdato æøå Åse Ωmega _x a1") == ["barn", ".", "fødselsdato", "æøå", "Åse", "Ωmega", "_x", "a1"])
        #expect(kinds("a\u{030A}r") == [.identifier, .endOfFile])  // decomposed å is one name
        #expect(kinds("regel når ikke") == [.keyword(.regel), .keyword(.når), .keyword(.ikke), .endOfFile])
    }

    @Test func numbersDatesAndDurations() {
        #expect(kinds("12 12,5 2022-08-01 18 år 6 måneder 2 uker 14 dager 1 dag 1 uke 1 måned") ==
                [.number, .number, .date, .duration, .duration, .duration, .duration, .duration, .duration, .duration, .endOfFile])
        #expect(texts("f(1, 5) f(1,5)") == ["f", "(", "1", ",", "5", ")", "f", "(", "1,5", ")"])
        #expect(texts("§ 2-5") == ["§", "2", "-", "5"])
        #expect(diagnostics(of: "regel r: dato\n  verdi 2024-02-29\n").allSatisfy { $0.code != .impossibleDate })
        #expect(diagnostics(of: "regel r: dato\n  verdi 2021-02-29\n").map(\.code) == [.impossibleDate])
    }

    @Test func symbols() {
        #expect(kinds("≠ ≤ ≥ != <= >= < > = + - * / ( ) [ ] { } , . : §") == [
            .notEqual, .lessEqual, .greaterEqual, .notEqual, .lessEqual, .greaterEqual, .less, .greater, .equal,
            .plus, .minus, .star, .slash, .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
            .comma, .dot, .colon, .section, .endOfFile,
        ])
    }

    @Test func stringsAndTextBlocks() {
        #expect(StringLiteral.value(of: #""a \"b\" \\ c\n""#) == "a \"b\" \\ c\n")
        #expect(TextBlock.value(of: "\"\"\"\n    første\n      andre\n    \"\"\"") == "første\n  andre")
        #expect(diagnostics(of: "faktum a: ja/nei\n  spørsmål \"åpen\n").map(\.code) == [.unterminatedString])
    }

    @Test func commentsAndLayout() {
        let tokens = Lexer.tokenize(SourceFile(name: "t", text: "regel r # kommentar\n  når a og\n    b\n"))
        #expect(tokens.map(\.kind) == [.keyword(.regel), .identifier, .keyword(.når), .identifier, .keyword(.og), .identifier, .endOfFile])
        #expect(tokens.map(\.atLineStart) == [true, false, true, false, false, false, true])  // `b` continues the line after `og`
        #expect(tokens[2].lineIndent == 2)
    }

    @Test func badBytesAreReportedWhereTheyAre() {
        let file = SourceFile(name: "t", bytes: Array("faktum a".utf8) + [0xC3, 0x28] + Array(": ja/nei\n".utf8))
        let found = Parser.parse(file).diagnostics
        #expect(found.map(summary) == ["R0101 1:9 ugyldig UTF-8: filen må være lagret som UTF-8"])
        #expect(diagnostics(of: "faktum a: ja/nei # \u{2066}skjult\n").map(summary) == [
            "R0103 1:20 tegn som snur skriveretningen er ikke tillatt: teksten kan se annerledes ut enn den virker",
        ])
    }
}
