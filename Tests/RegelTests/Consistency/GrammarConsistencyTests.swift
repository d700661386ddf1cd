import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Keeps grammar/ true: the EBNF and the parser's `Grammar:` comments say the same,
/// the keywords are the lexer's, and every example in the repository parses.
@Suite struct GrammarConsistencyTests {
    /// `navn → høyreside` lines, whitespace normalised.
    static func productions(_ lines: [String]) -> [String: String] {
        var found: [String: String] = [:]
        for line in lines {
            let parts = line.components(separatedBy: " → ")
            guard parts.count >= 2, let name = parts.first?.trimmingCharacters(in: .whitespaces),
                  name.first?.isLowercase == true, !name.contains(" ") else { continue }
            found[name] = normalise(parts.dropFirst().joined(separator: " → "))
        }
        return found
    }

    static func normalise(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    static func ebnf() throws -> [String: String] {
        productions(try Repository.read("grammar/regel.ebnf").components(separatedBy: "\n"))
    }

    static func parserComments() throws -> [String: String] {
        var lines: [String] = []
        for path in Repository.files(in: "Sources/RegelSyntax/Parsing", endingWith: ".swift") {
            for line in try Repository.read(path).components(separatedBy: "\n") {
                guard let range = line.range(of: "/// Grammar: ") else { continue }
                lines.append(String(line[range.upperBound...]))
            }
        }
        return productions(lines)
    }

    @Test func ebnfMatchesTheParser() throws {
        let grammar = try Self.ebnf(), comments = try Self.parserComments()
        #expect(!grammar.isEmpty)
        for name in Set(grammar.keys).union(comments.keys).sorted() {
            #expect(grammar[name] == comments[name], "rule «\(name)»: grammar/regel.ebnf says \(grammar[name] ?? "nothing"), the parser says \(comments[name] ?? "nothing")")
        }
    }

    @Test func keywordsAreTheLexersTable() throws {
        let text = try Repository.read("grammar/regel.ebnf")
        let regex = try NSRegularExpression(pattern: #""(\p{L}+)""#)
        let matches = regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
        let terminals = Set(matches.compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } })
        #expect(terminals == Set(Keyword.allCases.map(\.rawValue)))
    }

    @Test func everyParseFunctionNamesItsRule() throws {
        // Helpers that read part of a rule, or several rules at once, and so carry no rule of their own.
        let helpers: Set<String> = ["parseInput", "parseHjemmelReferences", "parseClauses", "parseBracketed", "parseSectionLines", "parseParenthesized",
                                    "parseNameOrCall", "parseLogical", "parseConditionItem", "parseSectionNumber",
                                    "parseCitationPart", "parseExpectation", "parseAssignment", "parseRuleClause",
                                    "parseExceptionClause", "parsePath", "parseExpression", "parseFile", "parseDeclaration"]
        for path in Repository.files(in: "Sources/RegelSyntax/Parsing", endingWith: ".swift") {
            let lines = try Repository.read(path).components(separatedBy: "\n")
            for (index, line) in lines.enumerated() {
                guard let range = line.range(of: #"func (parse\w+)"#, options: .regularExpression) else { continue }
                let name = String(line[range].dropFirst(5))
                let comment = lines[max(0, index - 4)..<index].joined(separator: "\n")
                #expect(comment.contains("Grammar:") || helpers.contains(name),
                        "\(path): \(name) has no `/// Grammar:` comment")
            }
        }
    }

    static var exampleFiles: [String] {
        Repository.files(in: "grammar/examples", endingWith: ".regel") + Repository.files(in: "rules", endingWith: ".regel")
    }

    @Test(arguments: exampleFiles) func examplesCheckClean(path: String) throws {
        let folder = path.hasPrefix("rules") ? "rules" : "grammar/examples"
        let compilation = RegelCompiler.compile(folder: Repository.root.appendingPathComponent(folder).path)
        let own = compilation.diagnostics.filter { $0.file?.name.hasSuffix(path) ?? true }
        #expect(own.isEmpty, "\(TextRenderer().render(own))")
    }

    static var documents: [String] {
        Repository.files(in: "docs", endingWith: ".md") + ["README.md", "grammar/README.md", "rules/README.md"]
            .filter { FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent($0).path) }
    }

    @Test(arguments: documents) func regelBlocksInDocsParse(path: String) throws {
        let text = try Repository.read(path)
        for block in Repository.codeBlocks(in: text) {
            let words = block.info.split(separator: " ").map(String.init)
            guard words.first == "regel" else { continue }
            let file = SourceFile(name: "\(path):\(block.line)", text: block.body)
            if words.count >= 2, words[1] == "kjør" {
                // A whole example: it compiles without diagnostics and its tests pass.
                let compilation = RegelCompiler.compile(files: [file], root: nil)
                #expect(compilation.diagnostics.isEmpty, "\(TextRenderer().render(compilation.diagnostics))")
                if let program = compilation.program {
                    let report = TestRunner.run(program)
                    #expect(!report.results.isEmpty, "\(path):\(block.line) is marked «kjør» but has no tests")
                    for result in report.results where !result.passed { Issue.record("\(path):\(block.line): \(TestReportText.failure(result))") }
                }
            } else if words.count >= 3, words[1] == "feil" {
                let codes = RegelChecker.check(files: [file]).diagnostics.map(\.code.code)
                #expect(codes.contains(words[2]), "\(path):\(block.line) should give \(words[2]) but gives \(codes)")
            } else {
                let found = Parser.parse(file).diagnostics
                #expect(found.isEmpty, "\(path):\(block.line): \(found.map(summary))")
            }
        }
    }
}
