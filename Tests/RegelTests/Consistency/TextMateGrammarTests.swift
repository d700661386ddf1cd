import Foundation
import Testing
@testable import RegelSyntax

/// grammar/regel.tmLanguage.json colours every word the lexer knows: each keyword wherever it
/// stands, each contextual word in its place and not where it is a name. The word lists come
/// from the lexer's own tables, so a new keyword without a colour fails here.
@Suite struct TextMateGrammarTests {
    static let grammarPath = "grammar/regel.tmLanguage.json"

    static func highlighter() throws -> TextMateHighlighter {
        try TextMateHighlighter(json: Data(Repository.read(grammarPath).utf8))
    }

    /// The scopes below the grammar's own of each UTF-16 unit of `word`, found as a whole word
    /// on the last line of `text`.
    static func scopes(of word: String, in text: String) throws -> [[String]] {
        let lines = try highlighter().scopes(of: text)
        let last = text.components(separatedBy: "\n").last ?? ""
        let pattern = "(?<![\\p{L}\\p{N}_])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}_])"
        let found = try NSRegularExpression(pattern: pattern).rangeOfFirstMatch(in: last, range: NSRange(location: 0, length: (last as NSString).length))
        try #require(found.location != NSNotFound, "«\(word)» is not a word of «\(last)»")
        return lines[lines.count - 1][found.location..<(found.location + found.length)].map { Array($0.dropFirst()) }
    }

