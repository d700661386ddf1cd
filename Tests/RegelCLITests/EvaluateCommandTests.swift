import Foundation
import Testing

/// `regel vurder`, `regel forklar` and `regel test` on a temporary rules folder.
@Suite struct EvaluateCommandTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try """
        faktum barn.fødselsdato: dato
        faktum ønsker: ja/nei
          spørsmål "Ønsker foreldrene barnekoordinator?"
        regel rett
          hjemmel pbrl § 2-5 c
          når alle:
            - alder(barn.fødselsdato) < 18 år
            - ønsker
        test "ja"
          gitt
            vurderingsdato = 2024-01-01
            barn.fødselsdato = 2010-01-01
            ønsker = ja
          forvent
            rett = ja
        """.write(to: url.appendingPathComponent("rett.regel"), atomically: true, encoding: .utf8)
        try #"{"vurderingsdato": "2024-01-01", "fakta": {"barn.fødselsdato": "2010-01-01"}}"#
            .write(to: url.appendingPathComponent("sak.json"), atomically: true, encoding: .utf8)
        return url
    }

    @Test func vurderPrintsValueAndMissing() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["vurder", url.path, "--sak", url.appendingPathComponent("sak.json").path])
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
        rett = ukjent
        mangler for å avgjøre «rett»:
          - ønsker: Ønsker foreldrene barnekoordinator?

        """)
    }

    @Test func forklarShowsTheProofTree() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["explain", url.path, "--sak", url.appendingPathComponent("sak.json").path, "--regel", "rett"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.contains("rett = ukjent  ("))
        #expect(result.stdout.contains("  hjemmel: pbrl § 2-5 c\n"))
        #expect(result.stdout.contains("barn.fødselsdato = 2010-01-01 (oppgitt)"))
    }

    @Test func jsonOutputIsTheDocumentedSchema() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["vurder", url.path, "--sak", url.appendingPathComponent("sak.json").path, "--json"])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["skjema"] as? String == "regel-forklaring")
        #expect(object["vurderingsdato"] as? String == "2024-01-01")
        let first = try #require((object["resultater"] as? [[String: Any]])?.first)
        #expect(first["regel"] as? String == "rett")
        #expect((first["mangler"] as? [[String: Any]])?.first?["navn"] as? String == "ønsker")
    }

    @Test func badCaseAndUnknownRuleExitWithOne() throws {
        let url = try Self.folder()
        let bad = url.appendingPathComponent("feil.json")
        try #"{"fakta": {"barn.fødselsdato": "2023-02-29"}}"#.write(to: bad, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["vurder", url.path, "--sak", bad.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains(#"feil[R0604]: \#(bad.path): $.fakta["barn.fødselsdato"]: datoen «2023-02-29» finnes ikke i kalenderen"#))
        let unknown = try CLIRunner.run(["vurder", url.path, "--sak", url.appendingPathComponent("sak.json").path, "--regel", "ret"])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("ingen regel heter «ret»; mente du «rett»?"))
        let usage = try CLIRunner.run(["vurder", url.path])
        #expect(usage.exitCode == 2)
    }

    @Test func caseErrorsAreCappedWithACount() throws {
        let url = try Self.folder()
        let many = url.appendingPathComponent("mange.json")
        let facts = (0..<1_150).map { "\"ukjent\($0)\": true" }.joined(separator: ", ")
        try "{\"vurderingsdato\": \"2024-01-01\", \"fakta\": {\(facts)}}".write(to: many, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["vurder", url.path, "--sak", many.path])
        #expect(result.exitCode == 1)
        #expect(result.stderr.components(separatedBy: "feil[R0602]").count - 1 == 100)
        #expect(result.stderr.hasSuffix("… og 1 050 feil til i \(many.path)\n"))
    }

    @Test func missingDateIsTodayAndSaysSo() throws {
        let url = try Self.folder()
        let noDate = url.appendingPathComponent("uten-dato.json")
        try #"{"fakta": {}}"#.write(to: noDate, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["vurder", url.path, "--sak", noDate.path])
        #expect(result.exitCode == 0)
        #expect(result.stderr.contains("merk: saken har ingen vurderingsdato; bruker dagens dato"))
    }

    @Test func testCommandSummaryCoverageAndJUnit() throws {
        let url = try Self.folder()
        let junit = url.appendingPathComponent("junit.xml")
        let result = try CLIRunner.run(["test", url.path, "--dekning", "--junit", junit.path])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("\n1 passed, 0 failed\n"))
        #expect(result.stdout.contains("Totalt: regler 1/1 (100,0 %)"))
        #expect(try String(contentsOf: junit, encoding: .utf8).contains(#"<testcase name="ja""#))
        let strict = try CLIRunner.run(["test", url.path, "--min-dekning", "100"])
        #expect(strict.exitCode == 1)
        #expect(strict.stderr.contains("dekningen er under 100,0 %"))
    }

    @Test func failingTestExitsWithOne() throws {
        let url = try Self.folder()
        let file = url.appendingPathComponent("rett.regel")
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "rett = ja", with: "rett = nei")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["test", url.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("FEILET: «ja»"))
        #expect(result.stdout.contains("    forventet: nei\n    faktisk:   ja\n"))
        #expect(result.stdout.hasSuffix("0 passed, 1 failed\n"))
    }
}

/// `regel vurder` and `regel test` with a rule that takes parameters.
@Suite struct ParameterCommandTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-cli-parametre-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try """
        type Tjeneste:
          navn: tekst
          kommunal: ja/nei
            spørsmål "Er tjenesten kommunal?"
        faktum tjenester: liste av Tjeneste
        regel kommunal(t: Tjeneste)
          hjemmel hol § 3-4
          når t.kommunal
        regel alle_kommunale
          hjemmel hol § 3-4
          når alle t i tjenester der kommunal(t)
        test "per tjeneste"
          gitt
            vurderingsdato = 2024-01-01
            tjenester = [{navn: "A", kommunal: ja}, {navn: "B", kommunal: nei}]
          forvent
            kommunal(tjenester[0]) = ja
            kommunal(tjenester[1]) = nei
            alle_kommunale = nei
        """.write(to: url.appendingPathComponent("tjenester.regel"), atomically: true, encoding: .utf8)
        try #"{"vurderingsdato": "2024-01-01", "fakta": {"tjenester": [{"navn": "A", "kommunal": true}, {"navn": "B"}]}}"#
            .write(to: url.appendingPathComponent("sak.json"), atomically: true, encoding: .utf8)
        return url
    }

    @Test func askingForARuleWithParametersAloneIsAClearError() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["vurder", url.path, "--sak", url.appendingPathComponent("sak.json").path, "--regel", "kommunal"])
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("regel: regelen «kommunal» har parametre (t: «Tjeneste») og har bare en verdi for argumenter"))
    }

    @Test func allRulesLeaveOutThoseWithParametersAndNameMissingFieldsByPath() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["vurder", url.path, "--sak", url.appendingPathComponent("sak.json").path])
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
        alle_kommunale = ukjent
        mangler for å avgjøre «alle_kommunale»:
          - tjenester[1].kommunal: tjeneste 2 (B): Er tjenesten kommunal?

        """)
    }

    @Test func testsWithArgumentsPassWithCoverage() throws {
        let url = try Self.folder()
        let result = try CLIRunner.run(["test", url.path, "--dekning"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasSuffix("1 passed, 0 failed\n"))
        #expect(result.stdout.contains("regler 2/2 (100,0 %)"))
    }
}
