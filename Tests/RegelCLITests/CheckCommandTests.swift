import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func usageErrorExitsWithTwo() throws {
        let result = try CLIRunner.run(["sjekk"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("«sjekk» trenger minst én fil eller mappe"))
    }
}
