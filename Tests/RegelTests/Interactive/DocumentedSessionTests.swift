import Foundation
import Testing
import Regel

/// The sessions recorded in docs/repl.md (```økt blocks) replay against rules/ exactly as shown.
/// With REGEL_OPPDATER_GOLDEN=1 the blocks are recorded anew; review the diff before committing.
@Suite struct DocumentedSessionTests {
    static let today = CalendarDate(year: 2024, month: 3, day: 1)!

    @Test func sessionsInTheGuideReplay() throws {
        let path = "docs/repl.md"
        var markdown = try Repository.read(path)
        let blocks = Repository.codeBlocks(in: markdown).filter { $0.info == "økt" }
        #expect(!blocks.isEmpty, "\(path) has no recorded session")
        let rules = Repository.root.appendingPathComponent("rules").path
        for block in blocks {
            let replayed = Transcript.record(Transcript.inputs(of: block.body), folder: rules, shownAs: "rules", today: Self.today)
            if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
                markdown = markdown.replacingOccurrences(of: "```økt\n" + block.body, with: "```økt\n" + replayed)
            } else {
                #expect(replayed == block.body, "the session at \(path):\(block.line) no longer replays as recorded")
            }
        }
        if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
            try markdown.write(to: Repository.root.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
    }
}
