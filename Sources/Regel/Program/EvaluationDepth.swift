/// How deep evaluating a rule nests on the call stack: the nesting of its expressions, and where
/// it refers to another rule, that rule's depth added on, summed along the whole chain of rules.
/// The evaluator compares this with its limit to decide when to evaluate a chain bottom-up.
enum EvaluationDepth {
    /// Levels a rule adds beyond its expressions: the rule itself, its body, a `hvis` or an exception.
    static let perRule = 2

    /// The depth of every rule; rules left out of `order` (on or behind a cycle) get 0.
    static func of(_ rules: [RuleInfo], order: [Int]) -> [Int] {
        var depths = Array(repeating: 0, count: rules.count)
        for number in order { depths[number] = of(rules[number], depths) }
        return depths
    }

    static func of(_ rule: RuleInfo, _ depths: [Int]) -> Int {
        var roots: [Node] = rule.exceptions.flatMap { [$0.condition, $0.value] }
        for version in rule.versions {
            switch version.body {
            case .condition(let node), .value(let node): roots.append(node)
            case .cases(let cases, let otherwise): roots += cases.flatMap { [$0.condition, $0.value] } + (otherwise.map { [$0] } ?? [])
            }
        }
        return perRule + (roots.map { of($0, depths) }.max() ?? 0)
    }

    /// The depth of a node, counting the depth of the rules it refers to. Walks with its own stack.
    static func of(_ root: Node, _ depths: [Int]) -> Int {
        var deepest = 0
        var stack = [(node: root, level: 1)]
        while let (node, level) = stack.popLast() {
            var reach = level
            switch node.kind {
            case .rule(let number), .ruleCall(let number, _):
                if depths.indices.contains(number) { reach += depths[number] }
            default: break
            }
            deepest = max(deepest, reach)
            for child in node.children { stack.append((child, level + 1)) }
        }
        return deepest
    }
}
