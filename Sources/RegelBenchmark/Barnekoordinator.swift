import Foundation
import Regel

/// The barnekoordinator rules, with every case in force (vurderingsdato from 2022-08-01 on).
enum Barnekoordinator {
    static let source = """
    faktum barn.ventes: ja/nei
    faktum barn.fødselsdato: dato
    faktum barn.alvorlig_sykdom: ja/nei
    faktum barn.skade: ja/nei
    faktum barn.nedsatt_funksjonsevne: ja/nei
    faktum foreldrene.ønsker_barnekoordinator: ja/nei
    vurdering behov.langvarige_og_sammensatte: ja/nei
    regel barnet_er_under_18
      hjemmel pbrl § 2-5 c
      når barn.ventes eller alder(barn.fødselsdato) < 18 år
    regel rett_til_barnekoordinator
      hjemmel pbrl § 2-5 c, hol § 7-2 a
      gjelder fra 2022-08-01
      når alle:
        - barnet_er_under_18
        - barn.alvorlig_sykdom eller barn.skade eller barn.nedsatt_funksjonsevne
        - behov.langvarige_og_sammensatte
        - foreldrene.ønsker_barnekoordinator
    """

    static let names = ["barn.ventes", "barn.fødselsdato", "barn.alvorlig_sykdom", "barn.skade", "barn.nedsatt_funksjonsevne",
                        "foreldrene.ønsker_barnekoordinator", "behov.langvarige_og_sammensatte"]

    /// Cases assessed between 2022-08-01 and 2026-12-31, children born 2000–2026.
    static func generate(_ count: Int, _ program: CompiledRuleSet, _ slots: [Int]) -> [Case] {
        var random = Generator(seed: 2026)
        guard let firstDay = CalendarDate(iso: "2022-08-01"), let born = CalendarDate(iso: "2000-01-01") else { return [] }
        func truth(_ random: inout Generator) -> Value {
            let roll = random.below(10)
            return roll == 0 ? .unknown : roll <= 2 ? .truth(false) : .truth(true)
        }
        return (0..<count).map { _ in
            var givenCase = program.makeCase(vurderingsdato: firstDay.adding(days: random.below(1614)) ?? firstDay)
            for (index, slot) in slots.enumerated() {
                if index == 1 {
                    givenCase[slot] = random.below(10) == 0 ? .unknown : .date(born.adding(days: random.below(9800)) ?? born)
                } else {
                    givenCase[slot] = truth(&random)
                }
            }
            return givenCase
        }
    }

    /// The same conditions by hand over the case's values, with the same three-valued logic.
    @inline(never)
    static func handWritten(_ givenCase: Case, _ slots: [Int]) -> Value {
        var under18 = givenCase[slots[0]]
        if under18 != .truth(true) {
            var young = Value.unknown
            if case .date(let born) = givenCase[slots[1]] { young = .truth(born.wholeYears(until: givenCase.vurderingsdato) < 18) }
            under18 = or(under18, young)
        }
        let condition = or(or(givenCase[slots[2]], givenCase[slots[3]]), givenCase[slots[4]])
        return and(and(and(under18, condition), givenCase[slots[6]]), givenCase[slots[5]])
    }
}
