/// Structured references to statute text: `hol § 7-2 a første ledd bokstav b`.
extension Parser {
    /// Grammar: henvisning → NAVN { "-" NAVN } "§" paragraf { leddangivelse }
    mutating func parseCitation(in context: String) -> Citation? {
        let start = current.range.start
        // A law's short name may be any word, even a keyword such as `test`, since `§` follows.
        var law: Name
        if current.kind.isKeyword && !endsLine && peek().kind == .section {
            law = Name(text: text(current), range: current.range)
            advance()
        } else if let name = expectName(in: context) {
            law = name
        } else {
            return nil
        }
        // `nav-loven`: a short name with hyphens, written without spaces.
        var lawText = law.text
        while at(.minus) && current.range.start == previous.range.end && peek().kind == .identifier
                && peek().range.start == current.range.end {
            advance()
            lawText += "-" + text(current)
            advance()
        }
        law = Name(text: lawText, range: law.range.union(previous.range))
        guard expect(.section, ParsingMessages.Expected.section(after: law.text), in: context) != nil else { return nil }
        guard let section = parseSectionNumber(in: context) else { return nil }
        var parts = CitationParts()
        while !endsLine && !at(.comma) {
            guard parseCitationPart(&parts, in: context) else { return nil }
        }
        return Citation(law: law, section: section, ledd: parts.ledd, bokstav: parts.bokstav, nummer: parts.nummer,
                        punktum: parts.punktum, range: SourceRange(start: start, end: previous.range.end))
    }

    /// Grammar: paragraf → TALL { "-" TALL | BOKSTAV }
    ///
    /// Read as written: `2-5 c`, `4A-14`, `13 b`. The text is kept with single spaces.
    mutating func parseSectionNumber(in context: String) -> String? {
        guard at(.number) else {
            report(.invalidCitation, ParsingMessages.expectedSection(found: endsLine ? ParsingMessages.Found.endOfLine : describe(current)),
                   at: endsLine ? .at(previous.range.end) : current.range)
            return nil
        }
        var section = text(current)
        advance()
        while !endsLine {
            let glued = current.range.start == previous.range.end
            if at(.minus) && peek().kind == .number && !peek().atLineStart {
                advance()
                section += "-" + text(current)
                advance()
            } else if at(.identifier), isSectionLetter(text(current)) {
                section += (glued ? "" : " ") + text(current)
                advance()
            } else {
                break
            }
        }
        return section
    }

    /// A letter after the number (`a`, `A`), but not `ledd`, `bokstav` or an ordinal.
    func isSectionLetter(_ word: String) -> Bool {
        word.count == 1 && word.allSatisfy(\.isLetter)
    }

    /// Grammar: leddangivelse → ORDENSTALL 'ledd' | ORDENSTALL 'punktum' | 'bokstav' NAVN | 'nr' [ "." ] TALL
    mutating func parseCitationPart(_ parts: inout CitationParts, in context: String) -> Bool {
        let word = text(current)
        if at(.identifier), let ordinal = ContextualWord.ordinals[word] {
            advance()
            let unit = at(.identifier) ? text(current) : ""
            if unit == ContextualWord.ledd { parts.ledd = ordinal } else if unit == ContextualWord.punktum { parts.punktum = ordinal } else {
                reportExpected(ParsingMessages.Expected.leddOrPunktum(after: word), in: context, code: .invalidCitation)
                return false
            }
            advance()
            return true
        }
        if at(.identifier) && word == ContextualWord.bokstav {
            advance()
            guard at(.identifier) else {
                reportExpected(ParsingMessages.Expected.letterAfterBokstav, in: context, code: .invalidCitation)
                return false
            }
            parts.bokstav = text(current)
            advance()
            return true
        }
        if at(.identifier) && word == ContextualWord.nummer {
            advance()
            eat(.dot)
            guard at(.number) else {
                reportExpected(ParsingMessages.Expected.numberAfterNr, in: context, code: .invalidCitation)
                return false
            }
            parts.nummer = text(current)
            advance()
            return true
        }
        report(.invalidCitation, ParsingMessages.unexpectedInCitation(describe(current)), at: current.range)
        return false
    }
}

/// The optional parts of a citation, as they are read.
struct CitationParts {
    var ledd: Int?
    var bokstav: String?
    var nummer: String?
    var punktum: Int?
}
