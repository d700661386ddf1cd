import Regel

/// `textDocument/formatting` through the library's formatter (`regel formater`): one edit that
/// replaces the whole text, none when it is formatted already, and none for a file with syntax
/// errors (the formatter refuses those; the errors are already shown as diagnostics).
extension LanguageServer {
    func formatting(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        let result = RegelFormatter.format(context.file)
        guard let text = result.text, result.changed else { return .array([]) }
        let whole = SourceRange(start: 0, end: context.file.bytes.count)
        return .array([.object(["range": context.range(whole), "newText": .string(text)])])
    }
}
