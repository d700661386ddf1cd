import Regel
/// The text of `hjelp`.
enum SessionHelp {
    static let text = """
    kommandoer (engelske alias i parentes):
      navn = verdi              gi et faktum, f.eks. «barn.fødselsdato = 2010-06-15»
      vurderingsdato = dato     vurder saken på en annen dato
      glem navn … (forget)      fjern fakta igjen; «glem alt» fjerner alle
      REGEL eller UTTRYKK       vurder, f.eks. «rett_til_barnekoordinator» eller «alder(barn.fødselsdato)»
      hvorfor REGEL (why)       forklaringen, med hjemmel og lovtekst
      mangler REGEL (missing)   opplysningene som fortsatt kan endre svaret, med spørsmålene
      intervju REGEL (interview)
                                still bare de spørsmålene som kan endre svaret, til regelen er avgjort
      hva skal til [ja|nei] [REGEL] (what-if)
                                de minste endringene i fakta og vurderinger som gir et annet svar
                                (standard: det motsatte svaret, for regelen du spurte om sist)
      fakta (facts)             faktaene som er gitt
      regler (rules)            reglene, med hjemmel
      last (reload)             les regelfilene på nytt; faktaene beholdes
      lagre test "navn" [til FIL] (save)
                                skriv saken som en test med dagens svar, på skjermen eller til en fil
      hjelp (help)              denne teksten
      avslutt (quit, exit)      gå ut (eller Ctrl-D)

    En linje som slutter med «og», «eller», en operator eller en åpen parentes, fortsetter på neste linje.
    Tab fullfører kommandoer og navn; pil opp og ned blar i historikken; Ctrl-C avbryter linjen eller intervjuet.
    For å sammenligne et faktum i stedet for å gi det, skriv uttrykket i parentes: «(barn.ventes = ja)».
    """
}
