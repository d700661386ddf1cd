import Foundation
import Testing

/// Compares a page with a reviewed golden file in Goldens/; with REGEL_OPPDATER_GOLDEN=1 in the
/// environment the file is rewritten instead (then review the difference before committing).
enum Golden {
    static func assert(_ actual: String, _ name: String, filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["REGEL_OPPDATER_GOLDEN"] == "1" {
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("golden file \(name) is missing; run with REGEL_OPPDATER_GOLDEN=1 and review it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from golden \(name)", sourceLocation: sourceLocation)
    }
}
