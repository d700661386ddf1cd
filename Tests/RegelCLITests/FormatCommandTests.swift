import Foundation
import Testing

/// `regel formater` and its alias `fmt`: rewrites files, or with `--sjekk` lists those not formatted.
@Suite struct FormatCommandTests {
    static let messy = Data("faktum  a:ja/nei\nregel r\n    hjemmel x § 1\n    når a  # kommentar\n\n\n".utf8)
    static let tidy = "faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a # kommentar\n"
    static let broken = Data("faktum a ja/nei\n".utf8)

    @Test func checkListsTheFilesNotFormattedAndChangesNothing() throws {
        let url = try CheckCommandTests.folder(["a.regel": Self.messy, "b.regel": Data(Self.tidy.utf8)])
        let result = try CLIRunner.run(["formater", "--sjekk", url.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout == url.appendingPathComponent("a.regel").path + "\n")
        #expect(result.stderr.contains("2 filer kontrollert: 1 er ikke formatert (kjør «regel formater» på dem)"))
        #expect(try Data(contentsOf: url.appendingPathComponent("a.regel")) == Self.messy)
    }

    @Test func formatRewritesAndIsThenClean() throws {
        let url = try CheckCommandTests.folder(["a.regel": Self.messy])
        let result = try CLIRunner.run(["fmt", url.path])
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("1 fil lest: 1 formatert på nytt"))
        #expect(try String(contentsOf: url.appendingPathComponent("a.regel"), encoding: .utf8) == Self.tidy)
        let again = try CLIRunner.run(["formater", "--sjekk", url.path])
        #expect(again.exitCode == 0)
        #expect(again.stderr.contains("1 fil kontrollert: alle er formatert"))
    }

    @Test func aFileWithSyntaxErrorsIsLeftAloneWithItsDiagnostics() throws {
        let url = try CheckCommandTests.folder(["feil.regel": Self.broken])
        let result = try CLIRunner.run(["formater", url.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("feil[R0203]: forventet «:» og en type i faktumet «a», men fant ordet «ja»"))
        #expect(result.stderr.contains("feil.regel: ikke formatert, fordi filen har feil"))
        #expect(try Data(contentsOf: url.appendingPathComponent("feil.regel")) == Self.broken)
        #expect(try CLIRunner.run(["formater"]).exitCode == 2)
    }

    /// Formatting through a symbolic link writes the file it names, and the link stays a link.
    @Test func aLinkStaysALink() throws {
        let url = try CheckCommandTests.folder(["a.regel": Self.messy])
        let link = url.appendingPathComponent("lenke.regel")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: url.appendingPathComponent("a.regel"))
        #expect(try CLIRunner.run(["formater", link.path]).exitCode == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == url.appendingPathComponent("a.regel").path)
        #expect(try String(contentsOf: url.appendingPathComponent("a.regel"), encoding: .utf8) == Self.tidy)
    }
}
