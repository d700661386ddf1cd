import Foundation
import Testing
import Regel

/// Scripted sessions against a small fixed rule set. Each transcript file is replayed line by line
/// and must come out exactly as recorded (rewrite with REGEL_OPPDATER_GOLDEN=1, then review).
@Suite struct TranscriptTests {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let fixtures = here.appendingPathComponent("Fixtures").path
    static let today = CalendarDate(year: 2024, month: 3, day: 1)!

    static var transcriptNames: [String] {
        let folder = here.appendingPathComponent("Transcripts").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test(arguments: transcriptNames) func replays(name: String) throws {
        let url = Self.here.appendingPathComponent("Transcripts").appendingPathComponent(name)
        let recorded = try String(contentsOf: url, encoding: .utf8)
        let replayed = Transcript.record(Transcript.inputs(of: recorded), folder: Self.fixtures, shownAs: "regler", today: Self.today)
        if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
            try replayed.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(replayed == recorded)
    }

    @Test func everyCommandIsInSomeTranscript() throws {
        let typed = try Self.transcriptNames.flatMap { name in
            Transcript.inputs(of: try String(contentsOf: Self.here.appendingPathComponent("Transcripts/\(name)"), encoding: .utf8))
        }
        for command in ["glem", "hvorfor", "mangler", "intervju", "hva skal til", "fakta", "regler", "lagre", "hjelp", "avslutt",
                        "forget", "why", "missing", "interview", "what-if", "facts", "rules", "save", "help", "quit"] {
            #expect(typed.contains { $0 == command || $0.hasPrefix(command + " ") }, "no transcript uses «\(command)»")
        }
    }
}
