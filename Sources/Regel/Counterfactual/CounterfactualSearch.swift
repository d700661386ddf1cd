/// The search behind `WhatWouldChange`: sets of inputs by size, and for each set the combinations
/// of candidate values, with the rule evaluated value-only each time. Iterative, so no rule set
/// or case can make it recurse deeply, and it checks the clock as it goes.
struct CounterfactualSearch {
    let program: CompiledRuleSet
    let rule: Int
    let inputs: [CandidateValues.Input]
    let target: Value
    let deadline: ContinuousClock.Instant
    /// The case, changed in place while trying and put back after each try.
    private var trial: Case
    private var evaluations = 0
    /// Sizes below this were searched in full.
    private(set) var searchedSizes = 0
    private(set) var isCutOff = false

    /// The clock is read once per this many evaluations: reading it costs more than one evaluation.
    static let evaluationsPerClockCheck = 64

    init(program: CompiledRuleSet, rule: Int, givenCase: Case, inputs: [CandidateValues.Input], target: Value,
         deadline: ContinuousClock.Instant) {
        self.program = program
        self.rule = rule
        self.inputs = inputs
        self.target = target
        self.deadline = deadline
        self.trial = givenCase
    }

    /// The alternatives of the smallest size that has any, each as (slot, value) pairs, at most
    /// `limit` of them; empty when none up to `maxChanges` or when the time ran out first.
    mutating func minimalAlternatives(maxChanges: Int, limit: Int) -> [[(slot: Int, value: Value)]] {
        guard limit > 0, maxChanges > 0 else { return [] }
        for size in 1...max(1, min(maxChanges, inputs.count)) where size <= inputs.count {
            var found: [[(slot: Int, value: Value)]] = []
            var chosen = Array(0..<size)
            repeat {
                if let values = firstWorkingValues(chosen) {
                    found.append(zip(chosen, values).map { (inputs[$0].slot, $1) })
                    if found.count == limit { break }
                }
                if isCutOff { return found }
            } while Self.advance(&chosen, count: inputs.count)
            if !found.isEmpty { return found }
            searchedSizes = size
        }
        return []
    }

    /// The first combination of values for the inputs at `chosen` that gives the target, trying
    /// each input's values nearest first (the first input's changing slowest).
    mutating func firstWorkingValues(_ chosen: [Int]) -> [Value]? {
        let saved = chosen.map { trial[inputs[$0].slot] }
        defer { for (index, position) in chosen.enumerated() { trial[inputs[position].slot] = saved[index] } }
        var digits = Array(repeating: 0, count: chosen.count)
        while true {
            for (index, position) in chosen.enumerated() { trial[inputs[position].slot] = inputs[position].values[digits[index]] }
            if program.value(ofRule: rule, in: trial) == target {
                return digits.enumerated().map { inputs[chosen[$0.offset]].values[$0.element] }
            }
            evaluations += 1
            if evaluations % Self.evaluationsPerClockCheck == 0 && ContinuousClock.now >= deadline {
                isCutOff = true
                return nil
            }
            // The last input's values change fastest.
            var index = chosen.count - 1
            while index >= 0 {
                digits[index] += 1
                if digits[index] < inputs[chosen[index]].values.count { break }
                digits[index] = 0
                index -= 1
            }
            if index < 0 { return nil }
        }
    }

    /// The next set of `chosen.count` positions out of `count`, in lexicographic order; false after the last.
    static func advance(_ chosen: inout [Int], count: Int) -> Bool {
        var index = chosen.count - 1
        while index >= 0 && chosen[index] == count - chosen.count + index { index -= 1 }
        guard index >= 0 else { return false }
        chosen[index] += 1
        for next in (index + 1)..<chosen.count { chosen[next] = chosen[next - 1] + 1 }
        return true
    }
}
