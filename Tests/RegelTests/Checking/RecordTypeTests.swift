import Testing
@testable import Regel
@testable import RegelSyntax

/// Record types that contain themselves: reported once per ring, and cut so nothing keeps itself alive.
@Suite struct RecordTypeTests {
    @Test func recordThatContainsItselfIsReportedAtTheField() {
        let found = checkDiagnostics("""
        type Person:
          navn: tekst
          barn: liste av Person
        faktum søker: Person
        regel har_navn
          hjemmel x § 1
          når kjent(søker.navn)
        """)
        #expect(found == ["R0313 3:3 typen «Person» inneholder seg selv gjennom feltet «barn»; en type kan ikke være bygd av seg selv"])
    }

    @Test func ringThroughTwoTypesIsReportedOnce() {
        let found = checkDiagnostics("""
        type A:
          b: B
        type B:
          a: liste av A
          navn: tekst
        """)
        #expect(found == ["R0313 2:3 typen «A» inneholder seg selv gjennom feltet «b»; en type kan ikke være bygd av seg selv"])
    }

    /// Found by fuzzing (FuzzCheck, as a leak): each compile of such a type leaked it.
    @Test func theRingIsCutSoTheTypeIsFreed() {
        weak var kept: RecordType?
        do {
            let tree = Parser.parse(SourceFile(name: "t.regel", text: "type Person:\n  barn: liste av Person\n"))
            let (declarations, diagnostics) = DeclarationCollector.collect([(tree, 0)])
            #expect(diagnostics.map(\.code) == [.recordContainsItself])
            if case .record(let type)? = declarations.types["Person"]?.type { kept = type }
            #expect(kept != nil)
        }
        #expect(kept == nil)
    }
}
