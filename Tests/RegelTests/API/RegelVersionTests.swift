import Testing
import Regel

/// The versions hosts and `regel --versjon` read: well formed, and the build line from its parts.
@Suite struct RegelVersionTests {
    @Test func versionsAreWellFormed() {
        #expect(RegelVersion.program.wholeMatch(of: /\d+\.\d+\.\d+/) != nil)
        #expect(RegelVersion.language.wholeMatch(of: /\d+\.\d+/) != nil)
        #expect(RegelVersion.compiler.wholeMatch(of: /Swift \d+\.\d+( eller nyere)?/) != nil)
    }

    @Test func buildAndTextAreMadeOfTheParts() {
        #if DEBUG
        #expect(RegelVersion.configuration == "debug")
        #else
        #expect(RegelVersion.configuration == "release")
        #endif
        #expect(RegelVersion.build == "\(RegelVersion.configuration), \(RegelVersion.compiler), \(RegelVersion.platform)")
        #expect(RegelVersion.text == "regel \(RegelVersion.program)\nregelspråk \(RegelVersion.language)\nbygg: \(RegelVersion.build)")
    }
}
