import Testing
@testable import Regel
@testable import RegelSyntax

/// The mistakes a beginner makes most get one error each, with the fix: no follow-on errors.
@Suite struct BeginnerDiagnosticsTests {
    /// Code, place, message and the suggested replacement of every diagnostic.
    func check(_ source: String) -> [String] {
        RegelCompiler.compile(source: source, name: "test.regel").diagnostics.map { diagnostic in
            summary(diagnostic) + (diagnostic.fix.map { " → \($0.replacement)" } ?? "")
        }
    }

    static let rule = "faktum a: ja/nei\nregel r\n"

    @Test func misspeltClauseWordsAreReadAsTheWordMeant() {
        #expect(check(Self.rule + "  hjemmel x § 1\n  nar a\n") == ["R0206 4:3 «nar» hører ikke hjemme i regelen «r» → når"])
        #expect(check(Self.rule + "  hjemel x § 1\n  når a\n") == ["R0206 3:3 «hjemel» hører ikke hjemme i regelen «r» → hjemmel"])
        #expect(check(Self.rule + "  hjemmel x § 1\n  gjeld fra 2024-01-01\n  når a\n")
                == ["R0206 4:3 «gjeld» hører ikke hjemme i regelen «r» → gjelder"])
        let test = "  hjemmel x § 1\n  når a\ntest \"t\"\n  gitt\n    vurderingsdato = 2024-01-01\n    a = ja\n  forventer\n    r = ja\n"
        #expect(check(Self.rule + test) == ["R0206 9:3 «forventer» hører ikke hjemme i testen «t» → forvent"])
    }

    @Test func valuesWithACapitalLetter() {
        #expect(check(Self.rule + "  hjemmel x § 1\n  når a = Nei\n")
                == ["R0301 4:11 «Nei» er ikke et navn; verdien skrives med små bokstaver: «nei» → nei"])
    }

    @Test func aListWithoutItsColon() {
        #expect(check("faktum a: ja/nei\nfaktum b: ja/nei\nregel r\n  hjemmel x § 1\n  når alle\n    - a\n    - b\n")
                == ["R0203 5:7 «alle» mangler kolon; skriv «alle:» når vilkårene står som punkter på linjene under → alle:"])
    }

    @Test func norwegianHabits() {
        let date = "faktum d: dato\nregel r\n  hjemmel x § 1\n  når d < 01.08.2024\n"
        #expect(check(date) == ["R0116 4:11 datoer skrives år-måned-dag med bindestrek: «01.08.2024» skrives «2024-08-01» → 2024-08-01"])
        #expect(check("faktum d: dato\nregel r\n  hjemmel x § 1\n  når d < 1.8.2024\n")
                == ["R0116 4:11 datoer skrives år-måned-dag med bindestrek: «1.8.2024» skrives «2024-08-01» → 2024-08-01"])
        #expect(check("faktum t: tekst\nregel r\n  hjemmel x § 1\n  når t = «ja takk»\n")
                == ["R0117 4:11 tekster står i vanlige anførselstegn, ikke i «»: skriv \"ja takk\" → \"ja takk\""])
        #expect(check("faktum avstand: tall\nregel r\n  hjemmel x § 1\n  når avstand > 4 km\n") == [
            "R0118 4:17 Regel har ingen enhet «km»; bare varigheter har enheter (år, måneder, uker, dager). Skriv tallet alene, «4», "
                + "og la navnet på faktumet si hva det måles i, for eksempel «avstand_km» eller «beløp_kr» → 4",
        ])
        // A letter after a paragraph number is part of the reference, not a unit.
        #expect(check(Self.rule + "  hjemmel hol § 7-2 a\n  når a\n").isEmpty)
    }

    @Test func aMisspeltRuleNameInTestsIsOneError() {
        let test = { (name: String) in "test \"\(name)\"\n  gitt\n    vurderingsdato = 2024-01-01\n    a = ja\n  forvent\n    rr = ja\n" }
        #expect(check(Self.rule + "  hjemmel x § 1\n  når a\n" + test("t1") + test("t2"))
                == ["R0701 10:5 testen forventer noe av «rr», men det finnes ingen regel med det navnet → r"])
    }

    @Test func aLatin1FileSaysSoFirstAndOnly() {
        let bytes: [UInt8] = Array("faktum f".utf8) + [0xF8] + Array("dt: dato\nregel r\n  hjemmel x ".utf8) + [0xA7]
            + Array(" 1\n  n".utf8) + [0xE5] + Array("r f".utf8) + [0xF8] + Array("dt < 2024-01-01\n".utf8)
        let file = SourceFile(name: "latin1.regel", bytes: bytes)
        #expect(RegelCompiler.compile(files: [file], root: nil).diagnostics.map(summary) == [
            "R0101 1:9 filen er lagret som Latin-1 (ISO 8859-1 eller Windows-1252), ikke som UTF-8, så æ, ø, å og § kan ikke leses "
                + "(her: «født»); lagre filen som UTF-8 — i de fleste redigeringsprogrammer under «Lagre som» og «Koding»",
        ])
        // A UTF-8 file with one broken byte is not called Latin-1.
        let broken = SourceFile(name: "x.regel", bytes: Array("faktum født: dato\n".utf8) + [0xF8, 0x0A])
        #expect(Latin1Detection.firstLatin1Byte(broken.bytes) == nil)
    }
}
