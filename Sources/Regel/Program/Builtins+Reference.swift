/// The list of functions in docs/referanse.md, written from `Builtin.table`.
extension Builtin {
    /// The lines between the marker comments in docs/referanse.md.
    static let referenceStart = "<!-- funksjonene: skrevet fra Builtin.table i Sources/Regel/Program/Builtins.swift; rett tabellen, ikke teksten her -->"
    static let referenceEnd = "<!-- slutt på funksjonene fra Builtin.table -->"

    /// A Markdown table in Norwegian, one row per function in table order: the call with its
    /// parameter names, each parameter's type, the result type, the description and the example.
    /// docs/referanse.md holds exactly this text between `referenceStart` and `referenceEnd`.
    static func referenceMarkdown() -> String {
        var lines = ["| funksjon | parametre | gir | betydning | eksempel |", "|---|---|---|---|---|"]
        for function in table {
            let names = function.parameters.map(\.name).joined(separator: ", ")
            let parameters = function.parameters.map { "`\($0.name)`: \($0.type.displayName)" }.joined(separator: ", ")
            let example = function.example
            let day = example.vurderingsdato.map { " når vurderingsdatoen er \($0)" } ?? ""
            let cells = ["`\(function.name)(\(names))`", parameters, function.resultDisplayName, function.description,
                         "`\(example.call)` = `\(example.value)`\(day)"]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
