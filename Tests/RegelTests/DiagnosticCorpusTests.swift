import Foundation
import Testing
@testable import Regel
@testable import RegelSyntax

/// Broken rule files, each stating in `# forvent:` lines every diagnostic it must give:
/// code, line:column and the whole message, in reading order — so no follow-on error slips in.
@Suite struct DiagnosticCorpusTests {
    static var corpus: [String] { Repository.files(in: "Tests/RegelTests/Corpus/diagnostics", endingWith: ".regel") }

    @Test func corpusIsLargeAndCoversManyCodes() throws {
        #expect(Self.corpus.count >= 60)
        var codes = Set<String>()
        for path in Self.corpus { codes.formUnion(try Self.expectations(path).map { String($0.prefix(5)) }) }
        #expect(codes.count >= 50)
    }

    static func expectations(_ path: String) throws -> [String] {
        let data = try Data(contentsOf: Repository.root.appendingPathComponent(path))
        return String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
            .filter { $0.hasPrefix("# forvent: ") }.map { String($0.dropFirst("# forvent: ".count)) }
    }

    @Test(arguments: corpus) func diagnosticsAreExactlyTheExpectedOnes(path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Repository.root.appendingPathComponent(path)))
        let file = SourceFile(name: (path as NSString).lastPathComponent, bytes: bytes)
        let found = RegelChecker.check(files: [file]).diagnostics.map(summary)
        #expect(!found.isEmpty)
        #expect(found == (try Self.expectations(path)))
    }
}
