/// Test results as JUnit XML, for CI systems.
package enum JUnitWriter {
    package static func xml(_ report: TestRunner.Report) -> String {
        var lines = [#"<?xml version="1.0" encoding="UTF-8"?>"#,
                     #"<testsuites tests="\#(report.results.count)" failures="\#(report.failedCount)">"#,
                     #"  <testsuite name="regel" tests="\#(report.results.count)" failures="\#(report.failedCount)">"#]
        for result in report.results {
            let name = escape(result.name), file = escape(result.file)
            if result.passed {
                lines.append(#"    <testcase name="\#(name)" classname="\#(file)" file="\#(file)" line="\#(result.line)"/>"#)
                continue
            }
            lines.append(#"    <testcase name="\#(name)" classname="\#(file)" file="\#(file)" line="\#(result.line)">"#)
            for failure in result.failures {
                let message = escape(HarnessMessages.junitFailure(failure.rule, expected: failure.expected, actual: failure.actual))
                lines.append(#"      <failure message="\#(message)">\#(escape(failure.explanation))</failure>"#)
            }
            lines.append("    </testcase>")
        }
        lines += ["  </testsuite>", "</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                // XML 1.0 cannot carry most control characters at all.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" { result += "\u{FFFD}" } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
