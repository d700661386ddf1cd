/// Finds the vilkår of compiled rules for coverage.
extension ConditionInfo {
    static func all(in rules: [RuleInfo], _ sources: [NodeSource]) -> [ConditionInfo] {
        var found: [ConditionInfo] = []
        func add(_ kind: Kind, _ rule: RuleInfo, _ id: Int) {
            let source = sources[id]
            found.append(ConditionInfo(kind: kind, rule: rule.name, file: source.file, range: source.range, id: id))
        }
        for rule in rules {
            for version in rule.versions {
                switch version.body {
                case .condition(let node), .value(let node):
                    for item in node.listItems { add(.item, rule, item.id) }
                case .cases(let cases, let otherwise):
                    for ruleCase in cases {
                        add(.hvis, rule, ruleCase.id)
                        for item in ruleCase.condition.listItems { add(.item, rule, item.id) }
                    }
                    for item in otherwise?.listItems ?? [] { add(.item, rule, item.id) }
                }
            }
            for exception in rule.exceptions {
                add(.exception, rule, exception.id)
                for item in exception.condition.listItems { add(.item, rule, item.id) }
            }
        }
        return found
    }
}

extension Node {
    /// The items of every `alle:` / `minst ett av:` list in this node, nested lists included.
    var listItems: [Node] {
        var found: [Node] = []
        var stack = [self]
        while let node = stack.popLast() {
            if case .conditionList(_, let items) = node.kind {
                found += items
                stack += items.reversed()
            }
        }
        return found
    }
}
