import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Rule cycles: every rule on a cycle is named once, rules behind a cycle are still checked,
/// and nothing indexes a rule that was left out.
@Suite struct CycleTests {
    @Test func selfReferenceBehindAnotherCycleIsReported() {
        let compilation = RegelCompiler.compile(source: """
        regel a
          hjemmel x § 1
          når a
        regel b
          hjemmel x § 1
          når a og b
        """)
        #expect(compilation.diagnostics.map(summary) == [
            "R0303 1:7 regelen «a» bruker seg selv; en regel kan ikke avhenge av seg selv",
            "R0303 4:7 regelen «b» bruker seg selv; en regel kan ikke avhenge av seg selv",
        ])
        #expect(compilation.program == nil)
    }

    @Test func twoCyclesThroughOneRuleAreBothReportedOnce() {
        let compilation = RegelCompiler.compile(source: """
        regel a
          hjemmel x § 1
          når b og c
        regel b
          hjemmel x § 1
          når a
        regel c
          hjemmel x § 1
          når a
        """)
        #expect(compilation.diagnostics.map(summary) == [
            "R0303 1:7 reglene bruker hverandre i ring: «a» → «b» → «a»; en regel kan ikke avhenge av seg selv",
            "R0303 7:7 reglene bruker hverandre i ring: «c» → «a» → «c»; en regel kan ikke avhenge av seg selv",
        ])
        #expect(compilation.diagnostics.first?.notes.map(\.message) == ["«b» er deklarert her"])
    }

    @Test func rulesBehindACycleAreCheckedWithoutCrashing() {
        let found = checkDiagnostics("""
        faktum beløp: tall
        regel a
          hjemmel x § 1
          når b
        regel b
          hjemmel x § 1
          når a
        regel c
          hjemmel x § 1
          når a og d > 2 og ukjentnavn
        regel d: tall
          hjemmel x § 1
          verdi beløp
        regel e
          hjemmel x § 1
          når c og d > "tekst"
        """)
        #expect(found == [
            "R0303 2:7 reglene bruker hverandre i ring: «a» → «b» → «a»; en regel kan ikke avhenge av seg selv",
            "R0301 10:21 ukjent navn «ukjentnavn»",
            "R0402 16:12 kan ikke sammenligne tall med tekst",
        ])
    }

    @Test func selfReferenceInTheRuleLibraryIsReportedNotACrash() throws {
        let folder = Repository.root.appendingPathComponent("rules").path
        let original = "  når barn.ventes eller barn.tildelt_adoptivbarn eller alder(barn.fødselsdato) < 18 år\n"
        let files = try Repository.files(in: "rules", endingWith: ".regel").filter { !$0.contains("/eksempler/") }.map { path in
            var text = try Repository.read(path)
            if path.hasSuffix("/barnekoordinator.regel") {
                #expect(text.contains(original))
                text = text.replacingOccurrences(of: original, with: "  når barnet_er_under_18 eller barn.ventes\n")
            }
            return SourceFile(name: Repository.root.appendingPathComponent(path).path, text: text)
        }
        let compilation = RegelCompiler.compile(files: files, root: folder)
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map { "\($0.code.code) \($0.location.map(\.description) ?? "-") \($0.message)" } == [
            "R0303 102:7 regelen «barnet_er_under_18» bruker seg selv; en regel kan ikke avhenge av seg selv",
        ])
        #expect(compilation.program == nil)
    }

    @Test func everyRuleOnACycleIsNamedAndLongChainsDoNotOverflow() {
        // 20,000 rules in one chain that closes on itself, plus a rule in the middle that uses itself.
        let count = 20_000
        var edges = (0..<count).map { [($0 + 1) % count] }
        edges[5_000].append(5_000)
        let graph = RuleGraph(edges: edges.map { $0.sorted() })
        #expect(graph.order.isEmpty)
        #expect(graph.cycles.map(\.count) == [1, count])
        #expect(graph.cycles.first == [5_000])
        #expect(graph.cycles.last?.first == 0)
        #expect(graph.cycles.last?.last == count - 1)
    }

    @Test func aSelfReferenceInsideARingIsReportedBesideTheRing() {
        let found = checkDiagnostics("""
        regel a
          hjemmel x § 1
          når a og b
        regel b
          hjemmel x § 1
          når a
        """)
        #expect(found == [
            "R0303 1:7 regelen «a» bruker seg selv; en regel kan ikke avhenge av seg selv",
            "R0303 1:7 reglene bruker hverandre i ring: «a» → «b» → «a»; en regel kan ikke avhenge av seg selv",
        ])
    }

    @Test func rulesOutsideCyclesAreOrderedAfterWhatTheyUse() {
        let graph = RuleGraph(edges: [[1], [2], [], [3], [0, 3]])
        #expect(graph.order == [2, 1, 0])
        #expect(graph.cycles == [[3]])
    }
}
