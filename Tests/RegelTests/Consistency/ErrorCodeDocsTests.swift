import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Every diagnostic code is documented in docs/feilkoder.md, and its examples do what the text says.
@Suite struct ErrorCodeDocsTests {
    /// Codes whose situation cannot be written as a rule file: shown as text or JSON instead.
    static let withoutRegelExample: Set<String> = ["R0001", "R0002", "R0003", "R0004", "R0005", "R0101", "R0102", "R0103", "R0306",
                                                   "R0601", "R0602", "R0603", "R0604"]

    static func sections() throws -> [String: [(info: String, body: String, line: Int)]] {
        let text = try Repository.read("docs/feilkoder.md")
        var result: [String: [(info: String, body: String, line: Int)]] = [:]
        for chunk in text.components(separatedBy: "\n## ").dropFirst() {
            let code = String(chunk.prefix(5))
            result[code] = Repository.codeBlocks(in: chunk)
        }
        return result
    }

    @Test(arguments: DiagnosticCode.allCases) func codeIsDocumented(code: DiagnosticCode) throws {
        let sections = try Self.sections()
        let blocks = try #require(sections[code.code], "docs/feilkoder.md has no section «## \(code.code)»")
        let failing = blocks.filter { $0.info == "regel feil \(code.code)" }
        if Self.withoutRegelExample.contains(code.code) {
            #expect(!blocks.isEmpty, "\(code.code) needs an example")
        } else {
            #expect(!failing.isEmpty, "\(code.code) needs a ```regel feil \(code.code) example")
        }
        for block in failing {
            let found = RegelChecker.check(files: [SourceFile(name: "eksempel.regel", text: block.body)]).diagnostics
            #expect(found.contains { $0.code == code }, "the example for \(code.code) gives \(found.map(summary))")
        }
        for block in blocks where block.info == "regel" {
            let found = RegelChecker.check(files: [SourceFile(name: "rettet.regel", text: block.body)]).diagnostics
            #expect(!found.hasErrors, "the corrected example for \(code.code) still gives \(found.map(summary))")
        }
    }

    @Test func caseExamplesGiveTheirCodes() throws {
        let program = try #require(compileProgram("""
        faktum barn.ventes: ja/nei
        faktum barn.fødselsdato: dato
        regel r
          hjemmel pbrl § 2-5 c
          når barn.ventes eller alder(barn.fødselsdato) < 18 år
        """))
        let sections = try Self.sections()
        for code in ["R0601", "R0602", "R0603", "R0604"] {
            let json = try #require(sections[code]?.first { $0.info == "json" }?.body, "\(code) needs a ```json example")
            guard case .failure(let errors) = CaseJSON.decode(json, program: program, defaultDate: date("2024-01-01")) else {
                Issue.record("the example for \(code) is accepted")
                continue
            }
            #expect(errors.errors.map(\.code.code).contains(code), "the example for \(code) gives \(errors.errors.map(\.code.code))")
        }
    }
}
