import Foundation
import Testing
@testable import Regel

/// «Hva skal til» on hand-made cases: boundaries of dates and numbers, enumerations, fixed facts,
/// vurderinger, missing facts, and the time limit.
@Suite struct WhatWouldChangeTests {
    static let rules = """
    type Tjeneste: en av helse, skole, nav
    faktum barn.fødselsdato: dato
    faktum barn.syk: ja/nei
    vurdering behov: ja/nei
      spørsmål "Har barnet behov for tjenester?"
    faktum timer: tall
    faktum tjeneste: Tjeneste
    regel under_18
      hjemmel x § 1
      når alder(barn.fødselsdato) < 18 år
    regel rett
      hjemmel x § 2
      når alle:
        - under_18
        - barn.syk eller behov
    regel mange_timer
      hjemmel x § 3
      når timer > 20 og tjeneste = nav
    """

    static func result(_ rule: String, _ facts: [String: String], options: WhatWouldChange.Options = .init()) throws -> WhatWouldChange {
        let program = try #require(compileProgram(rules))
        return try program.whatWouldChange(rule, in: try program.makeCase("2024-03-01", facts), options: options)
    }

    static func phrases(_ result: WhatWouldChange) -> [String] {
        result.alternatives.map { $0.changes.map(WhatWouldChangeText.phrase).joined(separator: " + ") }
    }

    @Test func aBirthDateMovesToTheDayAfterTheBoundary() throws {
        let result = try Self.result("rett", ["barn.fødselsdato": "2005-03-01", "barn.syk": "ja"])
        #expect(result.current == .truth(false) && result.target)
        #expect(Self.phrases(result) == ["barn.fødselsdato var 2006-03-02 eller senere (ikke 2005-03-01)"])
        #expect(result.alternatives.first?.outcome.value == .truth(true))
    }

