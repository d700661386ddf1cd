import Regel

/// Parses `source` as a file named `test.regel`.
func parse(_ source: String, name: String = "test.regel") -> SyntaxTree {
    Parser.parse(SourceFile(name: name, text: source))
}

/// The diagnostics of `source`, in reading order.
func diagnostics(of source: String) -> [Diagnostic] {
    parse(source).diagnostics.sortedForReading()
}

/// `KODE linje:kolonne melding` — compact form for assertions.
func summary(_ diagnostic: Diagnostic) -> String {
    "\(diagnostic.code.code) \(diagnostic.location.map(\.description) ?? "-") \(diagnostic.message)"
}
