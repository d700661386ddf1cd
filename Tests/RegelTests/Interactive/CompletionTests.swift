import Testing
import Regel
@testable import RegelInteractive

@Suite struct CompletionTests {
    let session = ReplSession(paths: [TranscriptTests.fixtures], today: TranscriptTests.today)

    @Test func commandsAndNamesAtTheStart() {
        #expect(session.completions(for: "hv") == ["hva", "hvem_samordner", "hvorfor"])
        #expect(session.completions(for: "barn.f") == ["barn.fødselsdato"])
        #expect(session.completions(for: "avs") == ["avslutt"])
    }

    @Test func rulesAfterRuleCommands() {
        #expect(session.completions(for: "hvorfor rett") == ["rett_til_barnekoordinator"])
        #expect(session.completions(for: "intervju h") == ["har_merknad", "hvem_samordner"])
    }

    @Test func theWordsOfHvaSkalTilAndThenRules() {
        #expect(session.completions(for: "hva s") == ["skal"])
        #expect(session.completions(for: "hva skal t") == ["til"])
        #expect(session.completions(for: "hva skal til n") == ["nei"])
        #expect(session.completions(for: "hva skal til ja rett") == ["rett_til_barnekoordinator"])
        #expect(session.completions(for: "what-if ") == ["barnet_er_under_18", "har_merknad", "hvem_samordner", "ja", "nei", "rett_til_barnekoordinator"])
    }

    @Test func factsAfterGlem() {
        #expect(session.completions(for: "glem barn.v") == ["barn.ventes"])
        #expect(session.completions(for: "glem a") == ["alt"])
    }

    @Test func namesAndFunctionsInsideExpressions() {
        #expect(session.completions(for: "alder(barn.fø") == ["barn.fødselsdato"])
        #expect(session.completions(for: "rett_til_barnekoordinator og al") == ["alder"])
    }

    @Test func answersDuringAnInterview() {
        let interviewing = ReplSession(paths: [TranscriptTests.fixtures], today: TranscriptTests.today)
        _ = interviewing.handle("intervju rett_til_barnekoordinator")
        #expect(interviewing.completions(for: "vet") == ["vet ikke"])
    }
}
