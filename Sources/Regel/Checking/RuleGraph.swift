/// Which rules use which: an evaluation order and the cycles.
struct RuleGraph {
    /// For each rule, the rules it uses (through any version or exception).
    var edges: [[Int]]
    /// Rules in an order where each follows the rules it uses; rules on or behind a cycle are left out.
    var order: [Int] = []
    /// Cycles in reference order, each reported once; together they name every rule that lies on a cycle.
    var cycles: [[Int]] = []

    /// The graph of the rules each rule uses (`Resolution.ruleUses`), each list sorted.
    init(edges: [[Int]]) {
        self.edges = edges
        sortTopologically()
        findCycles()
    }

    /// Kahn's algorithm; whatever is left lies on or behind a cycle.
    mutating func sortTopologically() {
        var remaining = edges.map(\.count)
        var users: [[Int]] = Array(repeating: [], count: edges.count)
        for (user, used) in edges.enumerated() { for target in used { users[target].append(user) } }
        order = (0..<edges.count).filter { remaining[$0] == 0 }
        var head = 0
        while head < order.count {
            let rule = order[head]
            head += 1
            for user in users[rule] {
                remaining[user] -= 1
                if remaining[user] == 0 { order.append(user) }
            }
        }
    }

    /// Every rule that uses itself is a cycle of its own. Beyond those, every rule in a strongly
    /// connected component of two or more lies on a cycle through others: for each such rule not
    /// yet named, the shortest such cycle through it is reported. So every rule on a cycle is
    /// named, and no cycle is reported twice.
    mutating func findCycles() {
        for component in RuleGraph.components(edges) {
            for rule in component where edges[rule].contains(rule) { cycles.append([rule]) }
            guard component.count > 1 else { continue }
            let members = Set(component)
            var named = Set<Int>()
            for start in component where !named.contains(start) {
                let cycle = shortestCycle(through: start, within: members)
                cycles.append(cycle)
                named.formUnion(cycle)
            }
        }
    }

    /// Breadth first from `start` back to itself, inside one component of two or more rules (where
    /// a way back through another rule always exists), not counting a rule's use of itself.
    func shortestCycle(through start: Int, within members: Set<Int>) -> [Int] {
        var cameFrom: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let rule = queue[head]
            head += 1
            for target in edges[rule] where target != rule && members.contains(target) {
                if target == start {
                    var cycle = [rule]
                    while let previous = cameFrom[cycle[cycle.count - 1]] { cycle.append(previous) }
                    return cycle.reversed()
                }
                if cameFrom[target] == nil {
                    cameFrom[target] = rule
                    queue.append(target)
                }
            }
        }
        return [start]
    }

    /// Strongly connected components, each sorted, ordered by their first rule. Tarjan's algorithm
    /// with an explicit stack, so a long chain of rules cannot overflow the call stack.
    static func components(_ edges: [[Int]]) -> [[Int]] {
        var index = Array(repeating: -1, count: edges.count), lowest = index
        var onStack = Array(repeating: false, count: edges.count)
        var stack: [Int] = [], result: [[Int]] = [], counter = 0
        func visit(_ rule: Int, _ work: inout [(rule: Int, edge: Int)]) {
            (index[rule], lowest[rule], counter) = (counter, counter, counter + 1)
            stack.append(rule)
            onStack[rule] = true
            work.append((rule, 0))
        }
        for root in edges.indices where index[root] < 0 {
            var work: [(rule: Int, edge: Int)] = []
            visit(root, &work)
            while let (rule, edge) = work.last {
                if edge < edges[rule].count {
                    work[work.count - 1].edge += 1
                    let target = edges[rule][edge]
                    if index[target] < 0 { visit(target, &work) } else if onStack[target] { lowest[rule] = min(lowest[rule], index[target]) }
                    continue
                }
                work.removeLast()
                if let parent = work.last { lowest[parent.rule] = min(lowest[parent.rule], lowest[rule]) }
                guard lowest[rule] == index[rule] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == rule { break }
                }
                result.append(component.sorted())
            }
        }
        return result.sorted { $0[0] < $1[0] }
    }
}
