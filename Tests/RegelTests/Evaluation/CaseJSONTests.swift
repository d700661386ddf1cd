import Testing
import Regel

/// Cases as JSON: every mistake is an error naming its JSON path; nothing is coerced or dropped.
@Suite struct CaseJSONTests {
    static let source = """
    type Lov: en av hol, barnevernsloven, nav_loven
    type Tjeneste:
      lov: Lov
      kommunal: ja/nei
    faktum barn.fødselsdato: dato
    faktum barn.ventes: ja/nei
    faktum beløp: tall
    faktum frist: varighet
    faktum tjenester: liste av Tjeneste
    regel r
      hjemmel x § 1
      når barn.ventes eller alder(barn.fødselsdato) < 18 år eller beløp > 1 eller frist > 1 uke eller
        noen t i tjenester der t.kommunal
    """

    func decode(_ json: String) throws -> Result<Case, CaseErrors> {
        let program = try #require(compileProgram(Self.source))
        return CaseJSON.decode(json, program: program, defaultDate: date("2020-01-01"))
    }

    func errors(_ json: String) throws -> [String] {
        guard case .failure(let errors) = try decode(json) else { return [] }
        return errors.errors.map { "\($0.code.code) \($0.path): \($0.message)" }
    }

    @Test func validCaseIsReadExactly() throws {
        let result = try decode("""
        {"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2010-06-15", "barn.ventes": false,
         "beløp": 0.1, "frist": "2 uker", "tjenester": [{"lov": "hol", "kommunal": true}, {"lov": "nav_loven"}]}}
        """)
        let givenCase = try result.get()
        #expect(givenCase.vurderingsdato == date("2024-03-01"))
        #expect(givenCase.value(of: "beløp").displayText == "0,1")
        #expect(givenCase.value(of: "tjenester").displayText == "[{lov: hol, kommunal: ja}, {lov: nav_loven, kommunal: ukjent}]")
        #expect(givenCase.value(of: "frist").displayText == "14 dager")
    }

