/// Which compared rules a change between two rule sets can reach at all: a rule whose own text
/// (versions and unntak) differs, that uses such a rule, or that reads a fact or vurdering whose
/// type differs. The others give the same answer and the same missing facts for every case, since
/// the same text over the same inputs gives the same result, so `DecisionDiffRunner` skips them.
enum AffectedRules {
    /// For each pair of rule numbers (old, new), whether the change can reach it.
    static func find(old: CompiledRuleSet, new: CompiledRuleSet, oldTexts: Divergence.RuleTexts, newTexts: Divergence.RuleTexts,
                     pairs: [(old: Int, new: Int)]) -> [Bool] {
        pairs.map { pair in
            let before = reach(pair.old, in: old), after = reach(pair.new, in: new)
            guard before.rules == after.rules, before.facts == after.facts else { return true }
            if before.rules.contains(where: { oldTexts.texts[$0] != newTexts.texts[$0] }) { return true }
            return before.facts.contains { name in
                old.fact(named: name).map { signature($0.type) } != new.fact(named: name).map { signature($0.type) }
            }
        }
    }

    /// A type with the values of its enumerations and the fields of its records, which its name
    /// alone does not show. Nested at most `depth` levels, more than any declared type has.
    static func signature(_ type: ValueType, depth: Int = 16) -> String {
        guard depth > 0 else { return type.displayName }
        switch type {
        case .enumeration(let enumeration): return enumeration.name + "(" + enumeration.values.joined(separator: ",") + ")"
        case .record(let record):
            return record.name + "{" + record.fields.map { $0.name + ":" + signature($0.type, depth: depth - 1) }.joined(separator: ",") + "}"
        case .list(let element): return "[" + signature(element, depth: depth - 1) + "]"
        default: return type.displayName
        }
    }

    /// The names of the rules and facts a rule reaches.
    static func reach(_ rule: Int, in program: CompiledRuleSet) -> (rules: Set<String>, facts: Set<String>) {
        var facts = Set<String>()
        let rules = RuleWalk.visit(rule, in: program) { node in
            if case .fact(let slot) = node.kind { facts.insert(program.facts[slot].name) }
        }
        return (Set(rules.map { program.rules[$0].name }), facts)
    }
}
