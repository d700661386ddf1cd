import Regel

/// `regel-benchmark --profil N`: only the small rule's value-only loop, for a profiler.
enum Profile {
    static func run(_ program: CompiledRuleSet, _ rule: Int, _ cases: [Case]) -> Int {
        var yes = 0
        for givenCase in cases where program.value(ofRule: rule, in: givenCase) == .truth(true) { yes += 1 }
        return yes
    }
}
