import Regel

/// Everything a decision report shows: the rule set, the case, the outcomes asked for and, when
/// a search has been run, «hva skal til» for some of them. `DecisionReportHTML` renders it.
public struct DecisionReport: Sendable {
    /// The rules the case was assessed by; its fingerprint identifies them in the report.
    public let program: CompiledRuleSet
    /// The case as assessed, with its vurderingsdato.
    public let givenCase: Case
    /// One outcome per rule asked about, in the order they are shown.
    public let outcomes: [Outcome]
    /// «Hva skal til» by rule name: shown under the outcome of that rule when present.
    public var alternatives: [String: ChangeAlternatives]

    /// A report of `outcomes` for `givenCase`; `alternatives` by rule name, when a search gave them.
    public init(program: CompiledRuleSet, givenCase: Case, outcomes: [Outcome], alternatives: [String: ChangeAlternatives] = [:]) {
        self.program = program
        self.givenCase = givenCase
        self.outcomes = outcomes
        self.alternatives = alternatives
    }
}

/// «Hva skal til»: the smallest sets of changes to a case that give a rule the `target` value, as
/// a search found them. The report only shows them; it does not search.
public struct ChangeAlternatives: Sendable {
    /// The value the changes lead to (`ja`, usually).
    public let target: Value
    /// The alternatives, the smallest first.
    public let alternatives: [ChangeAlternative]
    /// True when the search stopped at its time or size bound, so that there may be more.
    public let isCutShort: Bool

    /// Alternatives for reaching `target`; `isCutShort` when the search did not finish.
    public init(target: Value, alternatives: [ChangeAlternative], isCutShort: Bool = false) {
        self.target = target
        self.alternatives = alternatives
        self.isCutShort = isCutShort
    }
}

/// One way to reach the target: a few changes together, and the explanation they would give.
public struct ChangeAlternative: Sendable {
    /// The changes, all needed together.
    public let changes: [FactChange]
    /// The explanation of the rule with the changes made, when the search kept it.
    public let explanation: Explanation?

    /// An alternative made of `changes`, with the explanation they give.
    public init(changes: [FactChange], explanation: Explanation? = nil) {
        self.changes = changes
        self.explanation = explanation
    }
}

/// One fact or vurdering changed (or given, when it was missing).
public struct FactChange: Sendable {
    /// The dotted name of the fact or vurdering.
    public let name: String
    /// True for a vurdering: shown as a judgement to reconsider, not a fact to change.
    public let isJudgement: Bool
    /// The value in the case; `ukjent` when it was not given.
    public let from: Value
    /// The value that, with the other changes, gives the target.
    public let to: Value
    /// The change in words, when the search has them (`hvis barnet var født etter 2006-03-01`).
    public let wording: String?

    /// A change of `name` from `from` to `to`; `wording` says it in Norwegian when given.
    public init(name: String, isJudgement: Bool, from: Value, to: Value, wording: String? = nil) {
        self.name = name
        self.isJudgement = isJudgement
        self.from = from
        self.to = to
        self.wording = wording
    }
}
