/// The compiled nodes of a rule and of every rule it uses, visited without recursion: each rule's
/// nodes depth first, left to right, and the rules it uses after it, each once. «Hva skal til»
/// finds a rule's inputs and constants with it, and `regel diff` the rules a change can reach.
enum RuleWalk {
    /// Calls `visit` for every node of `rule` and the rules it uses; returns those rules, `rule`
    /// first, in the order they were met.
    @discardableResult
    static func visit(_ rule: Int, in program: CompiledRuleSet, _ visit: (Node) -> Void) -> [Int] {
        // A queue read from `next`, so a long chain costs no more than its length.
        var rules = [rule]
        var next = 0
        var seen: Set<Int> = [rule]
        while next < rules.count {
            let number = rules[next]
            next += 1
            var stack = Array(roots(of: program.rules[number]).reversed())
            while let node = stack.popLast() {
                visit(node)
                if case .rule(let used) = node.kind, seen.insert(used).inserted { rules.append(used) }
                stack += node.children.reversed()
            }
        }
        return rules
    }

    /// The nodes of every version and unntak of a rule.
    static func roots(of rule: RuleInfo) -> [Node] {
        var nodes: [Node] = []
        for version in rule.versions {
            switch version.body {
            case .condition(let node), .value(let node): nodes.append(node)
            case .cases(let cases, let otherwise):
                for item in cases { nodes += [item.condition, item.value] }
                if let otherwise { nodes.append(otherwise) }
            }
        }
        for exception in rule.exceptions { nodes += [exception.condition, exception.value] }
        return nodes
    }
}
