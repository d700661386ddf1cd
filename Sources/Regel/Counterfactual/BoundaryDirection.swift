extension WhatWouldChange {
    /// Which way a changed number, date or duration may move further and still give the target,
    /// as far as the candidate values show: a birth date «2006-03-02 eller senere».
    public enum Direction: Sendable, Equatable {
        /// Larger numbers, later dates, longer durations.
        case upward
        /// Smaller numbers, earlier dates, shorter durations.
        case downward
    }
}

/// The order of numbers, dates and durations, for telling which side of a boundary a value is on.
enum ValueOrder {
    /// -1, 0 or 1 for two values of one ordered type; nil for values without an order.
    static func compare(_ left: Value, _ right: Value) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a.compare(b).signum()
        case (.date(let a), .date(let b)): return a < b ? -1 : (b < a ? 1 : 0)
        case (.duration(let a), .duration(let b)): return a < b ? -1 : (b < a ? 1 : 0)
        default: return nil
        }
    }
}

extension CompiledRuleSet {
    /// `.upward` when every candidate beyond `chosen` on the larger side gives `target` as well
    /// (with the other changes of the alternative made), `.downward` likewise on the smaller side;
    /// nil when neither holds or the value has no order. For a value that was given, only the side
    /// it moved to counts; for a missing one, either side.
    func direction(of slot: Int, at chosen: Value, candidates: [Value], from current: Value, rule: Int,
                   in changed: Case, target: Value) -> WhatWouldChange.Direction? {
        let sides: [WhatWouldChange.Direction]
        if let side = ValueOrder.compare(chosen, current) {
            sides = side > 0 ? [.upward] : side < 0 ? [.downward] : []
        } else {
            sides = current == .unknown ? [.upward, .downward] : []
        }
        var trial = changed
        for side in sides {
            let beyond = candidates.filter { ValueOrder.compare($0, chosen) == (side == .upward ? 1 : -1) }
            guard !beyond.isEmpty else { continue }
            let holds = beyond.allSatisfy { candidate in
                trial[slot] = candidate
                return value(ofRule: rule, in: trial) == target
            }
            if holds { return side }
        }
        return nil
    }
}
