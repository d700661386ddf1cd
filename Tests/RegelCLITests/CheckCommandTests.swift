import Foundation
import Testing

/// `regel sjekk`: exit codes, rendering, JSON, folders, and hostile input through the real executable.
@Suite struct CheckCommandTests {
    static func folder(_ files: [String: Data]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-sjekk-\(UUID().uuidString)")
        for (name, data) in files {
            let path = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: path)
        }
        return url
    }

    static let clean = Data("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n".utf8)
    static let broken = Data("faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a og\n".utf8)

    @Test func usageErrorExitsWithTwo() throws {
        let result = try CLIRunner.run(["sjekk"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("«sjekk» trenger minst én fil eller mappe"))
        #expect(try CLIRunner.run(["sjekk", "--ukjent", "x"]).exitCode == 2)
        #expect(try CLIRunner.run(["tull"]).exitCode == 2)
    }

    @Test func cleanFolderExitsWithZero() throws {
        let url = try Self.folder(["a.regel": Self.clean, "under/b.regel": Data("faktum b: ja/nei\nregel s\n  hjemmel x § 1\n  når b\n".utf8)])
        let result = try CLIRunner.run(["check", url.path])
        #expect(result.exitCode == 0)
        #expect(result.stderr == "2 filer kontrollert: 0 feil og 0 advarsler\n")
    }

    @Test func brokenFileShowsWhereAndExitsWithOne() throws {
        let url = try Self.folder(["r.regel": Self.broken])
        let path = url.appendingPathComponent("r.regel").path
        let result = try CLIRunner.run(["sjekk", path], environment: ["NO_COLOR": "1"])
        #expect(result.exitCode == 1)
        #expect(result.stderr == """
        feil[R0204]: forventet et uttrykk i regelen «r», men fant slutten av filen
         --> \(path):4:11
          |
        4 |   når a og
          |           ^

        1 fil kontrollert: 1 feil og 0 advarsler

        """)
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test func jsonOutput() throws {
        let url = try Self.folder(["r.regel": Self.broken])
        let result = try CLIRunner.run(["sjekk", "--json", url.path])
        #expect(result.exitCode == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let first = try #require((object["diagnostikk"] as? [[String: Any]])?.first)
        #expect(first["kode"] as? String == "R0204")
        #expect(first["alvorlighet"] as? String == "feil")
        #expect(first["linje"] as? Int == 4)
        #expect(first["kolonne"] as? Int == 11)
    }

    @Test func missingFileIsAUsageError() throws {
        let result = try CLIRunner.run(["sjekk", "/finnes/ikke.regel"])
        #expect(result.exitCode == 2)
        #expect(result.stderr == "regel: «/finnes/ikke.regel» finnes ikke\n")
    }

    @Test func hostileInputGivesExitOneNotASignal() throws {
        var state: UInt64 = 7
        let random = Data((0..<2_000_000).map { _ -> UInt8 in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        })
        let parens = Data(("regel r\n  når " + String(repeating: "(", count: 100_000) + "a" + String(repeating: ")", count: 100_000) + "\n").utf8)
        let name = Data(("faktum " + String(repeating: "x", count: 1_000_000) + ": ja/nei\n").utf8)
        let url = try Self.folder(["tilfeldig.regel": random, "parenteser.regel": parens, "navn.regel": name])
        for file in ["tilfeldig.regel", "parenteser.regel", "navn.regel"] {
            let result = try CLIRunner.run(["sjekk", url.appendingPathComponent(file).path])
            #expect(result.exitCode == 1, "\(file) gave exit code \(result.exitCode)")
            #expect(result.stderr.contains("feil["), "\(file) gave no diagnostic")
        }
    }
}
