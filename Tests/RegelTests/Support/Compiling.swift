import Testing
import Regel

/// Compiles `source`; records an issue for every error so a test fails loudly.
func compileProgram(_ source: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> CompiledRuleSet? {
    let compilation = RegelCompiler.compile(source: source, name: "test.regel")
    for diagnostic in compilation.diagnostics where diagnostic.severity == .error {
        Issue.record("\(summary(diagnostic))", sourceLocation: sourceLocation)
    }
    return compilation.program
}

/// The diagnostics of checking `source` as one rule set.
func checkDiagnostics(_ source: String) -> [String] {
    RegelCompiler.compile(source: source, name: "test.regel").diagnostics.map(summary)
}

func date(_ text: String) -> CalendarDate {
    guard let value = CalendarDate(iso: text) else { fatalError("bad date in test: \(text)") }
    return value
}

extension CompiledRuleSet {
    /// A case with facts given as Regel literals, e.g. `["a": "ja", "født": "2010-06-15"]`.
    func makeCase(_ on: String, _ facts: [String: String]) throws -> Case {
        var result = makeCase(vurderingsdato: date(on))
        for (name, text) in facts.sorted(by: { $0.key < $1.key }) {
            let value = try parseValue(text, forFact: name).get()
            try result.set(name, value)
        }
        return result
    }

    func valueText(_ rule: String, _ on: String, _ facts: [String: String] = [:]) throws -> String {
        let outcome = try evaluate(rule, in: try makeCase(on, facts))
        return outcome.value.displayText
    }
}

extension DiagnosticList: CustomStringConvertible {
    public var description: String { items.map(summary).joined(separator: "\n") }
}
