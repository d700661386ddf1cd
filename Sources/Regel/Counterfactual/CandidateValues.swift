/// The facts and vurderinger a rule reads, and for each the values «hva skal til» tries: both
/// answers of a ja/nei, every value of an enumeration, and for numbers, dates, durations and texts
/// the constants the rules compare against (numbers ±1, dates ±1 day, durations ±1 day; for a date
/// also the vurderingsdato moved by each duration, ±1 day, which is where `alder(dato) < 18 år`
/// flips). Lists and records are never changed.
struct CandidateValues {
    /// One changeable input: its slot and the values to try, nearest the current value first.
    struct Input {
        let slot: Int
        let values: [Value]
    }

    /// In the order the rules mention them (depth first, left to right), each once.
    let inputs: [Input]

    /// The inputs of `rule` in `givenCase`, leaving out the slots in `fixed`.
    init(program: CompiledRuleSet, rule: Int, givenCase: Case, fixed: Set<Int>) {
        var order: [Int] = []
        var seenSlots = Set<Int>()
        var constants = Constants()
        RuleWalk.visit(rule, in: program) { node in
            switch node.kind {
            case .fact(let slot):
                if seenSlots.insert(slot).inserted { order.append(slot) }
            case .constant(let value):
                constants.add(value)
            default:
                break
            }
        }
        let date = givenCase.vurderingsdato
        inputs = order.compactMap { slot in
            guard !fixed.contains(slot) else { return nil }
            let current = givenCase[slot]
            let values = constants.values(for: program.facts[slot].type, on: date).filter { $0 != current }
            return values.isEmpty ? nil : Input(slot: slot, values: Self.nearestFirst(values, to: current, on: date))
        }
    }

    /// Ordered values sorted by their distance from the current one (the nearest boundary first);
    /// others keep their order.
    static func nearestFirst(_ values: [Value], to current: Value, on date: CalendarDate) -> [Value] {
        let origin = distanceOrigin(current, date: date)
        return values.enumerated().sorted { left, right in
            let a = distance(left.element, from: origin), b = distance(right.element, from: origin)
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
    }

    /// What distances are measured from: the current value, or for a missing date the vurderingsdato.
    static func distanceOrigin(_ current: Value, date: CalendarDate) -> Value {
        current == .unknown ? .date(date) : current
    }

    /// A distance that orders candidates: days for dates and durations, the absolute difference for
    /// numbers (or the absolute value, from a missing number); 0 for values that have no order.
    static func distance(_ value: Value, from origin: Value) -> Number {
        switch (value, origin) {
        case (.date(let a), .date(let b)): return Number(abs(a.dayNumber - b.dayNumber))
        case (.duration(let a), .duration(let b)): return Number(abs((a.months - b.months) * 31 + a.days - b.days))
        case (.number(let a), .number(let b)): return a.subtracting(b).map(magnitude) ?? .zero
        case (.number(let a), _): return magnitude(a)
        default: return .zero
        }
    }

    static func magnitude(_ number: Number) -> Number { number < .zero ? Number.zero.subtracting(number) ?? .zero : number }
}

/// The constants of the rules, by type, to make candidate values from.
struct Constants {
    private(set) var numbers: [Number] = []
    private(set) var dates: [CalendarDate] = []
    private(set) var durations: [Period] = []
    private(set) var texts: [String] = []

    mutating func add(_ value: Value) {
        switch value {
        case .number(let number) where !numbers.contains(number): numbers.append(number)
        case .date(let date) where !dates.contains(date): dates.append(date)
        case .duration(let period) where !durations.contains(period): durations.append(period)
        case .text(let text) where !texts.contains(text): texts.append(text)
        case .list(let items): items.forEach { add($0) }
        default: break
        }
    }

    /// The values to try for an input of `type` on vurderingsdato `date`, without repeats.
    func values(for type: ValueType, on date: CalendarDate) -> [Value] {
        var result: [Value] = []
        func add(_ value: Value?) { if let value, !result.contains(value) { result.append(value) } }
        switch type {
        case .truth:
            return [.truth(true), .truth(false)]
        case .enumeration(let enumeration):
            return enumeration.values.indices.map { .enumeration(enumeration, $0) }
        case .number:
            for number in numbers {
                add(number.subtracting(Number(1)).map(Value.number))
                add(.number(number))
                add(number.adding(Number(1)).map(Value.number))
            }
        case .date:
            var centres = dates
            for period in durations {
                if let back = period.negated.flatMap({ date.adding($0) }) { centres.append(back) }
                if let ahead = date.adding(period) { centres.append(ahead) }
            }
            for centre in centres {
                add(centre.adding(days: -1).map(Value.date))
                add(.date(centre))
                add(centre.adding(days: 1).map(Value.date))
            }
        case .duration:
            for period in durations {
                add(period.adding(Period(days: -1)).map(Value.duration))
                add(.duration(period))
                add(period.adding(Period(days: 1)).map(Value.duration))
            }
        case .text:
            texts.forEach { add(.text($0)) }
        case .record, .list, .error:
            break
        }
        return result
    }
}
