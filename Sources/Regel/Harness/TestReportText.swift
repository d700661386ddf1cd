/// Failing tests as text: which test, which rule, expected and actual, and why.
public enum TestReportText {
    /// A failed test as `regel test` prints it: the test, then for each failed `forvent` line the expected and actual values and the explanation.
    public static func failure(_ result: TestRunner.TestResult) -> String {
        var lines = ["FEILET: «\(result.name)» (\(result.file):\(result.line))"]
        for failure in result.failures {
            lines.append("  \(failure.rule) (linje \(failure.line))")
            lines.append("    forventet: \(failure.expected)")
            lines.append("    faktisk:   \(failure.actual)")
            lines.append("    forklaring:")
            for line in failure.explanation.split(separator: "\n") { lines.append("      " + line) }
        }
        return lines.joined(separator: "\n")
    }
}
