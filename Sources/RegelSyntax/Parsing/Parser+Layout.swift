/// Clauses, names and nesting: the pieces every declaration shares.
extension Parser {
    /// Reads the indented clause lines under a declaration header. `clause`
    /// consumes one clause and returns false when the line starts with
    /// something that is no clause of this declaration.
    /// The words that start a clause in some declaration, for «mente du».
    static let clauseWords = ["hjemmel", "når", "verdi", "hvis", "ellers", "gjelder", "spørsmål", "veiledning", "kilde",
                              "gitt", "forvent", "vurderingsdato"]

    /// A clause word close to `word`: by spelling, or one is the other cut short (`gjeld`, `forventer`).
    static func meantClause(_ word: String) -> String? {
        let lowered = word.lowercased()
        return Suggest.closest(to: lowered, among: clauseWords)
            ?? clauseWords.first { lowered.count >= 3 && ($0.hasPrefix(lowered) || lowered.hasPrefix($0)) }
    }

    mutating func parseClauses(in context: String, _ clause: (inout Parser) -> Bool) {
        expectLineEnd(after: context)
        while !atDeclarationStart {
            recovering = false
            let line = current
            openLine()
            if !clause(&self) {
                if current.range == line.range {
                    // A misspelt clause word (`hjemel`, `nar`, `gjeld`) gets the word it was meant to be.
                    let word = text(current)
                    let meant = current.kind == .identifier ? Parser.meantClause(word) : nil
                    report(.unexpectedClause, ParsingMessages.unexpectedClause(describe(current), in: context), at: current.range,
                           fix: meant.map { FixIt(message: ParsingMessages.Fix.didYouMean($0), replacement: $0) })
                    // Read on as if the word were spelt right, so the lines under it are not lost.
                    if let meant, let keyword = Keyword.byText[meant] {
                        tokens[position].kind = .keyword(keyword)
                        if clause(&self) {
                            if position == lineOpener { skipLine() }
                            continue
                        }
                    }
                }
                skipLine()
                continue
            }
            if position == lineOpener { skipLine() }
            expectLineEnd(after: context)
        }
    }

    /// Reports a second `når`, `spørsmål` or similar in one declaration.
    mutating func checkNotDuplicate(_ seen: Bool, _ clause: String, in context: String) {
        guard seen else { return }
        report(.duplicateClause, ParsingMessages.duplicateClause(clause, in: context), at: current.range)
        recovering = false
    }

    /// Reads one name, reporting a keyword used as a name.
    mutating func expectName(in context: String) -> Name? {
        if at(.identifier) {
            defer { advance() }
            return Name(text: text(current), range: current.range)
        }
        if case .keyword(let keyword) = current.kind, !endsLine {
            report(.expectedName, ParsingMessages.keywordAsName(keyword.rawValue, in: context), at: current.range)
        } else {
            reportExpected("et navn", in: context, code: .expectedName)
        }
        return nil
    }

    /// Grammar: sti → NAVN { "." NAVN }
    mutating func parsePath(in context: String) -> Path? {
        guard let first = expectName(in: context) else { return nil }
        var components = [first]
        while at(.dot) {
            advance()
            guard let next = expectNameAfterDot(in: context) else { break }
            components.append(next)
        }
        return Path(components: components)
    }

    /// After a dot any word is a name, so `søknad.til` works although `til` is a keyword.
    mutating func expectNameAfterDot(in context: String) -> Name? {
        if at(.identifier) || (current.kind.isKeyword && !endsLine) {
            defer { advance() }
            return Name(text: text(current), range: current.range)
        }
        reportExpected(ParsingMessages.Expected.nameAfterDot, in: context, code: .expectedName)
        return nil
    }

    /// Counts one level of nesting; past the limit, reports once and skips
    /// the rest of the line so the parser never recurses without bound.
    mutating func enterNesting() -> Bool {
        guard depth < Parser.maxDepth else {
            report(.nestingTooDeep, ParsingMessages.nestingTooDeep(Parser.maxDepth), at: current.range)
            while !endsLine { advance() }
            return false
        }
        depth += 1
        return true
    }
}

extension TokenKind {
    var isKeyword: Bool {
        if case .keyword = self { return true }
        return false
    }
}
