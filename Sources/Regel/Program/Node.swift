/// A compiled expression: names resolved to slots, types checked.
/// `id` indexes `CompiledRuleSet.nodeSources`, tying results to source text.
struct Node: Sendable {
    let id: Int
    let kind: Kind

    indirect enum Kind: Sendable {
        case constant(Value)
        case fact(Int)
        case rule(Int)
        case local(Int)
        case vurderingsdato
        case field(Node, Int)
        case not(Node)
        case logical(LogicalOperator, [Node])
        case conditionList(ConditionListKind, [Node])
        case compare(BinaryOperator, Node, Node)
        case arithmetic(BinaryOperator, Node, Node)
        case negate(Node)
        case call(Builtin, [Node])
        case quantifier(Quantifier, list: Node, condition: Node?, local: Int)
        /// `[verdi for t i liste der vilkår]`: `local` is the variable the elements are bound to.
        case comprehension(value: Node, list: Node, condition: Node?, local: Int)
        /// A rule with parameters applied to arguments, one per parameter.
        case ruleCall(Int, [Node])
        /// `x i liste`.
        case membership(Node, list: Node)
        /// `liste[n]`, counted from 0.
        case index(Node, position: Node)
        case list([Node])
        case record(RecordType, [Node])
        case invalid
    }
}

/// Where a node came from, for explanations and coverage.
struct NodeSource: Sendable {
    let file: SourceFile
    let range: SourceRange
    var text: String { file.text(range) }
}

extension Node {
    /// The direct subnodes.
    var children: [Node] {
        switch kind {
        case .constant, .fact, .rule, .local, .vurderingsdato, .invalid: return []
        case .field(let base, _), .not(let base), .negate(let base): return [base]
        case .logical(_, let items), .conditionList(_, let items), .list(let items), .record(_, let items), .call(_, let items),
             .ruleCall(_, let items):
            return items
        case .compare(_, let a, let b), .arithmetic(_, let a, let b), .membership(let a, let b), .index(let a, let b): return [a, b]
        case .quantifier(_, let list, let condition, _): return [list] + (condition.map { [$0] } ?? [])
        case .comprehension(let value, let list, let condition, _): return [list, value] + (condition.map { [$0] } ?? [])
        }
    }
}
