import Foundation
import Testing

/// `regel hva-skal-til`: the smallest changes on a case from rules/eksempler, fixed facts, the
/// target, and usage errors.
@Suite struct WhatWouldChangeCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A child born 2005-03-01, assessed on 2024-06-01 (19 years old), with the other vilkår met
    /// except the vurdering of langvarige og sammensatte behov.
    static func caseFile() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-hva-\(UUID().uuidString).json")
        try #"""
        {"vurderingsdato": "2024-06-01", "fakta": {"barn.ventes": false, "barn.tildelt_adoptivbarn": false,
         "barn.fødselsdato": "2005-03-01", "barn.alvorlig_sykdom": true, "behov.langvarige_og_sammensatte": false,
         "behov.helse_og_velferd": true, "foreldrene.ønsker_barnekoordinator": true}}
        """#.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static func headlines(_ output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("       ") }
    }

    @Test func theExampleCaseNeedsOneAnswer() throws {
        let result = try CLIRunner.run(["hva-skal-til", "rules", "--sak", "rules/eksempler/barnekoordinator.json",
                                        "--regel", "rett_til_barnekoordinator"], directory: Self.root)
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(Self.headlines(result.stdout) == [
            "rett_til_barnekoordinator = ukjent",
            "For at svaret skal bli ja, må minst 1 opplysning endres (1 alternativ):",
            "  1. hvis foreldrene.ønsker_barnekoordinator ble oppgitt som ja",
        ])
        #expect(result.stdout.contains("         foreldrene.ønsker_barnekoordinator = ja (oppgitt)\n"))
    }

    @Test func twoChangesAndTheBirthDateBoundary() throws {
        let file = try Self.caseFile()
        let result = try CLIRunner.run(["what-if", "rules", "--sak", file.path, "--regel", "rett_til_barnekoordinator", "--mål", "ja"],
                                       directory: Self.root)
        #expect(result.exitCode == 0)
        let vurdering = "vurderingen «behov.langvarige_og_sammensatte» ble vurdert til ja (nå nei)"
        #expect(Self.headlines(result.stdout) == [
            "rett_til_barnekoordinator = nei",
            "For at svaret skal bli ja, må minst 2 opplysninger endres (3 alternativer):",
            "  1. hvis \(vurdering) og barn.ventes var ja (ikke nei)",
            "  2. hvis \(vurdering) og barn.tildelt_adoptivbarn var ja (ikke nei)",
            "  3. hvis \(vurdering) og barn.fødselsdato var 2006-06-02 eller senere (ikke 2005-03-01)",
        ])
    }

    @Test func fixedFactsStayAsTheyAre() throws {
        let file = try Self.caseFile()
        let result = try CLIRunner.run(["hva-skal-til", "rules", "--sak", file.path, "--regel", "rett_til_barnekoordinator",
                                        "--fast", "barn.fødselsdato", "--fast", "barn.ventes", "--fast", "barn.tildelt_adoptivbarn"],
                                       directory: Self.root)
        #expect(result.exitCode == 0)
        #expect(result.stdout == """
        rett_til_barnekoordinator = nei
        Ingen endring av høyst 3 fakta eller vurderinger gir ja (faste fakta endres ikke).

        """)
    }

    @Test func usageErrors() throws {
        let file = try Self.caseFile()
        let base = ["hva-skal-til", "rules", "--sak", file.path]
        let noRule = try CLIRunner.run(base, directory: Self.root)
        #expect(noRule.exitCode == 2 && noRule.stderr.contains("oppgi regelen med «--regel NAVN»"))
        let target = try CLIRunner.run(base + ["--regel", "rett_til_barnekoordinator", "--mål", "kanskje"], directory: Self.root)
        #expect(target.exitCode == 2 && target.stderr.contains("«--mål» er «ja» eller «nei»; fikk «kanskje»"))
        let fixed = try CLIRunner.run(base + ["--regel", "rett_til_barnekoordinator", "--fast", "barn.fødseldato"], directory: Self.root)
        #expect(fixed.exitCode == 2 && fixed.stderr.contains("mente du «barn.fødselsdato»?"))
        let time = try CLIRunner.run(base + ["--regel", "rett_til_barnekoordinator", "--tid", "0"], directory: Self.root)
        #expect(time.exitCode == 2)
        let text = try CLIRunner.run(base + ["--regel", "rettighetshaver"], directory: Self.root)
        #expect(text.exitCode == 2 && text.stderr.contains("gjelder ja/nei-regler"))
        let unknown = try CLIRunner.run(base + ["--regel", "rett_til_barnekordinator"], directory: Self.root)
        #expect(unknown.exitCode == 1 && unknown.stderr.contains("mente du «rett_til_barnekoordinator»?"))
    }
}
