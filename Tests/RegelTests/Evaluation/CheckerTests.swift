import Testing
import Regel

/// Names, types, cycles and warnings, with code, position and message.
@Suite struct CheckerTests {
    @Test func unknownNameSuggestsTheClosest() {
        let found = checkDiagnostics("""
        faktum barn.fødselsdato: dato
        regel r
          hjemmel pbrl § 2-5 c
          når alder(barn.fødseldato) < 18 år
        """)
        #expect(found == ["R0301 4:13 ukjent navn «barn.fødseldato»"])
        let fix = RegelCompiler.compile(source: """
        faktum barn.fødselsdato: dato
        regel r
          hjemmel pbrl § 2-5 c
          når alder(barn.fødseldato) < 18 år
        """).diagnostics.first?.fix
        #expect(fix?.message == "mente du «barn.fødselsdato»?")
    }

    @Test func cycleNamesEveryRule() {
        let found = checkDiagnostics("""
        regel a
          hjemmel x § 1
          når b
        regel b
          hjemmel x § 1
          når c
        regel c
          hjemmel x § 1
          når a
        regel d
          hjemmel x § 1
          når a
        """)
        #expect(found == ["R0303 1:7 reglene bruker hverandre i ring: «a» → «b» → «c» → «a»; en regel kan ikke avhenge av seg selv"])
    }

    @Test func typeErrorsNameBothTypes() {
        let found = checkDiagnostics("""
        faktum født: dato
        faktum navn: tekst
        regel r
          hjemmel x § 1
          når født < navn
        regel s
          hjemmel x § 1
          når alder(født) < 18
        regel t
          hjemmel x § 1
          når navn
        """)
        #expect(found == [
            "R0402 5:7 kan ikke sammenligne dato med tekst",
            "R0402 8:21 kan ikke sammenligne en varighet med tallet «18»; skriv enheten, for eksempel «18 år»",
            "R0403 11:7 vilkåret «navn» må være ja/nei, men er tekst",
        ])
    }

    @Test func duplicatesAndWarnings() {
        let found = checkDiagnostics("""
        faktum a: ja/nei
        faktum a: ja/nei
        faktum ubrukt: tall
        regel r: tekst
          hvis a: "x"
          hvis a: "y"
          ellers: "z"
        """)
        #expect(found == [
            "R0302 2:8 faktumet «a» er deklarert mer enn én gang",
            "R0501 4:7 regelen «r» har ingen «hjemmel»; skriv hvilken bestemmelse den bygger på",
            "R0503 6:8 dette «hvis» nås aldri: vilkåret er allerede dekket av «hvis» på linje 5",
        ])
    }

    @Test func unusedFactIsAWarningOnceThereAreNoErrors() {
        let found = checkDiagnostics("""
        faktum a: ja/nei
        faktum ubrukt: tall
        regel r
          hjemmel x § 1
          når a
        """)
        #expect(found == ["R0502 2:8 faktumet «ubrukt» brukes ikke i noen regel"])
    }

    @Test func testBlocksAreChecked() {
        let found = checkDiagnostics("""
        faktum a: ja/nei
        faktum født: dato
        regel r
          hjemmel x § 1
          når a og alder(født) < 18 år
        test "feil typer"
          gitt
            vurderingsdato = 2024-01-01
            a = 12
            født = "i går"
          forvent
            rr = ja
        test "uten dato"
          gitt
            a = ja
          forvent
            r = ukjent mangler født
        """)
        #expect(found == [
            "R0401 9:9 «a» er ja/nei, men testen gir tall",
            "R0401 10:12 «født» er dato, men testen gir tekst",
            "R0701 12:5 testen forventer noe av «rr», men det finnes ingen regel med det navnet",
            "R0702 13:6 testen «uten dato» mangler «vurderingsdato = ÅÅÅÅ-MM-DD» under «gitt»; uten den ville svaret avhenge av dagens dato",
        ])
    }

    @Test func importsCannotLeaveTheRulesFolder() {
        let found = checkDiagnostics("""
        importer "../hemmelig.regel"
        """)
        #expect(found == ["R0305 1:10 «../hemmelig.regel» ligger utenfor regelmappen; importer bare filer i mappen, med sti relativt til den"])
    }

    @Test func overlappingVersionsAreAnError() {
        let found = checkDiagnostics("""
        regel r
          hjemmel x § 1
          gjelder fra 2022-01-01
          når ja
        regel r
          hjemmel x § 2
          gjelder fra 2022-06-01
          når nei
        """)
        #expect(found == ["R0311 5:7 to versjoner av regelen «r» gjelder på samme dag; periodene i «gjelder fra/til» må ikke overlappe"])
    }
}
