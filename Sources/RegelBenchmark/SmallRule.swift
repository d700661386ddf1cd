import Foundation
import Regel

/// The small rule measured side by side with other engines: age < 18 ∧ (sykdom ∨ skade ∨
/// funksjonsevne) ∧ behov ∧ ønske, over cases with every fact sometimes missing.
enum SmallRule {
    static let source = """
    faktum alder: tall
    faktum sykdom: ja/nei
    faktum skade: ja/nei
    faktum funksjonsevne: ja/nei
    faktum behov: ja/nei
    faktum ønske: ja/nei
    regel rett
      hjemmel pbrl § 2-5 c
      når alder < 18 og (sykdom eller skade eller funksjonsevne) og behov og ønske
    """

    static let names = ["alder", "sykdom", "skade", "funksjonsevne", "behov", "ønske"]

    /// The same case as a typed Swift struct: nil is «not given».
    struct TypedCase {
        var alder: Int?
        var sykdom: Bool?, skade: Bool?, funksjonsevne: Bool?, behov: Bool?, ønske: Bool?
    }

    /// Kleene logic written by hand over optionals: the fastest honest baseline.
    @inline(never)
    static func typed(_ c: TypedCase) -> Bool? {
        func and(_ a: Bool?, _ b: Bool?) -> Bool? { a == false || b == false ? false : (a == nil || b == nil ? nil : true) }
        func or(_ a: Bool?, _ b: Bool?) -> Bool? { a == true || b == true ? true : (a == nil || b == nil ? nil : false) }
        let young = c.alder.map { $0 < 18 }
        return and(and(and(young, or(or(c.sykdom, c.skade), c.funksjonsevne)), c.behov), c.ønske)
    }

    /// The previous baseline: the same logic over the library's `Value` in a `Case`.
    @inline(never)
    static func kleeneOverValue(_ givenCase: Case, _ slots: [Int]) -> Value {
        var young = Value.unknown
        if case .number(let age) = givenCase[slots[0]] { young = .truth(age < 18) }
        let condition = or(or(givenCase[slots[1]], givenCase[slots[2]]), givenCase[slots[3]])
        return and(and(and(young, condition), givenCase[slots[4]]), givenCase[slots[5]])
    }

    /// A case: each fact missing one time in ten; ages 0–25.
    static func generate(_ random: inout Generator) -> TypedCase {
        func truth(_ random: inout Generator) -> Bool? {
            let roll = random.below(10)
            return roll == 0 ? nil : roll <= 3 ? false : true
        }
        let age: Int? = random.below(10) == 0 ? nil : random.below(26)
        return TypedCase(alder: age, sykdom: truth(&random), skade: truth(&random), funksjonsevne: truth(&random),
                         behov: truth(&random), ønske: truth(&random))
    }

    static func makeCase(_ typed: TypedCase, _ program: CompiledRuleSet, _ slots: [Int], _ date: CalendarDate) -> Case {
        var givenCase = program.makeCase(vurderingsdato: date)
        givenCase[slots[0]] = typed.alder.map { .number(Number($0)) } ?? .unknown
        let flags = [typed.sykdom, typed.skade, typed.funksjonsevne, typed.behov, typed.ønske]
        for (index, flag) in flags.enumerated() { givenCase[slots[index + 1]] = flag.map(Value.truth) ?? .unknown }
        return givenCase
    }

    static func jsonLine(_ typed: TypedCase) -> String {
        var facts: [String] = []
        if let age = typed.alder { facts.append("\"alder\": \(age)") }
        let flags = [typed.sykdom, typed.skade, typed.funksjonsevne, typed.behov, typed.ønske]
        for (name, flag) in zip(names.dropFirst(), flags) { if let flag { facts.append("\"\(name)\": \(flag)") } }
        return "{\"vurderingsdato\": \"2024-03-01\", \"fakta\": {" + facts.joined(separator: ", ") + "}}"
    }
}
