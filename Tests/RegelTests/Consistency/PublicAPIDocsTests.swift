import Foundation
import Testing

/// docs/innebygging.md names every public type of the library, so a host developer finds all of
/// them in the guide; a new public type fails here until the guide says what it is for.
@Suite struct PublicAPIDocsTests {
    /// The top-level `public` types declared in Sources/Regel and Sources/RegelSyntax (which
    /// `import Regel` brings along).
    static func publicTypes() throws -> [String] {
        let declaration = /^public (?:(?:final|indirect) )*(?:struct|enum|class|actor|protocol|typealias) ([A-Za-z_][A-Za-z0-9_]*)/
            .anchorsMatchLineEndings()
        var names: Set<String> = []
        for path in Repository.files(in: "Sources/Regel", endingWith: ".swift") + Repository.files(in: "Sources/RegelSyntax", endingWith: ".swift") {
            for match in try Repository.read(path).matches(of: declaration) { names.insert(String(match.1)) }
        }
        return names.sorted()
    }

    @Test func theScanFindsTheLibrarysTypes() throws {
        let names = try Self.publicTypes()
        #expect(names.count > 75)
        for known in ["CompiledRuleSet", "OutcomeText", "ExplanationText", "ValueType", "RegelVersion"] {
            #expect(names.contains(known), "\(known)")
        }
    }

    @Test func everyPublicTypeIsInTheEmbeddingGuide() throws {
        let guide = try Repository.read("docs/innebygging.md")
        let missing = try Self.publicTypes().filter { !guide.contains("`\($0)`") && !guide.contains("`\($0).") }
        #expect(missing.isEmpty, "docs/innebygging.md does not mention: \(missing.joined(separator: ", "))")
    }
}