    /// Expects every unit of `word` to have a scope that starts with `prefix`.
    static func expect(_ word: String, in text: String, scope prefix: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let scopes = try scopes(of: word, in: text)
        #expect(!scopes.isEmpty && scopes.allSatisfy { $0.contains { $0.hasPrefix(prefix) } },
                "«\(word)» in «\(text)» has the scopes \(Set(scopes)), not \(prefix)…", sourceLocation: sourceLocation)
    }

    static func expectedScope(_ keyword: Keyword) -> String {
        [.ja, .nei, .ukjent].contains(keyword) ? "constant.language" : "keyword"
    }

    @Test(arguments: Keyword.allCases)
    func keywordAloneOnALine(_ keyword: Keyword) throws {
        try Self.expect(keyword.rawValue, in: keyword.rawValue, scope: Self.expectedScope(keyword))
        try Self.expect(keyword.rawValue, in: "regel r\n  \(keyword.rawValue)", scope: Self.expectedScope(keyword))
        try Self.expect(keyword.rawValue, in: "test \"t\"\n  forvent\n    \(keyword.rawValue)", scope: Self.expectedScope(keyword))
    }

    @Test func everyKeywordTokenInTheRepositoryIsHighlighted() throws {
        let highlighter = try Self.highlighter()
        var checked = Set<Keyword>(), failures: [String] = []
        for path in Repository.files(in: "rules", endingWith: ".regel") + Repository.files(in: "grammar/examples", endingWith: ".regel") {
            let text = try Repository.read(path)
            let file = SourceFile(name: path, text: text)
            let scopes = highlighter.scopes(of: text)
            for token in Lexer.tokenize(file) {
                guard case .keyword(let keyword) = token.kind else { continue }
                let line = file.line(of: token.range.start)
                let column = String(decoding: file.bytes[file.lineStart(line)..<token.range.start], as: UTF8.self).utf16.count
                let units = scopes[line - 1][column..<(column + keyword.rawValue.utf16.count)]
                checked.insert(keyword)
                if !units.allSatisfy({ $0.contains { $0.hasPrefix(Self.expectedScope(keyword)) } }) {
                    failures.append("\(path):\(line): «\(keyword.rawValue)» has \(Set(units.map { $0.dropFirst() }))")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) keywords not highlighted, first: \(failures.prefix(10))")
        #expect(checked.count > Keyword.allCases.count / 2, "only \(checked.count) kinds of keyword met")
    }

    /// Each contextual word in a line where it means what the lexer's table says.
    static let contextualCases: [(String, String, String)] =
        ContextualWord.typeNames.sorted().flatMap { name in [
            ("faktum søker.inntekt: \(name)", name, "support.type"),
            ("faktum barn: liste av \(name)", name, "support.type"),
            ("type person:\n  navn: \(name)", name, "support.type"),
        ] }
        + ContextualWord.ordinals.keys.sorted().flatMap { ordinal in [
            ("regel r\n  hjemmel ftrl § 3-1 \(ordinal) ledd bokstav b nr. 2 første punktum", ordinal, "keyword"),
            ("lovtekst l\n  kilde hpl § 22 \(ordinal) ledd", ordinal, "keyword"),
        ] }
        + [ContextualWord.ledd, ContextualWord.bokstav, ContextualWord.nummer, ContextualWord.punktum].map { word in
            ("regel r\n  hjemmel ftrl § 3-1 andre ledd bokstav b nr. 2 første punktum", word, "keyword")
        }
        + [("test \"t\"\n  forvent\n    r = ikke i \(ContextualWord.kraft)", ContextualWord.kraft, "keyword")]
        + [("regel r\n  når minst én t i ts der t.k", "én", "keyword"), ("regel r\n  når ingen t i ts der t.k", "ingen", "keyword")]
        + [
            ("regel r\n  ikke \(ContextualWord.kodet) til 2022-07-31 \"merknad\"", ContextualWord.kodet, "keyword"),
            ("regel r\n  ikke \(ContextualWord.kodet) fra 2020-01-01 til 2022-07-31", ContextualWord.kodet, "keyword"),
            ("test \"t\"\n  forvent\n    r = ikke \(ContextualWord.kodet)", ContextualWord.kodet, "keyword"),
            ("test \"t\"\n  forvent\n    r(ts[0]) = ikke \(ContextualWord.kodet) # før 2022", ContextualWord.kodet, "keyword"),
            ("regel r\n  \(ContextualWord.innført) ved \"lov 11. juni 2021 nr. 78\"", ContextualWord.innført, "keyword"),
            ("regel r\n  innført \(ContextualWord.ved) \"lov 11. juni 2021 nr. 78\"", ContextualWord.ved, "keyword"),
            ("regel r\n  hjemmel \(ContextualWord.etter) tjenesten.lov", ContextualWord.etter, "keyword"),
            ("regel r(t: T)\n  hjemmel \(ContextualWord.etter) t.lov", ContextualWord.etter, "keyword"),
        ]
        + Lexer.durationUnits.sorted().flatMap { unit in [
            ("regel r\n  når alder ≥ 6 \(unit)", unit, "constant.numeric"),
            ("regel r\n  når alder ≥ 1,5 \(unit)", unit, "constant.numeric"),
        ] }

    @Test(arguments: contextualCases)
    func contextualWordInItsPlace(_ text: String, _ word: String, _ scope: String) throws {
        try Self.expect(word, in: text, scope: scope)
    }

    /// Where a contextual word or a word after a dot is a name, it gets no colour of a keyword,
    /// a type or a constant.
    @Test(arguments: [
        ("regel r\n  når tekst = \"a\"", "tekst"), ("regel r\n  når dato < 2024-01-01", "dato"),
        ("regel r\n  når ledd > 2", "ledd"), ("regel r\n  verdi første + nr", "første"),
        ("regel r\n  verdi første + nr", "nr"), ("regel r\n  verdi søknad.til", "til"),
        ("regel r\n  verdi år + 1", "år"), ("regel r\n  verdi ingen + 1", "ingen"), ("regel r\n  verdi én", "én"),
        ("regel r\n  når ikke kodet", "kodet"), ("regel r\n  når ikke kodet og f", "kodet"), ("regel r\n  verdi kodet", "kodet"),
        ("regel r\n  verdi innført + ved", "innført"), ("regel r\n  verdi innført + ved", "ved"),
        ("regel r\n  verdi etter + 1", "etter"), ("regel r\n  hjemmel hol § 3-4 etter", "etter"),
    ])
    func namesStayPlain(_ text: String, _ word: String) throws {
        let scopes = try Self.scopes(of: word, in: text)
        #expect(scopes.allSatisfy { $0.isEmpty }, "«\(word)» in «\(text)» has the scopes \(Set(scopes))")
    }
}
