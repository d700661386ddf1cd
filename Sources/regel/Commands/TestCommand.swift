import Foundation
import Regel

/// `regel test [FILER|MAPPER] [--filter TEKST] [--junit FIL]`: runs the test blocks, ends with `N passed, N failed`.
enum TestCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["filter", "junit"], known: [])
        let paths = arguments.operands.isEmpty ? ["rules"] : arguments.operands
        let compilation = RegelCompiler.compile(paths: paths)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else {
            Output.out("0 passed, 0 failed")
            Output.err("reglene har feil; ingen tester ble kjørt")
            return 1
        }
        let report = TestRunner.run(program, filter: arguments.values["filter"])
        for result in report.results where !result.passed {
            Output.out(TestReportText.failure(result))
        }
        if let path = arguments.values["junit"] {
            do {
                try JUnitWriter.xml(report).write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Output.err("regel: kunne ikke skrive JUnit-rapporten til «\(path)»")
                return 1
            }
        }
        Output.out(report.summaryLine)
        return report.failedCount > 0 ? 1 : 0
    }
}
