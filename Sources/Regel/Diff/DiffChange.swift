/// Where a declaration is written in one of the two rule sets: `fil:linje:kolonne`.
public struct DiffLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file as it is shown (a path, or `REV:sti` for a git revision).
    public let file: String
    /// 1-based line.
    public let line: Int
    /// 1-based column.
    public let column: Int

    /// `fil:linje:kolonne`.
    public var description: String { "\(file):\(line):\(column)" }
}

/// One declaration added, removed or changed between two rule sets.
public struct DiffChange: Sendable, Equatable {
    /// What kind of declaration it is.
    public enum Category: String, Sendable, CaseIterable {
        case rule = "regel"
        /// One `gjelder` period of a rule that has several, added or removed on its own.
        case version = "versjon"
        case fact = "faktum"
        case judgement = "vurdering"
        case type
        case lovtekst
        case exception = "unntak"
        case test
    }

    /// Added, removed or changed.
    public enum Kind: String, Sendable {
        case added = "lagt_til"
        case removed = "fjernet"
        case changed = "endret"
    }

    /// A part of a declaration that changed.
    public enum Aspect: String, Sendable, CaseIterable {
        /// The `når`, `verdi` or `hvis` clauses of a rule, or the `når`/`gir` of an unntak.
        case condition = "vilkår"
        case hjemmel
        /// `gjelder fra` / `gjelder til`.
        case validity = "gyldighet"
        case type
        /// faktum became vurdering, or the other way.
        case kind = "art"
        case question = "spørsmål"
        case guidance = "veiledning"
        /// The values or fields of a `type`.
        case values = "innhold"
        case title = "tittel"
        case wording = "lovtekst"
        case given = "gitt"
        case expectations = "forvent"
        /// Anything else in the declaration (a part none of the others covers).
        case other = "annet"
    }

    /// One changed part, as normalized source text on each side (nil where the part is absent).
    public struct Detail: Sendable, Equatable {
        /// Which part.
        public let aspect: Aspect
        /// The part in the old rule set.
        public let old: String?
        /// The part in the new rule set.
        public let new: String?
    }

    /// What kind of declaration.
    public let category: Category
    /// Its name: the rule, fact, type, lovtekst or test name; for an unntak `for REGEL`, numbered
    /// when a rule has several; for a version the rule's name and its period.
    public let name: String
    /// Added, removed or changed.
    public let kind: Kind
    /// For a changed declaration: the parts that changed, in the order of `Aspect`.
    public let details: [Detail]
    /// Where it is in the old rule set; nil when added.
    public let old: DiffLocation?
    /// Where it is in the new rule set; nil when removed.
    public let new: DiffLocation?

    /// The changed parts.
    public var aspects: [Aspect] { details.map(\.aspect) }
}
