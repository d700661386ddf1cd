/// Why a rule gave «ikke i kraft» or «ikke kodet»: the periods it is in force, and the law it does not encode.
public struct RuleWithoutVersion: Sendable, Equatable {
    /// Each version's period, with the act that brought it in when the file says so, in date order.
    public let inForce: [VersionPeriod]
    /// The period of law not encoded that the vurderingsdato falls in; nil for «ikke i kraft».
    public let notEncoded: NotEncodedPeriod?
}

/// Why a result is what it is: a proof tree from a rule down to the facts.
///
/// Immutable once built; `@unchecked` only because `deinit` takes the children apart.
public final class Explanation: @unchecked Sendable {
    /// What kind of step this is.
    public enum Kind: Sendable, Equatable {
        /// A rule, with the hjemmel of the version used.
        case rule(name: String, hjemmel: [HjemmelInfo])
        /// A fact as given in the case (or absent).
        case fact(name: String)
        /// A vurdering: a professional judgement given as input.
        case judgement(name: String)
        /// A `hvis` case of a rule.
        case hvis
        /// An `unntak`, with its hjemmel.
        case exception(hjemmel: [HjemmelInfo])
        /// Any other vilkår or computation, shown by its source text.
        case condition
        /// A calculation on known values with no value (division by zero, a date outside the
        /// calendar, …): it gives `ukjent`, and `reason` says why in Norwegian.
        case failedCalculation(reason: String)
    }

    /// What kind of step this is, with its name and hjemmel where it has them.
    public let kind: Kind
    /// The step's result.
    public let value: Value
    /// The sub-results that decided this one.
    public private(set) var children: [Explanation]
    /// For a rule that is in force: the period of the version used.
    public let validity: String?
    /// For a rule that is in force: the act that brought the version used in (`innført ved`).
    public let enactedBy: String?
    /// For a rule «ikke i kraft» or «ikke kodet» on the vurderingsdato: when it is in force, and
    /// the period of law it does not encode.
    public let withoutVersion: RuleWithoutVersion?
    /// Where the step is written; text and location are read from it only when shown.
    let source: NodeSource
    /// True for an `alle:` / `minst ett av:` list.
    let isList: Bool
    /// For a fact or vurdering: its slot.
    let slot: Int
    /// For a rule with parameters: the element of a list it was applied to («tjeneste 2 (NAV-kontoret)»);
    /// for a field of an element that is not given, that element.
    public let element: ElementLabel?

    init(kind: Kind, value: Value, children: [Explanation], source: NodeSource, validity: String? = nil, enactedBy: String? = nil,
         withoutVersion: RuleWithoutVersion? = nil, isList: Bool = false, slot: Int = -1, element: ElementLabel? = nil) {
        self.element = element
        self.enactedBy = enactedBy
        self.withoutVersion = withoutVersion
        self.kind = kind
        self.value = value
        self.children = children
        self.source = source
        self.validity = validity
        self.isList = isList
        self.slot = slot
    }

    /// Releases a deep tree (a chain of thousands of rules) with a loop instead of recursion,
    /// which would overflow the stack.
    deinit {
        var pending = children
        children = []
        while var next = pending.popLast() {
            if isKnownUniquelyReferenced(&next) {
                pending.append(contentsOf: next.children)
                next.children = []
            }
        }
    }

    /// The source text of the step, e.g. `alder(barn.fødselsdato) < 18 år`; for a rule its name;
    /// for `hvis`, `unntak` and a vilkår list (`minst ett av:`) their first line.
    public var text: String {
        if case .rule(let name, _) = kind { return name }
        let full = source.text
        switch kind {
        case .hvis, .exception: return full.split(separator: "\n").first.map(String.init) ?? full
        default: return isList ? (full.split(separator: "\n").first.map(String.init) ?? full) : full
        }
    }

    /// Where the step is written, as `fil:linje`.
    public var location: String {
        "\(source.file.name):\(source.file.location(of: source.range.start).line)"
    }
}

