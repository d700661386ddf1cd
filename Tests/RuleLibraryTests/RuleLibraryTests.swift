import Foundation
import Testing
import Regel

/// The rule library in rules/: compiles clean and every test block in it passes.
@Suite struct RuleLibraryTests {
    static let rulesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("rules").path

    static let compilation = RegelCompiler.compile(folder: rulesFolder)

    static var ruleFiles: [String] { SourceLoader.regelFiles(in: rulesFolder) }

    @Test func libraryHasNoErrorsOrWarnings() {
        #expect(!Self.ruleFiles.isEmpty)
        #expect(Self.compilation.diagnostics.isEmpty, "\(TextRenderer().render(Self.compilation.diagnostics))")
    }

    @Test(arguments: ruleFiles) func fileHasTests(path: String) throws {
        let program = try #require(Self.compilation.program)
        #expect(program.tests.contains { $0.file.name == path }, "\(path) has no test blocks")
    }

    @Test func everyTestBlockPasses() throws {
        let program = try #require(Self.compilation.program)
        let report = TestRunner.run(program)
        #expect(report.results.count >= 80, "the library should have at least 80 scenario tests, has \(report.results.count)")
        for result in report.results where !result.passed {
            Issue.record("\(TestReportText.failure(result))")
        }
    }

    @Test func everyRuleIsEvaluatedByATest() throws {
        let program = try #require(Self.compilation.program)
        let coverage = Coverage.measure(program)
        let untested = coverage.files.flatMap(\.rules).filter { !$0.evaluated }.map(\.name)
        #expect(untested.isEmpty, "rules no test evaluates: \(untested)")
    }
}
