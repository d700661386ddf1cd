import Foundation
import Regel

/// `regel test` (options and help in `CommandCatalogue.test`): runs the test blocks, ends with
/// `N passed, N failed`.
enum TestCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.test)
        let minimum = try arguments.value("min-dekning").map { text throws(UsageError) -> Double in
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), (0...100).contains(value) else {
                throw UsageError(CLIMessages.minimumCoverage)
            }
            return value
        }
        let paths = arguments.operands.isEmpty ? ["rules"] : arguments.operands
        try UsageError.requireExisting(paths)
        let compilation = RegelCompiler.compile(paths: paths)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else {
            Output.out("0 passed, 0 failed")
            Output.err(CLIMessages.rulesHaveErrorsNoTests)
            return 1
        }
        let report = TestRunner.run(program, filter: arguments.value("filter"))
        for result in report.results where !result.passed {
            Output.out(TestReportText.failure(result))
        }
        if let path = arguments.value("junit") {
            do {
                try JUnitWriter.xml(report).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Output.err(CLIMessages.cannotWriteJUnit(path))
                return 1
            }
        }
        var coverageFailed = false
        if arguments.flags.contains("dekning") || minimum != nil {
            let coverage = Coverage.measure(program, filter: arguments.value("filter"))
            Output.out(CoverageText.render(coverage))
            if let minimum, coverage.rulePercent < minimum || coverage.conditionPercent < minimum {
                Output.err("dekningen er under \(CoverageText.format(minimum)) %")
                coverageFailed = true
            }
        }
        Output.out(report.summaryLine)
        return report.failedCount > 0 || coverageFailed ? 1 : 0
    }
}