    @Test func fixedFactsAreNeverChanged() throws {
        let result = try Self.result("rett", ["barn.fødselsdato": "2005-03-01", "barn.syk": "ja"], options: .init(fixed: ["barn.fødselsdato"]))
        #expect(result.alternatives.isEmpty && !result.isCutOff)
        #expect(WhatWouldChangeText.render(result) == """
        rett = nei
        Ingen endring av høyst 3 fakta eller vurderinger gir ja (faste fakta endres ikke).
        """)
    }

    @Test func vurderingerAreJudgementsToReconsiderAndMissingFactsCountAsChanges() throws {
        let result = try Self.result("rett", ["barn.fødselsdato": "2010-01-01", "barn.syk": "nei", "behov": "nei"])
        #expect(Self.phrases(result) == ["barn.syk var ja (ikke nei)", "vurderingen «behov» ble vurdert til ja (nå nei)"])
        let open = try Self.result("rett", ["barn.fødselsdato": "2010-01-01"])
        #expect(open.current == .unknown && open.target)
        #expect(Self.phrases(open) == ["barn.syk ble oppgitt som ja", "vurderingen «behov» ble gjort og falt ut til ja"])
        let toNei = try Self.result("rett", [:], options: .init(target: false))
        #expect(Self.phrases(toNei) == ["barn.fødselsdato ble oppgitt som 2006-03-01 eller tidligere"])
    }

    @Test func numbersMoveToTheNearestBoundaryAndEnumerationsToTheirValues() throws {
        let result = try Self.result("mange_timer", ["timer": "12", "tjeneste": "helse"])
        // 21 is the largest value tried, so nothing above it was seen to work: no «eller mer».
        #expect(Self.phrases(result) == ["timer var 21 (ikke 12) + tjeneste var nav (ikke helse)"])
        let one = try Self.result("mange_timer", ["timer": "30", "tjeneste": "skole"])
        #expect(Self.phrases(one) == ["tjeneste var nav (ikke skole)"])
        let down = try Self.result("mange_timer", ["timer": "30", "tjeneste": "nav"])
        #expect(Self.phrases(down) == ["timer var 20 eller mindre (ikke 30)", "tjeneste var helse (ikke nav)"])
    }

    @Test func theWholeTextWithTheNewExplanation() throws {
        let result = try Self.result("under_18", ["barn.fødselsdato": "2005-03-01"])
        #expect(WhatWouldChangeText.render(result) == """
        under_18 = nei
        For at svaret skal bli ja, må minst 1 opplysning endres (1 alternativ):
          1. hvis barn.fødselsdato var 2006-03-02 eller senere (ikke 2005-03-01)
               under_18 = ja  (test.regel:8)
                 hjemmel: x § 1
                 «alder(barn.fødselsdato) < 18 år» = ja
                   «alder(barn.fødselsdato)» = 17 år
                     barn.fødselsdato = 2006-03-02 (oppgitt)
        """)
    }

    @Test func anAnswerAlreadyThereNeedsNothing() throws {
        let result = try Self.result("under_18", ["barn.fødselsdato": "2010-03-01"], options: .init(target: true))
        #expect(result.alreadyThere && result.alternatives.isEmpty)
        #expect(WhatWouldChangeText.render(result) == "under_18 = ja\nSvaret er allerede ja; ingenting må endres.")
    }

    @Test func aRuleNotInForceCannotBeChangedByFacts() throws {
        let program = try #require(compileProgram("faktum a: ja/nei\nregel senere\n  hjemmel x § 1\n  gjelder fra 2030-01-01\n  når a\n"))
        let result = try program.whatWouldChange("senere", in: try program.makeCase("2024-03-01", [:]))
        #expect(result.alternatives.isEmpty && result.searchedSizes == 0)
        #expect(WhatWouldChangeText.render(result) == """
        senere = ikke i kraft
        Regelen er ikke i kraft på vurderingsdatoen; ingen endring av fakta eller vurderinger gir et svar.
        """)
    }

    @Test func theTimeLimitCutsTheSearchAndSaysSo() throws {
        // Twelve vilkår that all fail: no alternative below twelve changes, and thousands of sets to try.
        let names = (1...12).map { "f\($0)" }
        let source = names.map { "faktum \($0): ja/nei\n" }.joined() + "regel alle_tolv\n  hjemmel x § 1\n  når alle:\n"
            + names.map { "    - \($0)\n" }.joined()
        let program = try #require(compileProgram(source))
        var options = WhatWouldChange.Options(target: true)
        options.maxChanges = 8
        options.timeLimit = .zero
        let givenCase = try program.makeCase("2024-03-01", Dictionary(uniqueKeysWithValues: names.map { ($0, "nei") }))
        let started = ContinuousClock.now
        let result = try program.whatWouldChange("alle_tolv", in: givenCase, options: options)
        #expect(ContinuousClock.now - started < .seconds(2))
        #expect(result.isCutOff && result.alternatives.isEmpty && result.searchedSizes < 8)
        #expect(WhatWouldChangeText.render(result).hasSuffix("Søket ble stoppet ved tidsgrensen før det fant noe som gir ja; "
            + (result.searchedSizes == 0 ? "ikke engang alle enkeltendringer ble prøvd." : "alle endringer av høyst \(result.searchedSizes) fakta eller vurderinger er prøvd uten å gi ja.")))
        var unlimited = options
        unlimited.timeLimit = .seconds(60)
        let complete = try program.whatWouldChange("alle_tolv", in: givenCase, options: unlimited)
        #expect(!complete.isCutOff && complete.alternatives.isEmpty && complete.searchedSizes == 8)
    }

    @Test func aLongChainOfRulesIsSearchedWithoutDeepRecursion() throws {
        let program = try #require(compileProgram(DeepChainTests.chain(rules: 3000, nots: 1)))
        let result = try program.whatWouldChange("r2999", in: program.makeCase(vurderingsdato: date("2024-01-01")),
                                                 options: .init(target: true))
        // 3000 times «ikke»: an even number, so r2999 is ja exactly when x is.
        #expect(Self.phrases(result) == ["x ble oppgitt som ja"])
    }

    @Test func anUnknownRuleIsAnError() throws {
        let program = try #require(compileProgram(Self.rules))
        #expect(throws: RegelError.unknownRule("ret", suggestion: "rett")) {
            try program.whatWouldChange("ret", in: program.makeCase(vurderingsdato: date("2024-03-01")))
        }
    }
}
