import Testing
import Regel

/// Properties over many generated cases.
@Suite struct PropertyTests {
    /// Rules without `kjent(…)`: Kleene logic, comparisons, hvis chains, exceptions and quantifiers.
    static let source = """
    type Art: en av kommunal, statlig, privat
    type Tjeneste:
      art: Art
      behov: ja/nei
    faktum a: ja/nei
    faktum b: ja/nei
    faktum c: ja/nei
    faktum født: dato
    faktum n: tall
    faktum art: Art
    faktum tjenester: liste av Tjeneste
    regel r1
      hjemmel x § 1
      når alle:
        - a eller b
        - minst ett av:
            - ikke c
            - alder(født) < 18 år
        - n + 1 > 3
    regel r2
      hjemmel x § 2
      hvis art = privat: nei
      hvis a og ikke b: ja
      ellers: r1
    regel r3
      hjemmel x § 3
      når noen t i tjenester der t.behov og t.art = kommunal
    regel r4
      hjemmel x § 4
      når r2 eller r3 og alle t i tjenester der t.art ≠ privat
    unntak for r4
      hjemmel x § 5
      når c og n < 0
    """

    static let candidates: [String: [String]] = [
        "a": ["ja", "nei"], "b": ["ja", "nei"], "c": ["ja", "nei"],
        "født": ["2000-01-01", "2010-06-15", "2020-02-29"], "n": ["-1", "2", "2,5", "10"],
        "art": ["kommunal", "statlig", "privat"],
        "tjenester": ["[]", "[{art: kommunal, behov: ja}]", "[{art: privat, behov: nei}, {art: statlig, behov: ja}]"],
    ]

    @Test func addingFactsNeverChangesADecidedResult() throws {
        let program = try #require(compileProgram(Self.source))
        var random = SplitMix(seed: 2026)
        let names = Self.candidates.keys.sorted()
        for _ in 0..<400 {
            var full: [String: String] = [:]
            for name in names { full[name] = random.pick(Self.candidates[name] ?? []) }
            var partial = full
            for name in names where random.next() % 2 == 0 { partial[name] = nil }
            for rule in ["r1", "r2", "r3", "r4"] {
                let before = try program.valueText(rule, "2024-01-01", partial)
                let after = try program.valueText(rule, "2024-01-01", full)
                if before != "ukjent" {
                    #expect(before == after, "\(rule) changed from \(before) to \(after): \(partial) → \(full)")
                }
                #expect(after != "ukjent", "\(rule) with every fact given is still ukjent: \(full)")
            }
        }
    }

    @Test func missingFactsAreExactlyTheOnesThatCanMatter() throws {
        let program = try #require(compileProgram(Self.source))
        var random = SplitMix(seed: 7)
        let names = Self.candidates.keys.sorted()
        for _ in 0..<100 {
            var partial: [String: String] = [:]
            for name in names where random.next() % 2 == 0 { partial[name] = random.pick(Self.candidates[name] ?? []) }
            let outcome = try program.evaluate("r4", in: try program.makeCase("2024-01-01", partial))
            #expect((outcome.value == .unknown) == !outcome.missing.isEmpty)
            for fact in outcome.missing { #expect(partial[fact.name] == nil, "\(fact.name) is given but reported missing") }
        }
    }
}
