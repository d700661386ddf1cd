import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// A small rule set with ja/nei, number, text and «ikke i kraft» results, for the batch tests.
enum BatchFixture {
    static let source = """
    faktum alder: tall
    faktum syk: ja/nei
    faktum født: dato
    faktum navn: tekst
    regel rett
      hjemmel pbrl § 2-5 c
      når alder < 18 og syk
    regel beløp: tall
      hjemmel hol § 1
      verdi alder * 1,5
    regel ny
      hjemmel hol § 2
      gjelder fra 2030-01-01
      når syk
    regel hilsen: tekst
      hjemmel hol § 3
      verdi navn
    """

    static let program: CompiledRuleSet = {
        guard let program = RegelCompiler.compile(source: source, name: "batch.regel").program else {
            fatalError("the batch fixture does not compile")
        }
        return program
    }()

    static func runner(_ configure: (inout BatchOptions) -> Void = { _ in }) throws -> BatchRunner {
        var options = BatchOptions()
        options.defaultDate = CalendarDate(iso: "2024-01-01")!
        configure(&options)
        return try BatchRunner(program: program, options: options)
    }

    /// Runs `lines` and gives everything written, and the summary.
    static func run(_ runner: BatchRunner, _ lines: [String]) -> (String, BatchSummary) {
        var output = ""
        let summary = runner.run(lines: lines) { output += $0 }
        return (output, summary)
    }
}

/// Reads one JSON Lines record back, failing the test when it is not one JSON object.
func parseRecord(_ line: Substring, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [String: JSONValue] {
    guard case .object(let members)? = try? JSONValue.parse(String(line)) else {
        Issue.record("not a JSON object: \(line)", sourceLocation: sourceLocation)
        return [:]
    }
    return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
}

extension SplitMix: RandomNumberGenerator {}
