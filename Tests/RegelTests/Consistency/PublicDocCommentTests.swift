import Foundation
import Testing

/// Every `public` declaration of the library (Sources/Regel and Sources/RegelSyntax), of the
/// language server (Sources/RegelLanguageServer) and of the reports (Sources/RegelReport) has a
/// `///` comment directly above it, attributes such as `@discardableResult` aside: the public API
/// is what a host reads, so each part of it says what it is for.
@Suite struct PublicDocCommentTests {
    /// A line that declares something public, attributes on the same line allowed; `public import` is no declaration.
    static var publicDeclaration: Regex<Substring> { /^\s*(?:@\w+(?:\([^)]*\))?\s+)*public\b(?!\s+import\b)/ }

    /// `file:line: text` for each public declaration without a `///` comment directly above it.
    static func undocumented() throws -> (declarations: Int, missing: [String]) {
        var declarations = 0
        var missing: [String] = []
        let paths = Repository.files(in: "Sources/Regel", endingWith: ".swift") + Repository.files(in: "Sources/RegelSyntax", endingWith: ".swift")
            + Repository.files(in: "Sources/RegelLanguageServer", endingWith: ".swift")
            + Repository.files(in: "Sources/RegelReport", endingWith: ".swift")
        for path in paths {
            let lines = try Repository.read(path).components(separatedBy: "\n")
            let declaration = publicDeclaration
            for (index, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil {
                declarations += 1
                var above = index - 1
                while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("@") { above -= 1 }
                if above < 0 || !lines[above].trimmingCharacters(in: .whitespaces).hasPrefix("///") {
                    missing.append("\(path):\(index + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        return (declarations, missing)
    }

    @Test func theScanFindsTheLibrarysPublicDeclarations() throws {
        #expect(try Self.undocumented().declarations > 300)
        #expect("public static func render(".firstMatch(of: Self.publicDeclaration) != nil)
        #expect("    @discardableResult public func run() {".firstMatch(of: Self.publicDeclaration) != nil)
        #expect("@_exported public import RegelSyntax".firstMatch(of: Self.publicDeclaration) == nil)
        #expect("    package func helper()".firstMatch(of: Self.publicDeclaration) == nil)
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let missing = try Self.undocumented().missing
        #expect(missing.isEmpty, "public declarations without a /// comment directly above:\n\(missing.joined(separator: "\n"))")
    }
}
