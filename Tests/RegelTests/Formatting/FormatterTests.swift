import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// `regel formater`: the tokens and their trivia are the file byte for byte; formatting keeps
/// what a file says, is idempotent, and leaves a file with syntax errors alone.
@Suite struct FormatterTests {
    static var repositoryFiles: [String] {
        Repository.files(in: "rules", endingWith: ".regel") + Repository.files(in: "grammar/examples", endingWith: ".regel")
            + Repository.files(in: "Tests/RegelTests/Corpus", endingWith: ".regel")
    }

    func format(_ text: String) -> RegelFormatter.Result {
        RegelFormatter.format(SourceFile(name: "test.regel", text: text))
    }

    @Test func tokensAndTriviaAreTheFileByteForByte() throws {
        let paths = Self.repositoryFiles
        #expect(paths.count > 80)
        for path in paths {
            let file = try SourceFile(name: path, bytes: [UInt8](Data(contentsOf: Repository.root.appendingPathComponent(path))))
            var rebuilt: [UInt8] = []
            for token in Lexer.tokenize(file) {
                rebuilt += file.bytes[token.triviaStart..<token.range.start]
                rebuilt += file.bytes[token.range.start..<token.range.end]
                let pieces = token.leadingTrivia(in: file).map(\.text).joined()
                #expect(pieces == String(decoding: file.bytes[token.triviaStart..<token.range.start], as: UTF8.self), "\(path)")
            }
            #expect(rebuilt == file.bytes, "\(path)")
        }
    }

    @Test func everyFileInTheRepositoryFormatsIdempotentlyToTheSameDeclarations() throws {
        var formatted = 0
        for path in Self.repositoryFiles {
            let file = try SourceFile(name: path, bytes: [UInt8](Data(contentsOf: Repository.root.appendingPathComponent(path))))
            let result = RegelFormatter.format(file)
            guard let text = result.text else {
                // Only files with syntax errors are refused (the diagnostic corpus has many).
                #expect(!result.diagnostics.isEmpty && result.diagnostics.allSatisfy { $0.code != .cannotFormat }, "\(path)")
                continue
            }
            formatted += 1
            let again = format(text)
            #expect(again.text == text && !again.changed, "\(path) is not formatted the same way twice")
            #expect(SyntaxShape.of(parse(text).declarations) == SyntaxShape.of(Parser.parse(file).declarations), "\(path)")
        }
        #expect(formatted >= 20)
    }

    @Test func theRulesFolderIsFormatted() throws {
        for path in Repository.files(in: "rules", endingWith: ".regel") {
            let file = try SourceFile(name: path, bytes: [UInt8](Data(contentsOf: Repository.root.appendingPathComponent(path))))
            #expect(RegelFormatter.format(file).changed == false, "\(path): run «regel formater rules»")
        }
    }

