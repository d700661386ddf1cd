import Foundation

/// Enough of a TextMate tokenizer to tell which scopes grammar/regel.tmLanguage.json gives each
/// character: `match` rules with `name` and `captures`, `begin`/`end` rules that may span lines,
/// and `include` from the repository. As in TextMate, the rule whose match starts earliest wins,
/// the first listed on a tie, and a span's `end` before its inner patterns. The regexes run on
/// NSRegularExpression (ICU), which reads the constructs the grammar uses as Oniguruma does.
struct TextMateHighlighter {
    indirect enum Rule {
        case match(NSRegularExpression, name: String?, captures: [Int: String])
        case span(begin: NSRegularExpression, end: NSRegularExpression, name: String?, patterns: [Rule])
    }

    struct GrammarError: Error, CustomStringConvertible { let description: String }

    let scopeName: String
    let patterns: [Rule]

    init(json: Data) throws {
        guard let grammar = try JSONSerialization.jsonObject(with: json) as? [String: Any],
              let scopeName = grammar["scopeName"] as? String else { throw GrammarError(description: "no scopeName") }
        let repository = grammar["repository"] as? [String: Any] ?? [:]
        self.scopeName = scopeName
        patterns = try Self.rules(grammar["patterns"], repository: repository, depth: 0)
    }

    private static func rules(_ list: Any?, repository: [String: Any], depth: Int) throws -> [Rule] {
        guard depth < 20 else { throw GrammarError(description: "includes nest too deep") }
        var result: [Rule] = []
        for case let entry as [String: Any] in list as? [Any] ?? [] {
            if let include = entry["include"] as? String {
                guard include.hasPrefix("#"), let target = repository[String(include.dropFirst())] else {
                    throw GrammarError(description: "unknown include \(include)")
                }
                result += try rules([target], repository: repository, depth: depth + 1)
            } else if let match = entry["match"] as? String {
                var captures: [Int: String] = [:]
                for case let (key, value as [String: Any]) in entry["captures"] as? [String: Any] ?? [:] {
                    if let group = Int(key), let name = value["name"] as? String { captures[group] = name }
                }
                result.append(.match(try NSRegularExpression(pattern: match), name: entry["name"] as? String, captures: captures))
            } else if let begin = entry["begin"] as? String, let end = entry["end"] as? String {
                let inner = try rules(entry["patterns"], repository: repository, depth: depth + 1)
                result.append(.span(begin: try NSRegularExpression(pattern: begin), end: try NSRegularExpression(pattern: end),
                                    name: entry["name"] as? String, patterns: inner))
            } else {
                throw GrammarError(description: "a rule with neither match, begin/end nor include: \(entry.keys.sorted())")
            }
        }
        return result
    }

    /// For each line of `text`, the scopes of each UTF-16 unit, outermost first (the grammar's own
    /// scope name included).
    func scopes(of text: String) -> [[[String]]] {
        var open: [OpenSpan] = []
        return text.components(separatedBy: "\n").map { line in
            let units = line as NSString
            var result = [[String]](repeating: [], count: units.length)
            func paint(_ range: NSRange, _ extra: [String?] = []) {
                let stack = [scopeName] + open.compactMap(\.name) + extra.compactMap { $0 }
                for unit in range.location..<(range.location + range.length) { result[unit] = stack }
            }
            var position = 0, steps = 0
            // Progress guard: a span that opens and closes on nothing could otherwise loop.
            while position <= units.length && steps < 4 * units.length + 64 {
                steps += 1
                guard let next = nextMatch(in: line, from: position, inside: open.last) else {
                    paint(NSRange(location: position, length: units.length - position))
                    break
                }
                let (rule, match) = next
                paint(NSRange(location: position, length: match.range.location - position))
                switch rule {
                case nil:
                    paint(match.range)
                    open.removeLast()
                case .match(_, let name, let captures)?:
                    paint(match.range, [name])
                    for (group, scope) in captures.sorted(by: { $0.key < $1.key })
                    where group < match.numberOfRanges && match.range(at: group).location != NSNotFound {
                        paint(match.range(at: group), [name, scope])
                    }
                case .span(_, let end, let name, let inner)?:
                    open.append((end, name, inner))
                    paint(match.range)
                }
                if case .match? = rule, match.range.length == 0 {
                    // An empty match moves nothing; step over one unit.
                    if match.range.location < units.length { paint(NSRange(location: match.range.location, length: 1)) }
                    position = match.range.location + 1
                } else {
                    position = match.range.location + match.range.length
                }
            }
            return result
        }
    }

    typealias OpenSpan = (end: NSRegularExpression, name: String?, patterns: [Rule])

    /// The match that starts earliest from `position`: the open span's end first, then its
    /// patterns (or the grammar's) in order, so a tie goes to the one listed first.
    private func nextMatch(in line: String, from position: Int, inside span: OpenSpan?) -> (Rule?, NSTextCheckingResult)? {
        let candidates = (span.map { [(rule: Rule?.none, regex: $0.end)] } ?? [])
            + (span?.patterns ?? patterns).map { (rule: Optional($0), regex: $0.regex) }
        var best: (Rule?, NSTextCheckingResult)?
        for candidate in candidates {
            guard let match = Self.firstMatch(candidate.regex, in: line, from: position) else { continue }
            if match.range.location < best?.1.range.location ?? Int.max { best = (candidate.rule, match) }
        }
        return best
    }

    private static func firstMatch(_ regex: NSRegularExpression, in line: String, from position: Int) -> NSTextCheckingResult? {
        let length = (line as NSString).length
        return regex.firstMatch(in: line, options: [.withTransparentBounds, .withoutAnchoringBounds],
                                range: NSRange(location: position, length: length - position))
    }
}

extension TextMateHighlighter.Rule {
    /// The regex that decides where the rule starts.
    var regex: NSRegularExpression {
        switch self {
        case .match(let regex, _, _): regex
        case .span(let begin, _, _, _): begin
        }
    }
}
