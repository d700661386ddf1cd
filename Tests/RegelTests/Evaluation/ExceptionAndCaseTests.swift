import Testing
import Regel

/// `hvis` chains and `unntak`: the first that applies wins.
@Suite struct ExceptionAndCaseTests {
    static let source = """
    faktum plikt: ja/nei
    faktum oppnevnt: ja/nei
    faktum enige: ja/nei
    faktum fylt_67: ja/nei
    faktum utland: ja/nei
    regel hvem: tekst
      hjemmel hol § 3-4 andre ledd
      hvis ikke plikt: "ingen"
      hvis oppnevnt: "barnekoordinatoren"
      hvis enige: "tjenesten de er enige om"
      ellers: "kommunen bestemmer"
    regel rett
      hjemmel test § 1
      når plikt
    unntak for rett
      hjemmel test § 2
      når fylt_67
    unntak for rett
      hjemmel test § 3
      når utland
      gir ja
    """

    @Test(arguments: [
        (["plikt": "nei"], "\"ingen\""),
        (["plikt": "ja", "oppnevnt": "ja"], "\"barnekoordinatoren\""),
        (["plikt": "ja", "oppnevnt": "nei", "enige": "ja"], "\"tjenesten de er enige om\""),
        (["plikt": "ja", "oppnevnt": "nei", "enige": "nei"], "\"kommunen bestemmer\""),
        (["plikt": "ja", "enige": "ja"], "ukjent"),                       // oppnevnt open: two outcomes possible
        (["oppnevnt": "ja"], "ukjent"),                                   // plikt open
    ])
    func firstApplicableCaseWins(facts: [String: String], expected: String) throws {
        let program = try #require(compileProgram(Self.source))
        #expect(try program.valueText("hvem", "2024-01-01", facts) == expected)
    }

    @Test func missingFactsOfAChainAreInOrder() throws {
        let program = try #require(compileProgram(Self.source))
        let outcome = try program.evaluate("hvem", in: try program.makeCase("2024-01-01", [:]))
        #expect(outcome.missing.map(\.name) == ["plikt", "oppnevnt", "enige"])
    }

    @Test(arguments: [
        (["plikt": "ja", "fylt_67": "nei", "utland": "nei"], "ja"),
        (["plikt": "ja", "fylt_67": "ja"], "nei"),          // first exception applies
        (["plikt": "nei", "fylt_67": "nei", "utland": "ja"], "ja"),  // second exception overrides the rule
        (["plikt": "ja", "fylt_67": "ja", "utland": "ja"], "nei"),   // both apply: the first in line order wins
        (["plikt": "ja", "utland": "nei"], "ukjent"),        // fylt_67 open and would change the result
        (["plikt": "nei", "fylt_67": "nei"], "ukjent"),
    ])
    func exceptionsInOrder(facts: [String: String], expected: String) throws {
        let program = try #require(compileProgram(Self.source))
        #expect(try program.valueText("rett", "2024-01-01", facts) == expected)
    }

    @Test func overlappingExceptionsAreReported() {
        let found = checkDiagnostics(Self.source)
        #expect(found.contains {
            $0.hasPrefix("R0504 18:12 to unntak for «rett» kan gjelde samtidig og gi ulike svar (det andre står på linje 15)")
        })
    }

    @Test func exceptionWhoseOpenConditionCannotChangeTheResultIsIgnored() throws {
        let program = try #require(compileProgram(Self.source))
        // plikt = nei and the first exception would also give nei: fylt_67 does not matter.
        #expect(try program.valueText("rett", "2024-01-01", ["plikt": "nei", "utland": "nei"]) == "nei")
    }
}
