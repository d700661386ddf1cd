/// Which rules use which: an evaluation order, the cycles, and chain depths.
struct RuleGraph {
    /// For each rule, the rules it uses (through any version or exception).
    var edges: [[Int]]
    /// Rules in an order where each follows the rules it uses; rules in cycles are left out.
    var order: [Int] = []
    /// Each cycle once, as the rules in it, in reference order.
    var cycles: [[Int]] = []
    /// The longest chain of references below each rule.
    var chainDepth: [Int]

    init(checker: Checker) {
        let count = checker.ruleNames.count
        edges = Array(repeating: [], count: count)
        chainDepth = Array(repeating: 0, count: count)
        for (number, name) in checker.ruleNames.enumerated() {
            var uses = Set<Int>()
            for (declaration, _) in checker.ruleDeclarations[name] ?? [] {
                for expression in declaration.body.expressions { RuleGraph.collect(expression, checker, [], &uses) }
            }
            for (exception, _) in checker.exceptionDeclarations[name] ?? [] {
                for expression in [exception.condition, exception.value].compactMap({ $0 }) {
                    RuleGraph.collect(expression, checker, [], &uses)
                }
            }
            edges[number] = uses.sorted()
        }
        sortTopologically()
    }

    /// Kahn's algorithm; whatever is left lies on or behind a cycle.
    mutating func sortTopologically() {
        let count = edges.count
        var remaining = edges.map(\.count)
        var users: [[Int]] = Array(repeating: [], count: count)
        for (user, used) in edges.enumerated() { for target in used { users[target].append(user) } }
        var ready = (0..<count).filter { remaining[$0] == 0 }
        var head = 0
        while head < ready.count {
            let rule = ready[head]
            head += 1
            order.append(rule)
            chainDepth[rule] = (edges[rule].map { chainDepth[$0] + 1 }.max() ?? 0)
            for user in users[rule] {
                remaining[user] -= 1
                if remaining[user] == 0 { ready.append(user) }
            }
        }
        findCycles(left: Set((0..<count).filter { remaining[$0] > 0 }))
    }

    /// Walks references among the leftover rules until one repeats: that
    /// stretch is a cycle. Each rule is reported in at most one cycle.
    mutating func findCycles(left: Set<Int>) {
        var reported = Set<Int>()
        for start in left.sorted() where !reported.contains(start) {
            var path: [Int] = []
            var position: [Int: Int] = [:]
            var current = start
            while position[current] == nil, !reported.contains(current) {
                position[current] = path.count
                path.append(current)
                guard let next = edges[current].first(where: { left.contains($0) }) else { break }
                current = next
            }
            if let index = position[current] {
                let cycle = Array(path[index...])
                cycles.append(cycle)
                reported.formUnion(cycle)
            }
            reported.formUnion(path)
        }
    }

    /// Adds the rules `expression` refers to, skipping quantifier variables and facts.
    static func collect(_ expression: Expression, _ checker: Checker, _ locals: [String], _ uses: inout Set<Int>) {
        switch expression.kind {
        case .path(let path):
            guard let first = path.components.first, !locals.contains(first.text),
                  checker.factSlots[path.text] == nil, let number = checker.ruleNumbers[first.text] else { return }
            uses.insert(number)
        case .quantifier(_, let variable, let list, let condition):
            collect(list, checker, locals, &uses)
            if let condition { collect(condition, checker, locals + [variable.text], &uses) }
        default:
            for child in expression.children { collect(child, checker, locals, &uses) }
        }
    }
}

extension Expression {
    /// The direct subexpressions.
    var children: [Expression] {
        switch kind {
        case .path, .number, .text, .date, .duration, .truth, .unknown, .invalid: return []
        case .list(let items): return items
        case .record(let fields): return fields.map(\.value)
        case .call(_, let arguments): return arguments
        case .member(let base, _), .negate(let base), .not(let base): return [base]
        case .binary(_, let left, let right): return [left, right]
        case .logical(_, let operands), .conditionList(_, let operands): return operands
        case .quantifier(_, _, let list, let condition): return [list] + (condition.map { [$0] } ?? [])
        }
    }
}

extension RuleBody {
    /// Every expression in the body.
    var expressions: [Expression] {
        switch self {
        case .condition(let expression), .value(let expression): return [expression]
        case .cases(let cases, let otherwise): return cases.flatMap { [$0.condition, $0.value] } + (otherwise.map { [$0] } ?? [])
        case .missing: return []
        }
    }
}