    /// The rule library, laid out badly (extra blanks, blank lines, comments, deeper indentation),
    /// then formatted: the same rules, and the same test results.
    @Test func aFormattedLibraryIsTheSameProgram() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-formater-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var random = SplitMix(seed: 30)
        for path in Repository.files(in: "rules", endingWith: ".regel") {
            var text = try Repository.read(path)
            // Every line twice as deep, and layout changes that keep the tokens.
            text = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                String(repeating: " ", count: line.prefix(while: { $0 == " " }).count) + line
            }.joined(separator: "\n")
            var bytes = Array(text.utf8)
            for _ in 0..<40 { layoutMutation(&bytes, &random) }
            let file = SourceFile(name: path, bytes: bytes)
            let formatted = try #require(RegelFormatter.format(file).text, "\(path)")
            let target = folder.appendingPathComponent(String(path.dropFirst("rules/".count)))
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(formatted.utf8).write(to: target)
        }
        let original = try #require(RegelCompiler.compile(folder: Repository.root.appendingPathComponent("rules").path).program)
        let reformatted = try #require(RegelCompiler.compile(folder: folder.path).program)
        #expect(reformatted.rules.map(\.name) == original.rules.map(\.name))
        let before = TestRunner.run(original), after = TestRunner.run(reformatted)
        #expect(after.results.map(\.name) == before.results.map(\.name))
        #expect(after.results.map(\.failures.count) == before.results.map(\.failures.count))
        #expect(after.results.count > 100)
    }

    @Test func theLayout() {
        let source = """


        # Reglene for et lite eksempel   \r
        faktum  alder :   tall
           spørsmål   "Hvor gammel er barnet?"


        faktum syk: ja/nei
        regel   rett    # en kommentar
              hjemmel pbrl § 2-5 c
              når alder<18 og ( syk eller ikke syk ) og
                   avrund( alder ,2 )>1
              # hører til lovteksten under
        lovtekst l "Tittel"
            kilde pbrl § 2-5 c
            \"\"\"
            Første linje.
              Innrykket linje.

            Siste linje.
            \"\"\"

        """
        let expected = """
        # Reglene for et lite eksempel
        faktum alder: tall
          spørsmål "Hvor gammel er barnet?"

        faktum syk: ja/nei
        regel rett # en kommentar
          hjemmel pbrl § 2-5 c
          når alder < 18 og (syk eller ikke syk) og
            avrund(alder, 2) > 1
        # hører til lovteksten under
        lovtekst l "Tittel"
          kilde pbrl § 2-5 c
          \"\"\"
          Første linje.
            Innrykket linje.

          Siste linje.
          \"\"\"

        """
        let result = format(source)
        #expect(result.text == expected)
        #expect(result.changed)
        #expect(format(expected).changed == false)
    }

    /// The guide's example: each `regel uformatert` block formats to the `regel formatert` block after it.
    @Test func theGuidesExample() throws {
        let blocks = Repository.codeBlocks(in: try Repository.read("docs/veiledning.md"))
        let pairs = zip(blocks, blocks.dropFirst()).filter { $0.0.info == "regel uformatert" }
        #expect(pairs.count == 1)
        for (before, after) in pairs {
            #expect(after.info == "regel formatert")
            #expect(format(before.body).text == after.body)
        }
    }

    @Test func aFileWithSyntaxErrorsIsLeftAsItIs() {
        let result = format("faktum a ja/nei\nregel r\n  hjemmel x § 1\n  når a\n")
        #expect(result.text == nil)
        #expect(result.diagnostics.map(summary) == ["R0203 1:10 forventet «:» og en type i faktumet «a», men fant ordet «ja»"])
    }

    @Test func thousandsOfMutantsThatStillParseFormatIdempotently() {
        var random = SplitMix(seed: 1411)
        let sources = MutationTests.seeds.map { Array($0.utf8) }
        let mutator = MutationTests()
        var checked = 0
        for round in 0..<2_000 {
            var bytes = sources[round % sources.count]
            for _ in 0...random.below(3) {
                if random.below(4) == 0 { mutator.mutate(&bytes, &random) } else { layoutMutation(&bytes, &random) }
            }
            let file = SourceFile(name: "mutant-\(round).regel", bytes: bytes)
            guard Parser.parse(file).diagnostics.allSatisfy({ $0.severity != .error }) else { continue }
            let result = RegelFormatter.format(file)
            guard let text = result.text else {
                Issue.record("round \(round): refused \(result.diagnostics.map(summary))")
                continue
            }
            checked += 1
            let again = format(text)
            #expect(again.text == text, "round \(round): not idempotent")
        }
        #expect(checked >= 700, "only \(checked) mutants parsed")
    }

    /// Changes that keep the tokens: blanks between tokens, blank lines, trailing blanks, comments.
    func layoutMutation(_ bytes: inout [UInt8], _ random: inout SplitMix) {
        guard !bytes.isEmpty else { return }
        // Blanks between two tokens on a line (not indentation, which would change the structure,
        // and not inside a text).
        let spaces = Lexer.tokenize(SourceFile(name: "m.regel", bytes: bytes)).compactMap { token -> Int? in
            let gap = token.triviaStart..<token.range.start
            guard token.triviaStart > 0, !gap.isEmpty, gap.allSatisfy({ bytes[$0] == 0x20 }) else { return nil }
            return token.triviaStart
        }
        let lineEnds = bytes.indices.filter { bytes[$0] == 0x0A }
        switch random.below(4) {
        case 0 where !spaces.isEmpty: bytes.insert(contentsOf: [UInt8](repeating: 0x20, count: random.below(3) + 1), at: random.pick(spaces))
        case 1 where !lineEnds.isEmpty: bytes.insert(contentsOf: [0x0A, 0x0A], at: random.pick(lineEnds))
        case 2 where !lineEnds.isEmpty: bytes.insert(contentsOf: Array("  # merknad  ".utf8), at: random.pick(lineEnds))
        default: if !lineEnds.isEmpty { bytes.insert(contentsOf: [0x20, 0x20], at: random.pick(lineEnds)) }
        }
    }
}
