/// The program in the form the evaluator runs: every expression node a trivial `Step` in one
/// array, children by index, rules and their versions in flat tables. Reading a step costs no
/// reference counting, which the tree of `Node`s (indirect enums) did on every visit; the nodes
/// stay beside the steps for explanations, which are built only when asked for.
struct Plan: Sendable {
    /// One expression node. `a`, `b` and `c` mean what `code` says.
    struct Step: Sendable {
        enum Code: UInt8, Sendable {
            /// `a`: index in `constants`.
            case constant
            /// `a`: fact slot.
            case fact
            /// `a`: rule number.
            case rule
            /// `a`: local variable.
            case local
            case vurderingsdato
            /// `a`: the record's step, `b`: field index.
            case field
            /// `a`: operand.
            case not
            /// `a`: first operand in `children`, `b`: count.
            case and, or
            /// `flag`: operator, `a`, `b`: operands.
            case compare, arithmetic
            /// A comparison whose right operand `b` is a whole-number constant, also kept in `c`, so
            /// that `alder < 18` compares two integers on the truth path.
            case compareWithInteger
            /// `a`: operand.
            case negate
            /// `flag`: built-in, `a`: first argument in `children`, `b`: count.
            case call
            /// `flag`: quantifier, `a`: the list, `b`: the condition or -1, `c`: the local variable.
            case quantifier
            /// `a`: first item in `children`, `b`: count.
            case list
            /// `a`: first field in `children`, `b`: count, `c`: index in `recordTypes`.
            case record
            /// A rule with parameters: `a`: first argument in `children`, `b`: count, `c`: rule number.
            case ruleCall
            /// `[verdi for t i liste der vilkår]`: `a`: the list, `b`: the value and then, if `flag` is 1, the
            /// condition in `children`, `c`: the local variable.
            case comprehension
            /// `x i liste`: `a`: the element, `b`: the list.
            case membership
            /// `liste[n]`: `a`: the list, `b`: the position.
            case index
            case invalid
        }

        let code: Code
        let flag: UInt8
        let a: Int32
        let b: Int32
        let c: Int32
    }

    /// A rule: its versions and exceptions as ranges of the tables below.
    struct Rule: Sendable {
        let versions: Range<Int32>
        let exceptions: Range<Int32>
        /// Its `ikke kodet` periods in `notEncoded`.
        let notEncoded: Range<Int32>
        let isTruth: Bool
        /// Evaluating it would nest deeper than the evaluator allows: its chain is evaluated bottom-up.
        let isDeep: Bool
        /// A rule with parameters: its value depends on its arguments, so it is kept per argument, not per rule.
        let takesArguments: Bool
        /// A rule with parameters called from more than one place: only then can one evaluation apply it
        /// to the same arguments twice, so only then are its values kept per argument.
        var keepsCalls = false
    }

    /// A version: its period as day numbers (both inclusive) and its body.
    struct Version: Sendable {
        enum Body: UInt8, Sendable { case expression, cases }
        let from: Int32
        let to: Int32
        let body: Body
        /// The expression's step, or for `hvis` cases the first case in `cases`.
        let start: Int32
        /// The number of cases.
        let count: Int32
        /// The `ellers` step, or -1.
        let otherwise: Int32
        /// The expression after `hjemmel etter`, or -1; evaluated only for explanations.
        var selector: Int32 = -1
    }

    struct Case: Sendable {
        let id: Int32
        let condition: Int32
        let value: Int32
    }

    /// An `ikke kodet` period as day numbers, and its `når` step or -1.
    struct NotEncoded: Sendable {
        let from: Int32
        let to: Int32
        let condition: Int32
    }

    struct Exception: Sendable {
        let id: Int32
        let from: Int32
        let to: Int32
        let condition: Int32
        let value: Int32
    }

    var steps: [Step] = []
    /// The node each step was planned from, for explanations.
    var nodes: [Node] = []
    var children: [Int32] = []
    var constants: [Value] = []
    var recordTypes: [RecordType] = []
    var rules: [Rule] = []
    var versions: [Version] = []
    var cases: [Case] = []
    var exceptions: [Exception] = []
    var notEncoded: [NotEncoded] = []
    /// The step of each expression given to `init`, in order.
    var expressionSteps: [Int32] = []

