/// Runs the `test` blocks of a rule set: the same code for `regel test`, `swift test` and hosts.
public enum TestRunner {
    /// The outcome of one `test` block.
    public struct TestResult: Sendable {
        /// The test's name.
        public let name: String
        /// The name of the file the test is in.
        public let file: String
        /// The line the test starts on.
        public let line: Int
        /// The `forvent` lines that did not hold; empty when the test passed.
        public let failures: [Failure]
        /// True when every `forvent` line held.
        public var passed: Bool { failures.isEmpty }
    }

    /// One `forvent` line that did not hold.
    public struct Failure: Sendable {
        /// The rule the line is about.
        public let rule: String
        /// The line of the `forvent` line.
        public let line: Int
        /// What the test expected, as text (`ja`, `ikke i kraft`, `ukjent mangler a, b`).
        public let expected: String
        /// What the rule gave, in the same form.
        public let actual: String
        /// The explanation of the actual result, as text.
        public let explanation: String
    }

    /// All results, with the totals.
    public struct Report: Sendable {
        /// One result per test run, in the order of `CompiledRuleSet.tests`.
        public let results: [TestResult]
        /// How many tests passed.
        public var passedCount: Int { results.filter(\.passed).count }
        /// How many tests failed.
        public var failedCount: Int { results.count - passedCount }
        /// `N passed, N failed`.
        public var summaryLine: String { "\(passedCount) passed, \(failedCount) failed" }
    }

    /// Runs every test whose name contains `filter` (all when nil).
    public static func run(_ program: CompiledRuleSet, filter: String? = nil) -> Report {
        let selected = program.tests.filter { filter == nil || $0.declaration.name.localizedCaseInsensitiveContains(filter ?? "") }
        return Report(results: selected.map { run($0, program: program) })
    }

    /// The case a test describes. (A test without vurderingsdato does not compile, so the fallback never decides.)
    static func makeCase(for test: TestCase, program: CompiledRuleSet) -> Case {
        var givenCase = program.makeCase(vurderingsdato: test.vurderingsdato ?? CalendarDate(unchecked: 2000, 1, 1))
        for (slot, value) in test.given { givenCase[slot] = value }
        return givenCase
    }

    static func run(_ test: TestCase, program: CompiledRuleSet) -> TestResult {
        let givenCase = makeCase(for: test, program: program)
        let failures = test.expectations.compactMap { check($0, givenCase, program: program, file: test.file) }
        return TestResult(name: test.declaration.name, file: test.file.name,
                          line: test.file.location(of: test.declaration.range.start).line, failures: failures)
    }

    static func check(_ expectation: CompiledExpectation, _ givenCase: Case, program: CompiledRuleSet, file: SourceFile) -> Failure? {
        let outcome = expectation.call.map { program.evaluate(testCall: $0, in: givenCase) }
            ?? program.evaluate(ruleNumber: expectation.rule, in: givenCase)
        let valueHolds = expectation.expected == outcome.value
        let actualMissing = outcome.missing.map(\.name)
        let missingHolds = expectation.missing.map { Set($0) == Set(actualMissing) } ?? true
        guard !valueHolds || !missingHolds else { return nil }
        let expectedText = expectation.expected.displayText
            + (expectation.missing.map { " mangler " + $0.joined(separator: ", ") } ?? "")
        let actualText = outcome.value.displayText
            + (expectation.missing != nil || outcome.value == .unknown ? " mangler " + (actualMissing.isEmpty ? "ingenting" : actualMissing.joined(separator: ", ")) : "")
        // A rule applied to an element is named by the element too: «skal_samarbeide(tjenester[1]) — tjeneste 2 (NAV-kontoret)».
        let element = outcome.explanation?.element.map { HarnessMessages.elementSuffix($0.text) } ?? ""
        return Failure(rule: outcome.rule + element, line: file.location(of: expectation.declaration.range.start).line,
                       expected: expectedText, actual: actualText,
                       explanation: outcome.explanation.map { ExplanationText.render($0, wording: false) } ?? "")
    }
}
