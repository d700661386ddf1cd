import Foundation
import Testing
@testable import RegelSyntax

/// The set-ups in editors/ start `regel lsp` for `.regel` files, the VS Code extension is valid
/// and names files that exist, and the word lists the editors carry are the lexer's.
@Suite struct EditorConfigurationTests {
    static func json(_ path: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(Repository.read(path).utf8))
        return try #require(object as? [String: Any], "\(path) is not a JSON object")
    }

    static func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: Repository.root.appendingPathComponent(relative).path)
    }

    /// The keywords of the lexer other than the three truth values, which editors colour as constants.
    static let keywordsWithoutConstants = Set(Keyword.allCases.map(\.rawValue)).subtracting(["ja", "nei", "ukjent"])

    @Test func vscodePackageContributesTheLanguageAndTheGrammar() throws {
        let package = try Self.json("editors/vscode/package.json")
        let contributes = try #require(package["contributes"] as? [String: Any])
        let languages = try #require(contributes["languages"] as? [[String: Any]])
        let language = try #require(languages.first { $0["id"] as? String == "regel" }, "no language «regel»")
        #expect(language["extensions"] as? [String] == [".regel"])
        let configuration = try #require(language["configuration"] as? String)
        #expect(Self.exists("editors/vscode/" + configuration), "\(configuration) does not exist")

        let grammars = try #require(contributes["grammars"] as? [[String: Any]])
        let grammar = try #require(grammars.first { $0["language"] as? String == "regel" }, "no grammar for «regel»")
        let path = try #require(grammar["path"] as? String)
        #expect(Self.exists("editors/vscode/" + path), "\(path) does not exist")
        let scopeName = try Self.json(TextMateGrammarTests.grammarPath)["scopeName"] as? String
        #expect(grammar["scopeName"] as? String == scopeName)
        #expect((package["engines"] as? [String: Any])?["vscode"] is String, "VS Code needs engines.vscode")
    }

    @Test func vscodeExtensionCarriesTheGrammar() throws {
        let copy = try Repository.read("editors/vscode/syntaxes/regel.tmLanguage.json")
        #expect(copy == (try Repository.read(TextMateGrammarTests.grammarPath)),
                "editors/vscode/syntaxes/regel.tmLanguage.json differs from grammar/; copy it again: cp grammar/regel.tmLanguage.json editors/vscode/syntaxes/")
    }

    @Test func vscodeLanguageConfigurationHasCommentsAndBrackets() throws {
        let configuration = try Self.json("editors/vscode/language-configuration.json")
        #expect((configuration["comments"] as? [String: Any])?["lineComment"] as? String == "#")
        #expect(configuration["brackets"] as? [[String]] == [["(", ")"], ["[", "]"], ["{", "}"]])
        let closing = (configuration["autoClosingPairs"] as? [[String: Any]] ?? []).compactMap { $0["open"] as? String }
        #expect(Set(closing) == ["(", "[", "{", "\""])
    }

    /// The indentation rules agree with the canonical layout: every line that the next code line
    /// is indented under matches `increaseIndentPattern`, and a closing bracket matches
    /// `decreaseIndentPattern`.
    @Test func vscodeIndentationRulesFollowTheRuleLibrary() throws {
        let rules = try #require(try Self.json("editors/vscode/language-configuration.json")["indentationRules"] as? [String: String])
        let increase = try NSRegularExpression(pattern: try #require(rules["increaseIndentPattern"]))
        let decrease = try NSRegularExpression(pattern: try #require(rules["decreaseIndentPattern"]))
        func matches(_ regex: NSRegularExpression, _ line: String) -> Bool {
            regex.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
        }
        var opening = 0, misses: [String] = []
        for path in Repository.files(in: "rules", endingWith: ".regel") + Repository.files(in: "grammar/examples", endingWith: ".regel") {
            for (line, next) in Self.codeLinePairs(try Repository.read(path)) where Self.indent(next) > Self.indent(line) {
                opening += 1
                if !matches(increase, line) { misses.append("\(path): «\(line)»") }
            }
        }
        #expect(opening > 50, "only \(opening) lines open a level")
        #expect(misses.isEmpty, "increaseIndentPattern misses \(misses.count) lines, first: \(misses.prefix(5))")
        #expect(matches(decrease, "  )") && matches(decrease, "]") && !matches(decrease, "  når (a"))
        #expect(!matches(increase, "faktum"), "a declaration keyword alone has nothing to open yet")
        #expect(!matches(increase, "  når a og b"))
    }

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// Each code line with the code line after it, leaving out blank lines, comment lines and the
    /// inside of text blocks.
    static func codeLinePairs(_ text: String) -> [(String, String)] {
        var code: [String] = [], inBlock = false
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let quotes = trimmed.components(separatedBy: "\"\"\"").count - 1
            if inBlock || quotes > 0 {
                if quotes % 2 == 1 { inBlock.toggle() }
                continue
            }
            if !trimmed.isEmpty && !trimmed.hasPrefix("#") { code.append(line) }
        }
        return Array(zip(code, code.dropFirst()))
    }

    @Test(arguments: ["editors/helix/languages.toml", "editors/neovim/regel.lua", "editors/emacs/regel-mode.el"])
    func startsTheLanguageServer(_ path: String) throws {
        let text = try Repository.read(path)
        let server: [String: String] = [
            "editors/helix/languages.toml": "command = \"regel\"\nargs = [\"lsp\"]",
            "editors/neovim/regel.lua": "local server = { 'regel', 'lsp' }",
            "editors/emacs/regel-mode.el": "'(regel-mode \"regel\" \"lsp\")",
        ]
        #expect(text.contains(try #require(server[path])), "\(path) does not start «regel lsp»")
    }

    @Test func helixKnowsTheLanguage() throws {
        let text = try Repository.read("editors/helix/languages.toml")
        for line in ["name = \"regel\"", "file-types = [\"regel\"]", "comment-token = \"#\"", "language-servers = [\"regel-lsp\"]", "[language-server.regel-lsp]"] {
            #expect(text.contains(line), "languages.toml lacks \(line)")
        }
    }

    @Test func neovimSetsFiletypeAndComments() throws {
        let text = try Repository.read("editors/neovim/regel.lua")
        for line in ["vim.filetype.add({ extension = { regel = 'regel' } })", "bo.commentstring = '# %s'",
                     "vim.lsp.config('regel', { cmd = server, filetypes = { 'regel' }", "vim.lsp.enable('regel')", "vim.lsp.start(",
                     "bo.indentexpr = 'v:lua.regel_indent(v:lnum)'"] {
            #expect(text.contains(line), "regel.lua lacks \(line)")
        }
    }

    @Test func neovimKeywordsAreTheLexers() throws {
        let text = try Repository.read("editors/neovim/regel.lua")
        let list = try #require(text.components(separatedBy: "local keywords = [[").dropFirst().first?.components(separatedBy: "]]").first)
        #expect(Set(list.split(whereSeparator: \.isWhitespace).map(String.init)) == Self.keywordsWithoutConstants)
        #expect(text.contains("local constants = 'ja nei ukjent'"))
    }

    @Test func emacsKeywordsAreTheLexers() throws {
        let text = try Repository.read("editors/emacs/regel-mode.el")
        let list = try #require(text.components(separatedBy: "(defconst regel-keywords").dropFirst().first?.components(separatedBy: ")").first)
        let words = list.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        #expect(Set(words) == Self.keywordsWithoutConstants)
        #expect(words.count == Self.keywordsWithoutConstants.count, "a keyword is listed twice")
        #expect(text.contains("(defconst regel-constants '(\"ja\" \"nei\" \"ukjent\")"))
        #expect(text.contains("(add-to-list 'auto-mode-alist '(\"\\\\.regel\\\\'\" . regel-mode))"))
        #expect(text.contains("(define-derived-mode regel-mode prog-mode \"Regel\""))
    }
}
