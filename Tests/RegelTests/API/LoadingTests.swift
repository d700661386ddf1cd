import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

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

    // MARK: Symbolic links

    @Test func anImportThroughALinkToAFolderOutsideIsRefusedUnread() throws {
        let root = try Self.folder(["a.regel": "importer \"system/passwd\"\n" + Self.rule])
        try Self.link(root + "/system", to: "/etc")
        let compilation = RegelCompiler.compile(paths: [root + "/a.regel"])
        #expect(compilation.program == nil)
        let diagnostic = try #require(compilation.diagnostics.first)
        #expect(compilation.diagnostics.count == 1)
        #expect(diagnostic.code == .importOutsideFolder)
        #expect(diagnostic.location?.line == 1 && diagnostic.location?.column == 10)
        #expect(compilation.files.map(\.name) == [root + "/a.regel"])
        #expect(!TextRenderer().render(compilation.diagnostics).contains("root:"))
        #expect(diagnostic.message == "«system/passwd» er en snarvei (symbolsk lenke) som fører ut av regelmappen; den leses ikke. Kopier filen inn i regelmappen i stedet")
    }

    @Test func anImportOfALinkToAnOutsideRuleFileIsRefused() throws {
        let outside = try Self.folder(["hemmelig.regel": "faktum hemmelig: ja/nei\n"])
        let root = try Self.folder(["a.regel": "importer \"ute.regel\"\n" + Self.rule])
        try Self.link(root + "/ute.regel", to: outside + "/hemmelig.regel")
        let compilation = RegelCompiler.compile(paths: [root + "/a.regel"])
        #expect(compilation.program == nil)
        #expect(compilation.diagnostics.map(\.code) == [.importOutsideFolder])
        #expect(compilation.files.count == 1)
    }

    @Test func aLinkOutOfTheFolderIsNotReadWhenWalkingIt() throws {
        let outside = try Self.folder(["hemmelig.regel": "faktum hemmelig: ja/nei\n"])
        let root = try Self.folder(["a.regel": Self.rule])
        try Self.link(root + "/passwd.regel", to: "/etc/passwd")
        try Self.link(root + "/ute.regel", to: outside + "/hemmelig.regel")
        try Self.link(root + "/ute", to: outside)
        let compilation = RegelCompiler.compile(folder: root)
        #expect(compilation.program == nil)
        #expect(compilation.files.map(\.name) == [root + "/a.regel"])
        #expect(compilation.diagnostics.map(\.code) == [.linkOutsideFolder, .linkOutsideFolder, .linkOutsideFolder])
        #expect(compilation.diagnostics.map(\.message).sorted().first
                == "«\(root)/passwd.regel» er en snarvei (symbolsk lenke) som fører ut av mappen «\(root)»; den leses ikke. Kopier filen inn i mappen i stedet")
        #expect(compilation.diagnostics.map(\.message).sorted().last
                == "«\(root)/ute» er en snarvei (symbolsk lenke) som fører ut av mappen «\(root)»; den leses ikke. Kopier mappen den peker til, inn i «\(root)» i stedet")
        #expect(!TextRenderer().render(compilation.diagnostics).contains("root:"))
    }

    @Test func linksInsideTheFolderAreFollowedOnceAndLoopsEnd() throws {
        let root = try Self.folder(["under/a.regel": Self.rule])
        try Self.link(root + "/samme", to: root + "/under")
        try Self.link(root + "/under/rundt", to: root)
        let compilation = RegelCompiler.compile(folder: root)
        #expect(compilation.diagnostics.isEmpty)
        #expect(compilation.program != nil)
        #expect(compilation.files.count == 1)
    }
}
