import Foundation
import Regel

/// A list of services, each with its law and whether it acts for the public sector, and a rule with
/// a parameter applied to each: «do all the services have to cooperate?».
enum ServiceList {
    static let source = """
    type Lov: en av hol, barnevernsloven, nav_loven, tannhelsetjenesteloven
    type Tjeneste:
      navn: tekst
      lov: Lov
      offentlig: ja/nei
    faktum tjenester: liste av Tjeneste
    regel loven_har_samarbeidsplikt(t: Tjeneste)
      hjemmel hol § 3-4
      når t.lov i [hol, barnevernsloven, nav_loven]
    regel skal_samarbeide(t: Tjeneste)
      hjemmel hol § 3-4
      når loven_har_samarbeidsplikt(t) og t.offentlig
    regel alle_skal_samarbeide
      hjemmel hol § 3-4
      når alle t i tjenester der skal_samarbeide(t)
    """

    /// One service as a typed host would hold it: nil where the case does not say.
    struct Service {
        var law: Int?
        var isPublic: Bool?
    }

    /// Three to six services per case; a field is not given one time in ten.
    static func generate(_ count: Int, _ random: inout Generator) -> [[Service]] {
        (0..<count).map { _ in
            (0..<(3 + random.below(4))).map { _ in
                Service(law: random.below(10) == 0 ? nil : random.below(4),
                        isPublic: random.below(10) == 0 ? nil : random.below(5) != 0)
            }
        }
    }

    static func makeCase(_ services: [Service], _ program: CompiledRuleSet, _ slot: Int, _ date: CalendarDate) -> Case {
        var givenCase = program.makeCase(vurderingsdato: date)
        guard case .list(.record(let record))? = program.fact(named: "tjenester")?.type,
              case .enumeration(let law)? = record.fields.first(where: { $0.name == "lov" })?.type else { return givenCase }
        givenCase[slot] = .list(services.enumerated().map { index, service in
            .record(record, [.text("tjeneste \(index + 1)"), service.law.map { .enumeration(law, $0) } ?? .unknown,
                             service.isPublic.map(Value.truth) ?? .unknown])
        })
        return givenCase
    }

    /// The same rules by hand over the typed services, with the same three-valued logic.
    @inline(never)
    static func typed(_ services: [Service]) -> Bool? {
        var open = false
        for service in services {
            let duty: Bool? = service.law.map { $0 < 3 }
            let cooperates: Bool?
            if duty == false || service.isPublic == false { cooperates = false }
            else if duty == true && service.isPublic == true { cooperates = true }
            else { cooperates = nil }
            if cooperates == false { return false }
            if cooperates == nil { open = true }
        }
        return open ? nil : true
    }

    /// Measures the typed function, and Regel value only, with explanation, and with missing fields, on
    /// `caseCount / 5` lists; false when Regel's answers differ from the typed function's.
    static func run(caseCount: Int, assessed: CalendarDate) -> Bool {
        guard let program = RegelCompiler.compile(source: source).program, let rule = program.ruleNumber("alle_skal_samarbeide"),
              let slot = program.factSlot("tjenester") else {
            print("benchmark: the service list rules did not compile")
            return false
        }
        let count = max(caseCount / 5, 1)
        var random = Generator(seed: 2027)
        let typedLists = generate(count, &random)
        let cases = typedLists.map { makeCase($0, program, slot, assessed) }
        let baseline = measure(count) {
            var tally = Tally()
            for list in typedLists { tally.add(typed(list)) }
            return tally
        }
        print("list of 3–6 services, alle t i tjenester der skal_samarbeide(t) — \(baseline.tally.mix)")
        report("typed Swift function over an array", baseline.ns, against: baseline.ns)
        var same = true
        func variant(_ label: String, _ value: (Case) -> Value) {
            let result = measure(count) {
                var tally = Tally()
                for givenCase in cases { tally.add(value(givenCase)) }
                return tally
            }
            if result.tally != baseline.tally {
                print("  ANSWERS DIFFER: \(label) gave \(result.tally.mix), expected \(baseline.tally.mix)")
                same = false
            }
            report(label, result.ns, against: baseline.ns)
        }
        variant("Regel, value only") { program.value(ofRule: rule, in: $0) }
        variant("Regel, explanation recorded") { program.evaluate(ruleNumber: rule, in: $0).value }
        variant("Regel, explanation and missing fields") { givenCase in
            let outcome = program.evaluate(ruleNumber: rule, in: givenCase)
            return outcome.missing.isEmpty || outcome.value == .unknown ? outcome.value : .text("mangler uten ukjent")
        }
        return same
    }
}