    @Test func everyErrorNamesItsPath() throws {
        let found = try errors("""
        {"vurderingsdato": "2023-02-29", "fakta": {"barn.fødseldato": "2010-06-15", "barn.ventes": "nei",
         "beløp": "mye", "tjenester": [{"lov": "hoI", "kommunal": true}], "ekstra": 1}}
        """)
        #expect(found == [
            "R0604 $.vurderingsdato: datoen «2023-02-29» finnes ikke i kalenderen",
            "R0602 $.fakta[\"barn.fødseldato\"]: «barn.fødseldato» er ikke deklarert som faktum eller vurdering; mente du «barn.fødselsdato»?",
            "R0603 $.fakta[\"barn.ventes\"]: skal være ja/nei (true eller false), men er teksten \"nei\"",
            "R0603 $.fakta[\"beløp\"]: skal være tall (et tall), men er teksten \"mye\"",
            "R0603 $.fakta[\"tjenester\"][0].lov: «hoI» er ikke en av verdiene hol, barnevernsloven, nav_loven; mente du «hol»?",
            "R0602 $.fakta[\"ekstra\"]: «ekstra» er ikke deklarert som faktum eller vurdering",
        ])
    }

    @Test func malformedJSONSaysWhere() throws {
        #expect(try errors("{\"fakta\": {\"barn.ventes\": tru}}") == [
            "R0601 $.fakta[\"barn.ventes\"]: ugyldig JSON på linje 1, kolonne 27: ugyldig JSON-verdi",
        ])
        #expect(try errors("[1, 2]") == ["R0601 $: saken må være et JSON-objekt med «fakta»"])
        #expect(try errors("{\"fakta\": {}, \"dato\": 1}") == [
            "R0601 $.dato: ukjent felt «dato»; en sak har bare «vurderingsdato» og «fakta»",
        ])
    }

    @Test func encodeThenDecodeGivesTheSameCase() throws {
        let program = try #require(compileProgram(Self.source))
        let original = try CaseJSON.decode("""
        {"vurderingsdato": "2024-03-01", "fakta": {"barn.fødselsdato": "2010-06-15", "beløp": 12.5,
         "tjenester": [{"lov": "hol", "kommunal": true}]}}
        """, program: program, defaultDate: date("2020-01-01")).get()
        let again = try CaseJSON.decode(CaseJSON.encode(original), program: program, defaultDate: date("2020-01-01")).get()
        #expect(again.givenFacts.map { "\($0.name)=\($0.value.displayText)" } == original.givenFacts.map { "\($0.name)=\($0.value.displayText)" })
        #expect(again.vurderingsdato == original.vurderingsdato)
    }

    @Test func hostSetErrorsNameTheFact() throws {
        let program = try #require(compileProgram(Self.source))
        var givenCase = program.makeCase(vurderingsdato: date("2024-01-01"))
        #expect(throws: CaseError(.caseValueType, path: "beløp", message: "«beløp» skal være tall, men fikk ja")) {
            try givenCase.set("beløp", .truth(true))
        }
        #expect(throws: CaseError(.undeclaredFact, path: "beløpet",
                                  message: "«beløpet» er ikke deklarert som faktum eller vurdering; mente du «beløp»?")) {
            try givenCase.set("beløpet", .number(1))
        }
    }

    @Test func loneSurrogatesAreErrorsNotCrashes() throws {
        #expect(try errors(#"{"fakta": {"barn.ventes": "\uD800\u0041"}}"#)
                == ["R0601 $.fakta[\"barn.ventes\"]: ugyldig JSON på linje 1, kolonne 28: \\u-escapen er første halvdel av et surrogatpar, men det neste er ikke andre halvdel"])
        #expect(try errors(#"{"fakta": {"x": "\ud800\ud800"}}"#)
                == ["R0601 $.fakta[\"x\"]: ugyldig JSON på linje 1, kolonne 18: \\u-escapen er første halvdel av et surrogatpar, men det neste er ikke andre halvdel"])
        #expect(try errors(#"{"fakta": {"x": "\udc00"}}"#)
                == ["R0601 $.fakta[\"x\"]: ugyldig JSON på linje 1, kolonne 18: \\u-escapen er andre halvdel av et surrogatpar uten første halvdel"])
        #expect(try errors(#"{"fakta": {"x": "\ud800"}}"#)
                == ["R0601 $.fakta[\"x\"]: ugyldig JSON på linje 1, kolonne 18: \\u-escapen er første halvdel av et surrogatpar, men andre halvdel mangler"])
        #expect(try errors(#"{"fakta": {"x": "\u+123"}}"#) == ["R0601 $.fakta[\"x\"]: ugyldig JSON på linje 1, kolonne 20: ugyldig \\u-escape i JSON-tekst"])
        let paired = try decode(#"{"vurderingsdato": "2024-03-01", "fakta": {"tjenester": [], "beløp": "1", "barn.ventes": true}, "x\ud83d\ude00": 1}"#)
        guard case .failure(let problems) = paired else { Issue.record("an unknown key is an error"); return }
        #expect(problems.errors.map(\.path) == ["$.x😀"])
    }

    @Test func duplicateKeysAreErrorsInEverySpelling() throws {
        #expect(try errors(#"{"fakta": {"beløp": 1, "beløp": 2}}"#)
                == ["R0601 $.fakta: ugyldig JSON på linje 1, kolonne 24: feltet «beløp» står to ganger i samme objekt"])
        // «år» written precomposed (NFC) and as «a» with a combining ring (NFD) is one name.
        let twoSpellings = "{\"fakta\": {\"\u{E5}r\": 1, \"a\u{30A}r\": 2}}"
        #expect(try errors(twoSpellings) == ["R0601 $.fakta: ugyldig JSON på linje 1, kolonne 21: feltet «a\u{30A}r» står to ganger i samme objekt"])
        #expect(try errors(#"{"fakta": {"tjenester": [{"lov": "hol", "lov": "hol"}]}}"#).count == 1)
    }

    @Test func nullInsideAListIsAnError() throws {
        #expect(try errors(#"{"fakta": {"tjenester": [{"lov": "hol"}, null]}}"#)
                == [#"R0603 $.fakta["tjenester"][1]: null kan ikke stå i en liste; ta elementet ut av listen, eller gi listen som null hvis den ikke er kjent"#])
        #expect(try errors(#"{"fakta": {"tjenester": null}}"#) == [])
    }

    @Test func byteOrderMarkIsSkippedAsInRuleFiles() throws {
        #expect(try errors("\u{FEFF}{\"vurderingsdato\": \"2024-03-01\", \"fakta\": {}}") == [])
    }
}
