import Testing

/// The checker the other tests lean on must itself reject what a browser would repair silently.
@Suite struct StrictHTMLTests {
    static let good = #"<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"/><style>a > b { }</style></head><body><p class="x">a &amp; b &lt;c&gt;</p><br/><script>if (a < b && c) {}</script></body></html>"#

    @Test func acceptsWellFormedHTMLAndDecodesText() throws {
        let root = try StrictHTML.parse(Self.good)
        #expect(root.attributes["lang"] == "nb")
        #expect(root.first("p")?.text == "a & b <c>")
        #expect(root.withClass("x").count == 1)
    }

    @Test(arguments: [
        (#"<!DOCTYPE html><html><p>a</html>"#, "an unclosed element"),
        (#"<!DOCTYPE html><html><b><i>a</b></i></html>"#, "misnested elements"),
        (#"<!DOCTYPE html><html><p class=x>a</p></html>"#, "an unquoted attribute"),
        (#"<!DOCTYPE html><html><p>a & b</p></html>"#, "a bare ampersand"),
        (#"<!DOCTYPE html><html><p>a < b</p></html>"#, "a bare less-than"),
        (#"<!DOCTYPE html><html><p>a > b</p></html>"#, "a bare greater-than"),
        (#"<!DOCTYPE html><html><p id="a" id="b">a</p></html>"#, "a duplicate attribute"),
        (#"<!DOCTYPE html><html><p>&nosuch;</p></html>"#, "an unknown entity"),
        (#"<!DOCTYPE html><html><div/></html>"#, "a self-closed non-void element"),
        (#"<!DOCTYPE html><html><script>a</b></script></html>"#, "an end tag inside a script"),
        (#"<html></html>"#, "a missing doctype"),
        (#"<!DOCTYPE html><html></html><p></p>"#, "content after the root"),
    ])
    func rejects(_ html: String, _ what: String) {
        #expect(throws: StrictHTML.Failure.self, "should reject \(what)") { try StrictHTML.parse(html) }
    }

    @Test func pageChecksFindSkippedHeadingsMissingLabelsAndOutsideResources() throws {
        let root = try StrictHTML.parse(##"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/></head><body><a href="#y">hopp</a><h1>a</h1><h3>b</h3><input id="q"/><img src="https://example.org/a.png"/></body></html>"##)
        let problems = PageChecks.problems(root)
        #expect(problems.contains { $0.contains("lang") })
        #expect(problems.contains { $0.contains("<h3> follows <h1>") })
        #expect(problems.contains { $0.contains("has no label") })
        #expect(problems.contains { $0.contains("skip to <main>") })
        #expect(problems.contains { $0.contains("loads something") })
    }

    @Test func contrastFollowsWCAG() {
        #expect(abs(PageChecks.contrast("#000000", "#ffffff") - 21) < 0.01)
        #expect(abs(PageChecks.contrast("#777777", "#ffffff") - 4.48) < 0.01)
    }
}
