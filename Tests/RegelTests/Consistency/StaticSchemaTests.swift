import Foundation
import Testing
import Regel

/// The schemas in docs/skjema/ name the codes the writers can write: the diagnostics schema every
/// `DiagnosticCode`, the batch record schema the codes of a case error (R06xx). A new code fails
/// here until the schema has it. The rest is checked against real output by `scripts/skjema.sh`.
@Suite struct StaticSchemaTests {
    static func schema(_ name: String) throws -> [String: Any] {
        let text = try Repository.read("docs/skjema/\(name).schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func codes(in schema: [String: Any], definition: String) throws -> [String] {
        let definitions = try #require(schema["$defs"] as? [String: Any])
        let properties = try #require((definitions[definition] as? [String: Any])?["properties"] as? [String: Any])
        return try #require((properties["kode"] as? [String: Any])?["enum"] as? [String])
    }

    @Test func theDiagnosticsSchemaNamesEveryCode() throws {
        #expect(try Self.codes(in: Self.schema("diagnostikk"), definition: "diagnostikk") == DiagnosticCode.allCases.map(\.code))
    }

    @Test func theBatchSchemaNamesTheCaseErrorCodes() throws {
        let caseCodes = DiagnosticCode.allCases.map(\.code).filter { $0.hasPrefix("R06") }
        #expect(try Self.codes(in: Self.schema("batch-post"), definition: "feil") == caseCodes)
    }

    @Test func everySchemaIsDraft2020_12WithAnID() throws {
        for name in ["forklaring", "batch-post", "diagnostikk", "c-feil", "diff"] {
            let schema = try Self.schema(name)
            #expect(schema["$schema"] as? String == CaseSchema.dialect)
            #expect(schema["$id"] as? String == "urn:regel:skjema:\(name)")
        }
    }
}
