import Foundation
import Testing

/// `regel forklar --html` and `regel dokumenter` (alias `document`), and the examples in
/// docs/rapporter.md run as written (with the output put in a temporary folder).
@Suite struct ReportCommandTests {
    static let example = ["forklar", "rules", "--sak", "rules/eksempler/barnekoordinator.json", "--regel", "rett_til_barnekoordinator"]

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-rapport-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func explainWritesTheReportBesideTheUsualText() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("vurdering.html")
        let plain = try CLIRunner.run(Self.example)
        let result = try CLIRunner.run(Self.example + ["--html", target.path])
        #expect(result.exitCode == 0)
        #expect(result.stdout == plain.stdout)
        let html = try String(contentsOf: target, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nb\">"))
        #expect(html.contains("<title>Vurdering: rett_til_barnekoordinator</title>"))
        #expect(html.contains("<span class=\"svar ukjent\" data-svar=\"ukjent\">ukjent</span>"))
        #expect(html.contains("<strong>Hjemmel:</strong> pbrl § 2-5 c; hol § 7-2 a første ledd"))
        #expect(html.contains("<dd id=\"vurderingsdato\">2024-03-01</dd>"))
        #expect(html.contains("Hva skal til for at svaret blir «ja»"))
        #expect(html.contains("hvis det ble oppgitt at verdien er ja"))
    }

    @Test func anUnwritableReportIsAnError() throws {
        let result = try CLIRunner.run(Self.example + ["--html", "/finnes-ikke/mappe/vurdering.html"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("regel: kan ikke skrive «/finnes-ikke/mappe/vurdering.html»"))
        let evaluate = try CLIRunner.run(["vurder", "rules", "--sak", "rules/eksempler/barnekoordinator.json", "--html", "x.html"])
        #expect(evaluate.exitCode == 2, "only forklar writes a report")
        #expect(evaluate.stderr.contains("ukjent valg «--html»"))
    }

    @Test func documentWritesTheSite() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("nettsted/under")
        let result = try CLIRunner.run(["document", "rules", "--ut", site.path])
        #expect(result.exitCode == 0)
        #expect(result.stderr.hasPrefix("skrev 9 sider til «\(site.path)»"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        #expect(pages.contains("index.html") && pages.contains("hjemler.html") && pages.contains("barnekoordinator.html"))
        let page = try String(contentsOf: site.appendingPathComponent("barnekoordinator.html"), encoding: .utf8)
        #expect(page.contains("id=\"regel-rett_til_barnekoordinator\""))
    }

    @Test func documentUsageAndRuleErrors() throws {
        let missing = try CLIRunner.run(["dokumenter", "rules"])
        #expect(missing.exitCode == 2)
        #expect(missing.stderr.contains("oppgi mappen sidene skal skrives til, med «--ut MAPPE»"))
        let file = try CLIRunner.run(["dokumenter", "rules", "--ut", "rules/barnekoordinator.regel"])
        #expect(file.exitCode == 2)
        #expect(file.stderr.contains("«--ut» trenger en mappe"))
        let broken = try CheckCommandTests.folder(["feil.regel": Data("regel r\n  når ukjent_navn\n".utf8)])
        let output = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let errors = try CLIRunner.run(["dokumenter", broken.path, "--ut", output.path])
        #expect(errors.exitCode == 1)
        #expect(errors.stderr.contains("reglene har feil; ingen sider ble skrevet"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }

    /// Every `regel forklar … --html` and `regel dokumenter … --ut` line in docs/rapporter.md runs,
    /// with its output redirected, and gives what the guide says.
    @Test func theGuidesExamplesRun() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let guide = try String(contentsOf: root.appendingPathComponent("docs/rapporter.md"), encoding: .utf8)
        let commands = guide.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("regel forklar ") || $0.hasPrefix("regel dokumenter ") }
        #expect(commands.count >= 2)
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in commands {
            var words = command.split(separator: " ").map(String.init).dropFirst().map { $0 }
            for option in ["--html", "--ut"] {
                if let position = words.firstIndex(of: option), position + 1 < words.count {
                    words[position + 1] = folder.appendingPathComponent(words[position + 1]).path
                }
            }
            let result = try CLIRunner.run(words, directory: root)
            #expect(result.exitCode == 0, "\(command): \(result.stderr)")
        }
        let report = try String(contentsOf: folder.appendingPathComponent("vurdering.html"), encoding: .utf8)
        #expect(guide.contains("«ukjent»") && report.contains("data-svar=\"ukjent\""))
        #expect(guide.contains("foreldrene.ønsker_barnekoordinator") && report.contains("<code>foreldrene.ønsker_barnekoordinator</code>"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("nettsted/hjemler.html").path))
    }
}
