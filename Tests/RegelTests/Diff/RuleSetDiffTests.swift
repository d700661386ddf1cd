import Foundation
import Testing
@testable import Regel

/// The static part of `regel diff`: declarations added, removed and changed, with both locations.
@Suite struct RuleSetDiffTests {
    static func diff(_ old: String, _ new: String) -> RuleSetDiff {
        RuleSetDiff(old: .init(files: DiffFixtures.compile(old, name: "gammel.regel").files),
                    new: .init(files: DiffFixtures.compile(new, name: "ny.regel").files))
    }

    @Test func theSmallRuleSetsChangesAreListedWithBothLocations() {
        let changes = Self.diff(DiffFixtures.old, DiffFixtures.new).changes
        #expect(changes.map { "\($0.kind.rawValue) \($0.category.rawValue) \($0.name)" } == [
            "endret regel rett",
            "endret regel under_tolv",
            "lagt_til faktum annet",
            "fjernet test ung og syk",
        ])
        let rule = changes[0]
        #expect(rule.aspects == [.condition])
        #expect(rule.details.first?.old == "alle: - alder < 18 - syk eller behov")
        #expect(rule.details.first?.new == "alle: - alder < 16 - syk eller behov eller annet")
        #expect(rule.old == DiffLocation(file: "gammel.regel", line: 5, column: 7))
        #expect(rule.new == DiffLocation(file: "ny.regel", line: 6, column: 7))
        #expect(changes[1].aspects == [.hjemmel, .validity])
        #expect(changes[1].details[0].old == "pbrl § 2-5 c" && changes[1].details[0].new == "pbrl § 2-5 d")
        #expect(changes[1].details[1].old == nil && changes[1].details[1].new == "gjelder fra 2020-01-01")
        #expect(changes[2].old == nil && changes[2].new == DiffLocation(file: "ny.regel", line: 3, column: 8))
        #expect(changes[3].old == DiffLocation(file: "gammel.regel", line: 13, column: 6) && changes[3].new == nil)
    }

    @Test func layoutAndCommentsAreNoChange() {
        let old = "faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n"
        let new = "# en kommentar\nfaktum a:   ja/nei\n\nregel r\n  hjemmel x § 1\n  # hvorfor\n  når a\n"
        #expect(Self.diff(old, new).changes.isEmpty)
    }

    @Test func aFactThatBecomesAVurderingIsOneChange() {
        let changes = Self.diff("faktum a: ja/nei\n", "vurdering a: ja/nei\n  spørsmål \"Er det a?\"\n").changes
        #expect(changes.count == 1)
        #expect(changes.first?.category == .fact)
        #expect(changes.first?.aspects == [.kind, .question])
        #expect(changes.first?.details.first?.new == "vurdering")
    }

    @Test func versionsArePairedByPeriodAndAddedOnTheirOwn() {
        let old = """
        faktum a: ja/nei
        regel r
          hjemmel x § 1
          gjelder til 2021-12-31
          når a
        """
        let new = old + """

        regel r
          hjemmel x § 2
          gjelder fra 2022-01-01
          når ikke a
        """
        let changes = Self.diff(old, new).changes
        #expect(changes.map { "\($0.kind.rawValue) \($0.category.rawValue) \($0.name)" } == ["lagt_til versjon r (gjelder fra 2022-01-01)"])
        #expect(changes.first?.new?.line == 6)
    }

    @Test func typesLovtekstAndUnntakAreCompared() {
        let old = """
        type Tjeneste: en av helse, skole
        lovtekst l "Loven"
          \"\"\"
          Første ordlyd.
          \"\"\"
        faktum t: Tjeneste
        faktum a: ja/nei
        regel r
          hjemmel l
          når a
        unntak for r
          hjemmel x § 1
          når t = helse
        """
        let new = old.replacingOccurrences(of: "en av helse, skole", with: "en av helse, skole, nav")
            .replacingOccurrences(of: "Første ordlyd.", with: "Andre ordlyd.")
            .replacingOccurrences(of: "når t = helse", with: "når t = nav")
        let changes = Self.diff(old, new).changes
        #expect(changes.map { "\($0.category.rawValue) \($0.name) \($0.aspects.map(\.rawValue))" } == [
            "type Tjeneste [\"innhold\"]",
            "lovtekst l [\"lovtekst\"]",
            "unntak for r [\"vilkår\"]",
        ])
    }
}
