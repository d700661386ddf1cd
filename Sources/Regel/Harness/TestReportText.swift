/// Failing tests as text: which test, which rule, expected and actual, and why.
public enum TestReportText {
    /// A failed test as `regel test` prints it: the test, then for each failed `forvent` line the expected and actual values and the explanation.
    public static func failure(_ result: TestRunner.TestResult) -> String {
        var lines = [HarnessMessages.failedTest(result.name, file: result.file, line: result.line)]
        for failure in result.failures {
            lines.append(HarnessMessages.failedRule(failure.rule, line: failure.line))
            lines.append(HarnessMessages.expected(failure.expected))
            lines.append(HarnessMessages.actual(failure.actual))
            lines.append(HarnessMessages.explanationHeading)
            for line in failure.explanation.split(separator: "\n") { lines.append("      " + line) }
        }
        return lines.joined(separator: "\n")
    }
}
