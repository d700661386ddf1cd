import Foundation
import Testing

/// Checks every page must pass: well-formed, `lang="nb"`, one `<h1>` and no heading level
/// skipped, a label for every input, a skip link to the main content, and nothing loaded from
/// elsewhere. Each failure is recorded with the page's name.
enum PageChecks {
    /// The parsed page, after the checks; nil (and an issue) when it is not well-formed.
    @discardableResult
    static func check(_ html: String, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> StrictHTML.Element? {
        let root: StrictHTML.Element
        do {
            root = try StrictHTML.parse(html)
        } catch {
            Issue.record("\(name) is not well-formed: \(error)", sourceLocation: sourceLocation)
            return nil
        }
        for problem in problems(root) { Issue.record("\(name): \(problem)", sourceLocation: sourceLocation) }
        return root
    }

    static func problems(_ root: StrictHTML.Element) -> [String] {
        var found: [String] = []
        if root.attributes["lang"] != "nb" { found.append("<html> must have lang=\"nb\"") }
        if root.first("meta")?.attributes["charset"] != "utf-8" { found.append("the first <meta> must say charset=\"utf-8\"") }
        found += headingProblems(root)
        for input in root.all("input") + root.all("select") + root.all("textarea") where input.attributes["type"] != "hidden" {
            let id = input.attributes["id"] ?? ""
            let labelled = input.attributes["aria-label"] != nil || (!id.isEmpty && root.all("label").contains { $0.attributes["for"] == id })
            if !labelled { found.append("<\(input.name) id=\"\(id)\"> has no label") }
        }
        let links = root.all("a")
        if let skip = links.first, let href = skip.attributes["href"], href.hasPrefix("#"), root.byID(String(href.dropFirst()))?.name == "main" {
            // The first link skips to <main>.
        } else {
            found.append("the first link must skip to <main>")
        }
        if !root.all("link").isEmpty || !root.all("img").isEmpty || !root.all("iframe").isEmpty { found.append("a <link>, <img> or <iframe> loads something") }
        for element in root.descendants {
            if element.attributes["src"] != nil { found.append("<\(element.name) src> loads something") }
            if let href = element.attributes["href"], href.contains("//") { found.append("link to another site: \(href)") }
        }
        var ids = Set<String>()
        for element in root.descendants { if let id = element.attributes["id"], !ids.insert(id).inserted { found.append("duplicate id \(id)") } }
        return found
    }

    /// One `<h1>`, and each heading at most one level below the one before it.
    static func headingProblems(_ root: StrictHTML.Element) -> [String] {
        let levels = root.descendants.compactMap { element -> Int? in
            guard element.name.count == 2, element.name.first == "h", let level = Int(element.name.dropFirst()) else { return nil }
            return level
        }
        var found: [String] = []
        if levels.filter({ $0 == 1 }).count != 1 || levels.first != 1 { found.append("the page needs exactly one <h1>, first: \(levels.prefix(5))") }
        for (previous, next) in zip(levels, levels.dropFirst()) where next > previous + 1 {
            found.append("<h\(next)> follows <h\(previous)>")
        }
        return found
    }

    /// WCAG 2 contrast ratio of two `#rrggbb` colours.
    static func contrast(_ first: String, _ second: String) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
