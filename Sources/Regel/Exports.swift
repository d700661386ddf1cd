// The syntax layer is part of the library's public API (source files, diagnostics, exact
// numbers, dates, the syntax tree): a host writes `import Regel` and gets both.
@_exported import RegelSyntax

/// Foundation has an `Expression` of its own; in this module the name means the syntax tree's.
typealias Expression = RegelSyntax.Expression
