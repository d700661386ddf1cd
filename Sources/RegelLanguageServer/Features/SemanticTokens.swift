import Regel

/// The semantic token types and modifiers, in legend order. Facts, vurderinger and rules have
/// types of their own (editors map them to colours, see editors/README.md); the rest are the
/// protocol's standard types, which editors colour without configuration.
package enum SemanticTokenLegend {
    package static let types = ["faktum", "vurdering", "regel", "enumMember", "type", "keyword", "string", "number",
                                "comment", "function", "parameter", "namespace", "property"]
    package static let modifiers = ["declaration", "defaultLibrary"]
}

/// `textDocument/semanticTokens/full`: highlighting that knows what each name is, so facts,
/// vurderinger, rules and enumeration values look different, which a grammar alone cannot tell.
enum SemanticTokens {
    static let types = SemanticTokenLegend.types
    static let modifiers = SemanticTokenLegend.modifiers

    static let legend: JSONValue = .object([
        "tokenTypes": .array(types.map { .string($0) }), "tokenModifiers": .array(modifiers.map { .string($0) }),
    ])

    static func type(_ name: String) -> Int { types.firstIndex(of: name)! }

    struct Token {
        let range: SourceRange
        let type: Int
        let modifiers: Int
    }

    /// The file's tokens as the protocol encodes them: five numbers per token, each position
    /// relative to the one before.
    static func encode(_ context: DocumentContext) -> [Int] {
        let file = context.file
        var tokens = classify(context)
        tokens.sort { $0.range.start < $1.range.start }
        var data: [Int] = []
        var previous = Position(line: 0, character: 0)
        for token in tokens {
            for piece in lines(of: token.range, in: file) {
                let start = file.position(of: piece.start, context.encoding)
                let end = file.position(of: piece.end, context.encoding)
                guard end.character > start.character else { continue }
                let deltaLine = start.line - previous.line
                data += [deltaLine, deltaLine == 0 ? start.character - previous.character : start.character,
                         end.character - start.character, token.type, token.modifiers]
                previous = start
            }
        }
        return data
    }

    /// A range split at line breaks: clients draw a token on one line.
    static func lines(of range: SourceRange, in file: SourceFile) -> [SourceRange] {
        let first = file.line(of: range.start), last = file.line(of: range.end)
        guard first != last else { return [range] }
        return (first...last).map { line in
            SourceRange(start: max(range.start, file.lineStart(line)), end: min(range.end, file.lineContentEnd(line)))
        }
    }

    static func classify(_ context: DocumentContext) -> [Token] {
        let file = context.file
        let occurrences = context.compilation.index.occurrences.filter { $0.file == file.name }.sorted { $0.range.start < $1.range.start }
        let details = context.compilation.index.details
        var locals: [Int: Bool] = [:]   // start offset → is declaration
        for (variable, uses) in LocalNames.all(in: context) {
            locals[variable.declaration.start] = true
            for use in uses { locals[use.start] = false }
        }
        var result: [Token] = []
        var previousKind: TokenKind?
        for token in context.tokens {
            defer { previousKind = token.kind }
            var offset = token.triviaStart
            for piece in token.leadingTrivia(in: file) {
                let length = piece.text.utf8.count
                if case .comment = piece { result.append(Token(range: SourceRange(start: offset, end: offset + length), type: type("comment"), modifiers: 0)) }
                offset += length
            }
            switch token.kind {
            case .keyword: result.append(Token(range: token.range, type: type("keyword"), modifiers: 0))
            case .string, .textBlock: result.append(Token(range: token.range, type: type("string"), modifiers: 0))
            case .number, .date, .duration: result.append(Token(range: token.range, type: type("number"), modifiers: 0))
            case .identifier:
                if let declaration = locals[token.range.start] {
                    result.append(Token(range: token.range, type: type("parameter"), modifiers: declaration ? 1 : 0))
                } else if let occurrence = innermost(occurrences, containing: token.range) {
                    let (name, library) = typeName(occurrence.symbol, details)
                    result.append(Token(range: token.range, type: type(name), modifiers: (occurrence.isDefinition ? 1 : 0) | (library ? 2 : 0)))
                } else if ContextualWord.typeNames.contains(file.text(token.range)),
                          previousKind == .colon || previousKind == .keyword(.av) {
                    result.append(Token(range: token.range, type: type("type"), modifiers: 2))
                } else if previousKind == .dot {
                    result.append(Token(range: token.range, type: type("property"), modifiers: 0))
                }
            default: break
            }
        }
        return result
    }

    static func typeName(_ symbol: SemanticIndex.Symbol, _ details: [SemanticIndex.Symbol: SemanticIndex.Details]) -> (String, Bool) {
        switch symbol {
        case .fact: return (details[symbol]?.isJudgement == true ? "vurdering" : "faktum", false)
        case .rule: return ("regel", false)
        case .type: return ("type", false)
        case .enumerationValue: return ("enumMember", false)
        case .lovtekst: return ("namespace", false)
        case .builtin: return ("function", true)
        case .field: return ("property", false)
        }
    }

    /// The smallest occurrence whose range holds `range`, by binary search on the sorted starts.
    static func innermost(_ occurrences: [SemanticIndex.Occurrence], containing range: SourceRange) -> SemanticIndex.Occurrence? {
        var low = 0, high = occurrences.count
        while low < high {
            let mid = (low + high) / 2
            if occurrences[mid].range.start <= range.start { low = mid + 1 } else { high = mid }
        }
        var best: SemanticIndex.Occurrence?
        var index = low - 1
        // Occurrences that start before the token may still hold it (a dotted fact name); a few
        // steps back is enough, since names do not nest deeply.
        while index >= 0 && low - index <= 8 {
            let candidate = occurrences[index]
            if candidate.range.start <= range.start && range.end <= candidate.range.end,
               best.map({ candidate.range.end - candidate.range.start < $0.range.end - $0.range.start }) ?? true {
                best = candidate
            }
            index -= 1
        }
        return best
    }
}

extension LanguageServer {
    func semanticTokens(_ params: JSONValue?) throws(ResponseError) -> JSONValue {
        let context = try context(params)
        return .object(["data": .array(SemanticTokens.encode(context).map { .int($0) })])
    }
}