    static let binaryOperators: [BinaryOperator] = [.add, .subtract, .multiply, .divide, .equal, .notEqual, .less, .lessEqual,
                                                    .greater, .greaterEqual]
    static let quantifiers: [Quantifier] = [.all, .some, .count, .none]

    /// An operator as a step's `flag`; `Evaluator.binaryOperator` reads it back.
    static func flag(_ op: BinaryOperator) -> UInt8 { UInt8(binaryOperators.firstIndex(of: op) ?? 0) }

    /// Plans every rule, and `expressions` after them (an expression typed in the REPL).
    init(rules ruleInfos: [RuleInfo], evaluationDepth: [Int], expressions: [Node] = []) {
        for (number, info) in ruleInfos.enumerated() {
            let versionStart = Int32(versions.count)
            for version in info.versions { plan(version) }
            let exceptionStart = Int32(exceptions.count)
            for exception in info.exceptions {
                let (from, to) = Plan.days(exception.validity)
                exceptions.append(Exception(id: Int32(exception.id), from: from, to: to,
                                            condition: plan(exception.condition), value: plan(exception.value)))
            }
            let notEncodedStart = Int32(notEncoded.count)
            for (period, condition) in zip(info.notEncoded, info.notEncodedConditions) {
                let (from, to) = Plan.days(Validity(from: period.from, to: period.to))
                notEncoded.append(NotEncoded(from: from, to: to, condition: condition.map { plan($0) } ?? -1))
            }
            rules.append(Rule(versions: versionStart..<Int32(versions.count), exceptions: exceptionStart..<Int32(exceptions.count),
                              notEncoded: notEncodedStart..<Int32(notEncoded.count),
                              isTruth: info.type == .truth,
                              isDeep: number < evaluationDepth.count && evaluationDepth[number] > Evaluator<NoTrace>.maxRecursiveDepth,
                              takesArguments: !info.parameters.isEmpty))
        }
        for expression in expressions { expressionSteps.append(plan(expression)) }
        var callSites = Array(repeating: 0, count: rules.count)
        for step in steps where step.code == .ruleCall && Int(step.c) < callSites.count { callSites[Int(step.c)] += 1 }
        for number in rules.indices { rules[number].keepsCalls = callSites[number] > 1 }
    }

    /// The step of the `index`-th expression given to `init`, which is the last planned.
    var lastStep: Int32 { Int32(steps.count - 1) }

    static func days(_ validity: Validity) -> (Int32, Int32) {
        (validity.from.map { Int32($0.dayNumber) } ?? Int32.min, validity.to.map { Int32($0.dayNumber) } ?? Int32.max)
    }

    mutating func plan(_ version: RuleVersion) {
        let (from, to) = Plan.days(version.validity)
        defer { if let table = version.hjemmelTable { versions[versions.count - 1].selector = plan(table.selector) } }
        switch version.body {
        case .condition(let node), .value(let node):
            let step = plan(node)
            versions.append(Version(from: from, to: to, body: .expression, start: step, count: 0, otherwise: -1))
        case .cases(let ruleCases, let otherwise):
            let planned = ruleCases.map { Case(id: Int32($0.id), condition: plan($0.condition), value: plan($0.value)) }
            let otherwiseStep = otherwise.map { plan($0) } ?? -1
            versions.append(Version(from: from, to: to, body: .cases, start: Int32(cases.count), count: Int32(planned.count),
                                    otherwise: otherwiseStep))
            cases += planned
        }
    }

