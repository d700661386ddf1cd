import Foundation
import Testing

/// Every user-facing Norwegian sentence lives in a message catalogue (`Messages+*.swift`, SessionHelp.swift,
/// the built-in table, the CLI's command catalogue and help), not in the code that uses it. A string
/// literal elsewhere in a module under Sources/Regel* that holds «quotes» or Norwegian prose is reported
/// with its file and line.
@Suite struct MessageCatalogueTests {
    /// Files that are catalogues themselves.
    static func isCatalogue(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix("Messages+")
            || ["SessionHelp.swift", "Builtins.swift", "Builtins+Lists.swift", "Builtins+Reference.swift", "CommandCatalogue.swift", "HelpText.swift"].contains(name)
    }

    /// Literals that look like prose but are language keywords or syntax, with the file they stand in.
    static let allowed: Set<String> = [
        "Sources/RegelSyntax/Parsing/Parser+Rules.swift: «ellers»",   // the keyword, quoted for an Expected message
        "Sources/RegelSyntax/Parsing/Literals.swift: «",              // the opening guillemet of a quoted name
    ]

    /// Small words that hardly occur in keywords or identifiers but do in any Norwegian sentence.
    static let proseWords: Set<String> = [
        "ikke", "er", "og", "kan", "må", "skal", "mangler", "finnes", "ingen", "men", "eller", "mente", "skriv",
        "fant", "har", "med", "på", "til", "som", "uten", "etter", "ble", "aldri", "brukes", "står", "gir", "for",
    ]

    /// The string literals of one line, with interpolations left out (literals inside them count on their own).
    static func literals(in line: String) -> [String] {
        var found: [String] = []
        let chars = Array(line)
        var index = 0
        func literal() -> String {       // chars[index] is the opening quote
            var text = ""
            index += 1
            while index < chars.count {
                let char = chars[index]
                if char == "\"" { index += 1; return text }
                if char == "\\", index + 1 < chars.count {
                    if chars[index + 1] == "(" {
                        index += 2
                        var depth = 1
                        while index < chars.count, depth > 0 {
                            if chars[index] == "\"" { found.append(literal()); continue }
                            if chars[index] == "(" { depth += 1 } else if chars[index] == ")" { depth -= 1 }
                            index += 1
                        }
                        text += " "
                        continue
                    }
                    text.append(chars[index + 1])
                    index += 2
                    continue
                }
                text.append(char)
                index += 1
            }
            return text
        }
        while index < chars.count {
            if chars[index] == "/", index + 1 < chars.count, chars[index + 1] == "/" { break }
            if chars[index] == "\"" { found.append(literal()) } else { index += 1 }
        }
        return found
    }

    static func isProse(_ text: String) -> Bool {
        if text.contains("«") { return true }
        let words = Set(text.lowercased().split { !$0.isLetter }.map(String.init))
        return words.intersection(proseWords).count >= 2
    }

    /// `file:line: text` for each literal in `source` that looks like Norwegian prose.
    static func findings(in source: String, file: String) -> [String] {
        var result: [String] = []
        for (number, line) in source.components(separatedBy: "\n").enumerated() {
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("//") { continue }
            for text in literals(in: line) where isProse(text) && !allowed.contains("\(file): \(text)") {
                result.append("\(file):\(number + 1): \(text)")
            }
        }
        return result
    }

    @Test func norwegianSentencesLiveInCatalogues() throws {
        // Every module a user hears from; the benchmark speaks English to developers.
        let modules = try FileManager.default.contentsOfDirectory(atPath: Repository.root.appendingPathComponent("Sources").path)
            .filter { $0.hasPrefix("Regel") && $0 != "RegelBenchmark" }.sorted()
        #expect(modules.contains("RegelCLI") && modules.contains("RegelInteractive"))
        let paths = modules.flatMap { Repository.files(in: "Sources/" + $0, endingWith: ".swift") }
        #expect(paths.count > 80)
        var all: [String] = []
        for path in paths where !Self.isCatalogue(path) {
            all += Self.findings(in: try Repository.read(path), file: path)
        }
        #expect(all.isEmpty, "Norwegian text outside the message catalogues:\n\(all.joined(separator: "\n"))")
    }

    @Test func theScanCatchesASentenceInCode() {
        let code = #"""
            report(.unknownName, "regelen «\(name)» har ingen hjemmel", file, range)
            throw error("listen mangler avsluttende klamme og komma")
            let x = "\(a ? "det finnes ingen regel med det navnet" : "")"
            """#
        let found = Self.findings(in: code, file: "Sources/Regel/X.swift")
        #expect(found.count == 3, "\(found)")
        #expect(found.first?.hasPrefix("Sources/Regel/X.swift:1: ") == true)
    }

    @Test func keywordsDocCommentsAndCataloguesAreNotProse() {
        let code = #"""
            /// Skriver «ja» eller «nei» når det ikke er noen verdi.
            case .truth: return "ja/nei"
            case .notInForce: return "ikke i kraft"
            if name == "vurderingsdato" { fields.append("\(rule) mangler") } // skriv «x» for å se det
            return "gjelder fra \(from) til \(to)"
            """#
        #expect(Self.findings(in: code, file: "Sources/Regel/X.swift").isEmpty)
        #expect(Self.isCatalogue("Sources/Regel/Diagnostics/Messages+Session.swift"))
        #expect(!Self.isCatalogue("Sources/Regel/Interactive/ReplSession.swift"))
    }
}
