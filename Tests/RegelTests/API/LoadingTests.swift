import Foundation
import Testing
@testable import Regel

/// Reading rule files from disk: a loading error withholds the program, and nothing outside the
/// rules folder is read, however the path gets there.
@Suite struct LoadingTests {
    static let rule = "faktum a: ja/nei\nregel r\n  hjemmel x § 1\n  når a\n"

    /// A fresh folder with `files` (relative path → text), resolved so paths compare as the loader sees them.
    static func folder(_ files: [String: String] = [:]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("regel-last-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            let path = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: path, atomically: true, encoding: .utf8)
        }
        return url.resolvingSymlinksInPath().path
    }

    static func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    @Test func anImportNotFoundWithholdsTheProgram() throws {
        let root = try Self.folder(["a.regel": "importer \"mangler.regel\"\n" + Self.rule])
        let compilation = RegelCompiler.compile(paths: [root + "/a.regel"])
        #expect(compilation.program == nil)
        #expect(compilation.diagnostics.map(\.code) == [.importNotFound])
    }

    @Test func anImportOutsideTheFolderWithholdsTheProgram() throws {
        let root = try Self.folder(["a.regel": "importer \"../b.regel\"\n" + Self.rule])
        let compilation = RegelCompiler.compile(folder: root)
        #expect(compilation.program == nil)
        #expect(compilation.diagnostics.map(\.code) == [.importOutsideFolder])
    }

    @Test func aMissingPathWithholdsTheProgram() throws {
        let root = try Self.folder(["a.regel": Self.rule])
        let compilation = RegelCompiler.compile(paths: [root + "/a.regel", root + "/finnes-ikke.regel"])
        #expect(compilation.program == nil)
        #expect(compilation.diagnostics.map(\.code) == [.fileUnreadable])
    }

    @Test func aFileTooLargeWithholdsTheProgram() throws {
        let root = try Self.folder(["a.regel": Self.rule])
        let big = root + "/stor.regel"
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: UInt64(Parser.maxFileSize + 1))
        try handle.close()
        let compilation = RegelCompiler.compile(folder: root)
        #expect(compilation.program == nil)
        #expect(compilation.diagnostics.map(\.code) == [.fileTooLarge])
    }

    @Test func warningsStillGiveAProgram() throws {
        let root = try Self.folder(["a.regel": Self.rule + "faktum ubrukt: ja/nei\n"])
        let compilation = RegelCompiler.compile(folder: root)
        #expect(compilation.program != nil)
        #expect(compilation.diagnostics.map(\.code) == [.unusedFact])
    }
}
