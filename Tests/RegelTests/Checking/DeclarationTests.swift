import Testing
@testable import Regel

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
}
