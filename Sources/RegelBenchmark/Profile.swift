import Regel

/// `regel-benchmark --profil N`: only the small rule's value-only loop, for a profiler.
enum Profile {
    static func run(_ program: CompiledRuleSet, _ rule: Int, _ cases: [Case]) -> Int {
        var tally = Tally()
        for givenCase in cases { tally.add(program.value(ofRule: rule, in: givenCase)) }
        return tally.yes
    }

    static func json(_ program: CompiledRuleSet, _ rule: Int, _ lines: [String], _ date: CalendarDate) -> Int {
        var yes = 0
        for line in lines {
            if case .success(let givenCase) = CaseJSON.decode(line, program: program, defaultDate: date),
               program.value(ofRule: rule, in: givenCase) == .truth(true) { yes += 1 }
        }
        return yes
    }
}
