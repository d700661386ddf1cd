import Regel

/// `textDocument/definition` and `textDocument/references`, from the semantic index, and for
/// quantifier variables from the syntax tree.
extension LanguageServer {
    func definition(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let offset = try context.offset(params)
        let index = context.compilation.index
        if let occurrence = index.occurrence(at: offset, in: context.file.name) {
            // A rule with several versions is declared in several places; each is a definition.
            let definitions = index.references(to: occurrence.symbol).filter(\.isDefinition)
            return .array(definitions.compactMap { context.location($0.file, $0.range) })
        }
        if let local = LocalNames.variable(at: offset, in: context) {
            return .array([context.location(context.file.name, local.declaration)].compactMap { $0 })
        }
        if let imported = importedFile(at: offset, context) {
            return .array([context.location(imported.name, .at(0))].compactMap { $0 })
        }
        return .null
    }

    /// The file an `importer "…"` at `offset` names, when it was read into the compilation.
    func importedFile(at offset: Int, _ context: DocumentContext) -> SourceFile? {
        for case .importFile(let declaration) in context.tree.declarations
        where declaration.pathRange.start <= offset && offset <= declaration.pathRange.end {
            let wanted = Workspace.standardized(workspace.folder(for: context.file.name) + "/" + declaration.path)
            return context.compilation.files.first { Workspace.standardized($0.name) == wanted }
        }
        return nil
    }

    func references(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let offset = try context.offset(params)
        let includeDeclaration = params?["context"]?["includeDeclaration"]?.boolValue ?? true
        let index = context.compilation.index
        if let occurrence = index.occurrence(at: offset, in: context.file.name) {
            let all = index.references(to: occurrence.symbol, includingDefinitions: includeDeclaration)
            return .array(all.compactMap { context.location($0.file, $0.range) })
        }
        if let (variable, uses) = localWithUses(at: offset, context) {
            let ranges = (includeDeclaration ? [variable.declaration] : []) + uses
            return .array(ranges.compactMap { context.location(context.file.name, $0) })
        }
        return .null
    }

    /// The quantifier variable at `offset` and every use of it.
    func localWithUses(at offset: Int, _ context: DocumentContext) -> (LocalVariable, [SourceRange])? {
        LocalNames.all(in: context).first { variable, uses in
            ([variable.declaration] + uses).contains { $0.start <= offset && offset <= $0.end }
        }
    }
}