    /// Plans a node after its children, so every step's operands come before it; returns its step.
    mutating func plan(_ node: Node) -> Int32 {
        let step: Step
        switch node.kind {
        case .constant(let value):
            constants.append(value)
            step = Step(code: .constant, flag: 0, a: Int32(constants.count - 1), b: 0, c: 0)
        case .fact(let slot): step = Step(code: .fact, flag: 0, a: Int32(slot), b: 0, c: 0)
        case .rule(let number): step = Step(code: .rule, flag: 0, a: Int32(number), b: 0, c: 0)
        case .local(let index): step = Step(code: .local, flag: 0, a: Int32(index), b: 0, c: 0)
        case .vurderingsdato: step = Step(code: .vurderingsdato, flag: 0, a: 0, b: 0, c: 0)
        case .field(let base, let index): step = Step(code: .field, flag: 0, a: plan(base), b: Int32(index), c: 0)
        case .not(let operand): step = Step(code: .not, flag: 0, a: plan(operand), b: 0, c: 0)
        case .logical(let op, let operands):
            let (start, count) = plan(list: operands)
            step = Step(code: op == .and ? .and : .or, flag: 0, a: start, b: count, c: 0)
        case .conditionList(let kind, let items):
            let (start, count) = plan(list: items)
            step = Step(code: kind == .all ? .and : .or, flag: 0, a: start, b: count, c: 0)
        case .compare(let op, let left, let right):
            let (leftStep, rightStep) = (plan(left), plan(right))
            if let integer = Plan.wholeNumber(right) {
                step = Step(code: .compareWithInteger, flag: Plan.flag(op), a: leftStep, b: rightStep, c: integer)
            } else {
                step = Step(code: .compare, flag: Plan.flag(op), a: leftStep, b: rightStep, c: 0)
            }
        case .arithmetic(let op, let left, let right):
            step = Step(code: .arithmetic, flag: Plan.flag(op), a: plan(left), b: plan(right), c: 0)
        case .negate(let operand): step = Step(code: .negate, flag: 0, a: plan(operand), b: 0, c: 0)
        case .call(let builtin, let arguments):
            let (start, count) = plan(list: arguments)
            step = Step(code: .call, flag: builtin.index, a: start, b: count, c: 0)
        case .quantifier(let quantifier, let list, let condition, let local):
            step = Step(code: .quantifier, flag: UInt8(Plan.quantifiers.firstIndex(of: quantifier) ?? 0), a: plan(list),
                        b: condition.map { plan($0) } ?? -1, c: Int32(local))
        case .list(let items):
            let (start, count) = plan(list: items)
            step = Step(code: .list, flag: 0, a: start, b: count, c: 0)
        case .record(let type, let fields):
            let (start, count) = plan(list: fields)
            recordTypes.append(type)
            step = Step(code: .record, flag: 0, a: start, b: count, c: Int32(recordTypes.count - 1))
        case .ruleCall(let number, let arguments):
            let (start, count) = plan(list: arguments)
            step = Step(code: .ruleCall, flag: 0, a: start, b: count, c: Int32(number))
        case .membership(let element, let list): step = Step(code: .membership, flag: 0, a: plan(element), b: plan(list), c: 0)
        case .comprehension(let value, let list, let condition, let local):
            let listStep = plan(list)
            let (start, _) = plan(list: [value] + (condition.map { [$0] } ?? []))
            step = Step(code: .comprehension, flag: condition == nil ? 0 : 1, a: listStep, b: start, c: Int32(local))
        case .index(let list, let position): step = Step(code: .index, flag: 0, a: plan(list), b: plan(position), c: 0)
        case .invalid: step = Step(code: .invalid, flag: 0, a: 0, b: 0, c: 0)
        }
        steps.append(step)
        nodes.append(node)
        return Int32(steps.count - 1)
    }

    /// A constant whole number that fits in 32 bits, negative ones (`-3`, a negation) included.
    static func wholeNumber(_ node: Node) -> Int32? {
        switch node.kind {
        case .constant(.number(let number)): return number.int32
        case .negate(let operand): return wholeNumber(operand).flatMap { $0 == .min ? nil : -$0 }
        default: return nil
        }
    }

    /// Plans each node, then lists their steps together in `children`.
    mutating func plan(list nodes: [Node]) -> (start: Int32, count: Int32) {
        let planned = nodes.map { plan($0) }
        let start = Int32(children.count)
        children += planned
        return (start, Int32(planned.count))
    }
}
