import Foundation
import Testing
import Regel

/// Rules and cases the report tests share.
enum ReportFixtures {
    static let rules = """
    lovtekst pbrl_2_5_c "Pasient- og brukerrettighetsloven § 2-5 c"
      kilde pbrl § 2-5 c
      \"\"\"
      Familier som har eller venter barn med alvorlig sykdom, skade eller nedsatt
      funksjonsevne, har rett til barnekoordinator.
      \"\"\"

    faktum barn.navn: tekst
      spørsmål "Hva heter barnet?"
    faktum barn.fødselsdato: dato
      spørsmål "Når er barnet født?"
    vurdering behov.sammensatte: ja/nei
      spørsmål "Har familien behov for langvarige og sammensatte tjenester?"
      veiledning "Behovet vurderes fremover i tid."
    faktum foreldrene.ønsker: ja/nei
      spørsmål "Ønsker foreldrene barnekoordinator?"

    # Retten til barnekoordinator for familier med barn under 18 år.
    regel rett
      hjemmel pbrl_2_5_c
      gjelder fra 2022-08-01
      når alle:
        - alder(barn.fødselsdato) < 18 år
        - behov.sammensatte
        - foreldrene.ønsker

    regel hilsen: tekst
      hjemmel pbrl § 2-5 c
      verdi "<i>hei</i> & ha det"
    """

    static func program(_ source: String = rules, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> CompiledRuleSet {
        let compilation = RegelCompiler.compile(source: source, name: "rett.regel")
        for diagnostic in compilation.diagnostics where diagnostic.severity == .error {
            Issue.record("\(diagnostic.message)", sourceLocation: sourceLocation)
        }
        return try #require(compilation.program, sourceLocation: sourceLocation)
    }

    /// The case with a hostile name, a date, a vurdering and `foreldrene.ønsker` missing.
    static func undecidedCase(_ program: CompiledRuleSet) throws -> Case {
        var givenCase = program.makeCase(vurderingsdato: try #require(CalendarDate(iso: "2024-03-01")))
        try givenCase.set("barn.navn", .text("<script>alert(1)</script>"))
        try givenCase.set("barn.fødselsdato", .date(try #require(CalendarDate(iso: "2015-01-01"))))
        try givenCase.set("behov.sammensatte", .truth(true))
        return givenCase
    }
}
