import Testing
@testable import Regel

/// A rule with a parameter applied to each element of a list gives what the same rule, written
/// out by hand once per element over facts of its own, gives — on generated cases with fields
/// given, not given, and lists of different lengths.
@Suite struct ParameterPropertyTests {
    static let maxLength = 3

    static let applied = """
    type T:
      a: ja/nei
      b: ja/nei
      n: tall
    faktum ts: liste av T
    regel p(t: T)
      hjemmel x § 1
      når t.a og (t.b eller t.n > 2)
    regel alle_p
      hjemmel x § 1
      når alle t i ts der p(t)
    regel minst_én_p
      hjemmel x § 1
      når minst én t i ts der p(t)
    regel ingen_p
      hjemmel x § 1
      når ingen t i ts der p(t)
    """

    /// The same rules for a list of exactly `length` elements, one fact per field of each element.
    static func expanded(length: Int) -> String {
        var source = ""
        for i in 0..<length {
            source += "faktum a\(i): ja/nei\nfaktum b\(i): ja/nei\nfaktum n\(i): tall\n"
            source += "regel p\(i)\n  hjemmel x § 1\n  når a\(i) og (b\(i) eller n\(i) > 2)\n"
        }
        let each = (0..<length).map { "p\($0)" }
        func rule(_ name: String, _ body: String) -> String { "regel \(name)\n  hjemmel x § 1\n  når \(body)\n" }
        source += rule("alle_p", length == 0 ? "ja" : each.joined(separator: " og "))
        source += rule("minst_én_p", length == 0 ? "nei" : each.joined(separator: " eller "))
        source += rule("ingen_p", length == 0 ? "ja" : each.map { "ikke \($0)" }.joined(separator: " og "))
        return source
    }

    struct Element {
        let a: Value, b: Value, n: Value
    }

    static func randomTruth(_ random: inout SplitMix) -> Value { [Value.truth(true), .truth(false), .unknown][random.below(3)] }

    @Test func applyingToEachElementEqualsWritingItOut() throws {
        let list = try #require(compileProgram(Self.applied))
        let expandedPrograms = try (0...Self.maxLength).map { try #require(compileProgram(Self.expanded(length: $0))) }
        guard case .list(.record(let record)) = try #require(list.fact(named: "ts")).type else { Issue.record("no record list"); return }
        var random = SplitMix(seed: 2026)
        for round in 0..<400 {
            let length = random.below(Self.maxLength + 1)
            let elements = (0..<length).map { _ in
                Element(a: Self.randomTruth(&random), b: Self.randomTruth(&random),
                        n: random.below(4) == 0 ? .unknown : .number(Number(random.below(5))))
            }
            var listCase = list.makeCase(vurderingsdato: date("2024-01-01"))
            try listCase.set("ts", .list(elements.map { .record(record, [$0.a, $0.b, $0.n]) }))
            let expanded = expandedPrograms[length]
            var expandedCase = expanded.makeCase(vurderingsdato: date("2024-01-01"))
            for (i, element) in elements.enumerated() {
                try expandedCase.set("a\(i)", element.a)
                try expandedCase.set("b\(i)", element.b)
                try expandedCase.set("n\(i)", element.n)
            }
            for rule in ["alle_p", "minst_én_p", "ingen_p"] {
                let byList = try list.evaluate(rule, in: listCase)
                let byHand = try expanded.evaluate(rule, in: expandedCase)
                #expect(byList.value == byHand.value, "round \(round), \(rule): \(byList.value) ≠ \(byHand.value)")
                // Every fact the written-out rules still need is asked for as the element's field.
                let asked = Set(byList.missing.map(\.name))
                for fact in byHand.missing {
                    let index = fact.name.dropFirst()
                    let path = "ts[\(index)].\(fact.name.prefix(1))"
                    #expect(asked.contains(path), "round \(round), \(rule): \(path) not among \(asked.sorted())")
                }
                // The value-only path agrees with the explained one.
                #expect(try list.value(of: rule, in: listCase) == byList.value)
            }
            for i in 0..<length {
                let call = try list.evaluateExpression("p(ts[\(i)])", in: listCase).get()
                let byHand = try expanded.evaluate("p\(i)", in: expandedCase)
                #expect(call.value == byHand.value, "round \(round), p(ts[\(i)])")
                #expect(call.explanation?.element?.path == "ts[\(i)]")
            }
        }
    }
}
