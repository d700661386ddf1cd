import Testing
@testable import Regel
@testable import RegelSyntax

/// Declarations that would otherwise be accepted in silence: an `unntak` for a rule that does
/// not exist, and two tests with one name.
@Suite struct DeclarationTests {
    static let exceptionForMisspeltRule = """
    faktum søkt: ja/nei
    faktum fritak: ja/nei
    regel rett
      hjemmel x § 1
      når søkt
    unntak for ret
      hjemmel x § 2
      når fritak og ukjentvilkår
    """

    @Test func exceptionForUnknownRuleSuggestsTheClosest() throws {
        let diagnostics = RegelCompiler.compile(source: Self.exceptionForMisspeltRule).diagnostics
        #expect(diagnostics.map(summary) == [
            "R0301 6:12 unntaket gjelder «ret», men det finnes ingen regel med det navnet",
            "R0301 8:17 ukjent navn «ukjentvilkår»",
        ])
        #expect(diagnostics.first?.fix?.message == "mente du «rett»?")
        #expect(diagnostics.first?.fix?.replacement == "rett")
    }

    @Test func duplicateTestNamesPointAtBoth() throws {
        let diagnostics = RegelCompiler.compile(source: """
        faktum søkt: ja/nei
        regel rett
          hjemmel x § 1
          når søkt
        test "søkt gir rett"
          gitt
            vurderingsdato = 2024-01-01
            søkt = ja
          forvent
            rett = ja
        test "søkt gir rett"
          gitt
            vurderingsdato = 2024-01-01
            søkt = nei
          forvent
            rett = nei
        """).diagnostics
        #expect(diagnostics.map(summary) == ["R0302 11:6 testen «søkt gir rett» er deklarert mer enn én gang"])
        let note = try #require(diagnostics.first?.notes.first)
        #expect(note.message == "første gang på linje 5 i kilde.regel")
        #expect(note.range.flatMap { range in note.file?.location(of: range.start) }?.description == "5:6")
    }

    /// A forgotten colon or type is one error: the fact is still declared, so its uses give none.
    @Test func aFactWithoutItsColonOrTypeIsStillDeclared() {
        let use = "regel r\n  hjemmel x § 1\n  når a\n"
        #expect(checkDiagnostics("faktum a ja/nei\n" + use)
                == ["R0203 1:10 forventet «:» og en type i faktumet «a», men fant ordet «ja»"])
        #expect(checkDiagnostics("faktum a\n  spørsmål \"A?\"\n" + use)
                == ["R0203 1:9 forventet «:» og en type i faktumet «a», men fant slutten av linjen"])
        #expect(checkDiagnostics("vurdering a liste av tall\n" + "regel r\n  hjemmel x § 1\n  når antall(a) > 1\n")
                == ["R0203 1:13 forventet «:» og en type i vurderingen «a», men fant ordet «liste»"])
    }

    @Test func aTypeCannotTakeTheNameOfABuiltInType() {
        let found = checkDiagnostics("""
        type varighet: en av kort, lang
        type Tall: en av lite, mye
        faktum a: varighet
        faktum b: Tall
        regel r
          hjemmel x § 1
          når a = 2 år og b = mye
        """)
        #expect(found == ["R0302 1:6 typen «varighet» finnes fra før: tall, tekst, dato og varighet er innebygde typer; velg et annet navn"])
    }
}
