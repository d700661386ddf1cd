import Foundation
import Testing
import Regel
@testable import RegelInteractive

/// Lines the session must read as expressions, and how it counts the lines that gave an error.
@Suite struct SessionErrorTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func session() -> ReplSession {
        ReplSession(paths: [fixtures], today: CalendarDate(year: 2024, month: 3, day: 1)!)
    }

    @Test func linesStartingWithANumberAreExpressions() {
        let session = Self.session()
        #expect(session.handle("1 + 1") == "1 + 1 = 2")
        #expect(session.handle("18 år > 12 måneder") == "18 år > 12 måneder = ja")
        #expect(session.handle("2024-03-01 < 2025-01-01") == "2024-03-01 < 2025-01-01 = ja")
        #expect(session.errorCount == 0)
    }

    @Test func anUnknownWordIsStillAnUnknownCommand() {
        let session = Self.session()
        #expect(session.handle("x y").hasPrefix("feil: ukjent kommando «x»"))
        #expect(session.errorCount == 1)
    }

    @Test func errorsAreCountedPerLine() {
        let session = Self.session()
        _ = session.handle("barn.ventes = ja")
        _ = session.handle("barnet_er_under_18")
        #expect(session.errorCount == 0)
        _ = session.handle("glem x")
        _ = session.handle("alder(barn.fødselsdato) < 18")
        _ = session.handle("hvorfor")
        #expect(session.errorCount == 3)
    }

    @Test func rulesWithErrorsCountAsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("regel-okt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "regel r\n  når og\n".write(to: folder.appendingPathComponent("r.regel"), atomically: true, encoding: .utf8)
        let session = ReplSession(paths: [folder.path], today: CalendarDate(year: 2024, month: 3, day: 1)!)
        #expect(session.errorCount == 1)
        #expect(session.handle("1 + 1") == "reglene har feil og kan ikke brukes; rett dem og skriv «last»")
        #expect(session.errorCount == 2)
    }
}
