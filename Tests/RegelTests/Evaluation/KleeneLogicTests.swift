import Testing
import Regel

/// Complete truth tables for og, eller and ikke with ukjent.
@Suite struct KleeneLogicTests {
    static let source = """
    faktum a: ja/nei
    faktum b: ja/nei
    regel og_regel
      hjemmel test § 1
      når a og b
    regel eller_regel
      hjemmel test § 1
      når a eller b
    regel ikke_regel
      hjemmel test § 1
      når ikke a
    regel alle_regel
      hjemmel test § 1
      når alle:
        - a
        - b
    regel minst_ett_regel
      hjemmel test § 1
      når minst ett av:
        - a
        - b
    """

    static let values = ["ja", "nei", "ukjent"]
    static let pairs = values.flatMap { a in values.map { b in (a, b) } }

    func evaluate(_ rule: String, a: String, b: String) throws -> String {
        let program = try #require(compileProgram(Self.source))
        var facts: [String: String] = [:]
        if a != "ukjent" { facts["a"] = a }
        if b != "ukjent" { facts["b"] = b }
        return try program.valueText(rule, "2024-01-01", facts)
    }

    static let andTable: [String: String] = [
        "ja ja": "ja", "ja nei": "nei", "ja ukjent": "ukjent",
        "nei ja": "nei", "nei nei": "nei", "nei ukjent": "nei",
        "ukjent ja": "ukjent", "ukjent nei": "nei", "ukjent ukjent": "ukjent",
    ]
    static let orTable: [String: String] = [
        "ja ja": "ja", "ja nei": "ja", "ja ukjent": "ja",
        "nei ja": "ja", "nei nei": "nei", "nei ukjent": "ukjent",
        "ukjent ja": "ja", "ukjent nei": "ukjent", "ukjent ukjent": "ukjent",
    ]

    @Test(arguments: pairs) func og(a: String, b: String) throws {
        #expect(try evaluate("og_regel", a: a, b: b) == Self.andTable["\(a) \(b)"])
        #expect(try evaluate("alle_regel", a: a, b: b) == Self.andTable["\(a) \(b)"])
    }

    @Test(arguments: pairs) func eller(a: String, b: String) throws {
        #expect(try evaluate("eller_regel", a: a, b: b) == Self.orTable["\(a) \(b)"])
        #expect(try evaluate("minst_ett_regel", a: a, b: b) == Self.orTable["\(a) \(b)"])
    }

    @Test(arguments: values) func ikke(a: String) throws {
        let expected = ["ja": "nei", "nei": "ja", "ukjent": "ukjent"][a]
        #expect(try evaluate("ikke_regel", a: a, b: "ukjent") == expected)
    }

    @Test func unknownPropagatesThroughComparisonAndArithmetic() throws {
        let program = try #require(compileProgram("""
        faktum x: tall
        faktum y: tall
        regel sum_stor
          hjemmel test § 1
          når x + y > 10
        regel kjent_x
          hjemmel test § 1
          når kjent(x)
        """))
        #expect(try program.valueText("sum_stor", "2024-01-01", ["x": "5"]) == "ukjent")
        #expect(try program.valueText("sum_stor", "2024-01-01", ["x": "5", "y": "5,5"]) == "ja")
        #expect(try program.valueText("sum_stor", "2024-01-01", ["x": "5", "y": "5"]) == "nei")
        #expect(try program.valueText("kjent_x", "2024-01-01") == "nei")
        #expect(try program.valueText("kjent_x", "2024-01-01", ["x": "0"]) == "ja")
    }

    @Test func decimalArithmeticIsExact() throws {
        let program = try #require(compileProgram("""
        faktum x: tall
        regel tre_tideler: tall
          hjemmel test § 1
          verdi x + 0,2
        regel er_presis
          hjemmel test § 1
          når x + 0,2 = 0,3
        """))
        #expect(try program.valueText("tre_tideler", "2024-01-01", ["x": "0,1"]) == "0,3")
        #expect(try program.valueText("er_presis", "2024-01-01", ["x": "0,1"]) == "ja")
    }
}
