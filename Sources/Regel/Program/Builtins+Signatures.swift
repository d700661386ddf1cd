/// The built-in functions as an editor shows them: for hover and for completion with parameter
/// snippets, read from the one table (`Builtin.table`).
package struct BuiltinSignature: Sendable {
    /// What a rule writes: `alder`.
    package let name: String
    /// Each parameter's name and type, as the reference writes them (`født`, `dato`).
    package let parameters: [(name: String, type: String)]
    /// The result type's name.
    package let result: String
    /// The Norwegian description from the reference.
    package let description: String
}

extension Builtin {
    /// Every built-in function's signature, in table order.
    package static let signatures: [BuiltinSignature] = table.map { function in
        BuiltinSignature(name: function.name, parameters: function.parameters.map { ($0.name, $0.type.displayName) },
                         result: function.resultDisplayName, description: function.description)
    }
}
