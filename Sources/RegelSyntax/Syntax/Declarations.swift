/// A type as written: `ja/nei`, `tall`, `liste av Tjeneste`, `en av a, b`.
public indirect enum TypeSyntax: Hashable, Sendable {
    case named(Name)                 // tall, tekst, dato, varighet or a declared type
    case truth(SourceRange)          // ja/nei
    case list(TypeSyntax, SourceRange)
    case enumeration([Name], SourceRange)
    case invalid(SourceRange)

    /// Where the type is written in the file.
    public var range: SourceRange {
        switch self {
        case .named(let name): return name.range
        case .truth(let range), .list(_, let range), .enumeration(_, let range), .invalid(let range): return range
        }
    }
}

/// A structured citation: `hol § 7-2 a første ledd bokstav b`.
public struct Citation: Hashable, Sendable {
    /// The law's short name before `§`, such as `hol` or `nav-loven`.
    public let law: Name
    /// The section number as written, with single spaces: `7-2 a`, `4A-14`.
    public let section: String
    /// `første ledd` and so on, as a number; nil when not given.
    public let ledd: Int?
    /// The letter after `bokstav`, when given.
    public let bokstav: String?
    /// The number after `nr.`, when given.
    public let nummer: String?
    /// `andre punktum` and so on, as a number; nil when not given.
    public let punktum: Int?
    /// The whole citation, from the law's name to its last part.
    public let range: SourceRange
}

/// One item after `hjemmel`: a citation, or the name of a `lovtekst`.
public enum HjemmelReference: Hashable, Sendable {
    case citation(Citation)
    case lovtekst(Name)

    /// Where the reference is written.
    public var range: SourceRange {
        switch self {
        case .citation(let citation): return citation.range
        case .lovtekst(let name): return name.range
        }
    }
}

/// `importer "fil.regel"`.
public struct ImportDeclaration: Hashable, Sendable {
    /// The path as written between the quotes, relative to the rules folder.
    public let path: String
    /// The string literal holding the path.
    public let pathRange: SourceRange
    /// The whole declaration.
    public let range: SourceRange
}

/// `lovtekst navn "tittel"` with an optional `kilde` citation and a text block.
public struct LovtekstDeclaration: Hashable, Sendable {
    /// The name other declarations use after `hjemmel`.
    public let name: Name
    /// The quoted title, when given.
    public let title: String?
    /// Where the title's string literal is written.
    public let titleRange: SourceRange?
    /// The citation after `kilde`, when given.
    public let source: Citation?
    /// `gjelder fra/til`: the period this wording is in force; one name may have several
    /// lovtekster for periods that do not overlap, and a hjemmel cites the one in force.
    public var validity = Validity()
    /// The statute text of the indented block, as the explanation quotes it.
    public let text: String
    /// Where the text block is written, from its opening to its closing quotes.
    public let textRange: SourceRange?
    /// The whole declaration, text block included.
    public let range: SourceRange
}

/// `faktum sti: type` or `vurdering sti: type`, with question and guidance.
public struct FactDeclaration: Hashable, Sendable {
    /// The dotted name cases and rules use.
    public let path: Path
    /// The declared type.
    public let type: TypeSyntax
    /// True for `vurdering`: a professional judgement rather than a fact that can be looked up.
    public let isJudgement: Bool
    /// The `spørsmål` text, asked when the fact is missing.
    public let question: String?
    /// Where the question's string or text block is written.
    public let questionRange: SourceRange?
    /// The `veiledning` text for the one who answers.
    public let guidance: String?
    /// Where the guidance's string or text block is written.
    public let guidanceRange: SourceRange?
    /// The whole declaration, clauses included.
    public let range: SourceRange
}

/// A field of a record type.
public struct FieldDeclaration: Hashable, Sendable {
    /// The field's name.
    public let name: Name
    /// The field's type.
    public let type: TypeSyntax
    /// The `spørsmål` under the field, asked for each element whose field is missing.
    public var question: String?
    /// Where the question's string or text block is written.
    public var questionRange: SourceRange?
}

/// A parameter of a rule: `tjeneste: Tjeneste` in `regel skal_samarbeide(tjeneste: Tjeneste)`.
public struct RuleParameter: Hashable, Sendable {
    /// The parameter's name, a variable inside the rule.
    public let name: Name
    /// The parameter's type.
    public let type: TypeSyntax
}

/// `type Navn: en av …` or `type Navn:` with indented fields.
public struct TypeDeclaration: Hashable, Sendable {
    /// What the type is made of: named values, or fields.
    public enum Body: Hashable, Sendable {
        case enumeration([Name])
        case record([FieldDeclaration])
    }
    /// The type's name.
    public let name: Name
    /// The values or fields.
    public let body: Body
    /// The whole declaration, fields included.
    public let range: SourceRange
}

/// When a rule or exception is in force.
public struct Validity: Hashable, Sendable {
    /// The first day in force (`gjelder fra`), inclusive; nil when open-ended.
    public var from: CalendarDate?
    /// The last day in force (`gjelder til`), inclusive; nil when open-ended.
    public var to: CalendarDate?
    /// Where the `fra` date is written.
    public var fromRange: SourceRange?
    /// Where the `til` date is written.
    public var toRange: SourceRange?

    /// A period from `from` to `to`, both inclusive; nil is open-ended.
    public init(from: CalendarDate? = nil, to: CalendarDate? = nil, fromRange: SourceRange? = nil, toRange: SourceRange? = nil) {
        self.from = from
        self.to = to
        self.fromRange = fromRange
        self.toRange = toRange
    }
}

/// A period in which law exists that the rule does not encode: `ikke kodet til 2022-07-31 "…"`.
/// On such a date the rule answers «ikke kodet», which is not «ikke i kraft».
public struct NotEncodedClause: Hashable, Sendable {
    /// The period, inclusive at both ends; open where a date is not given.
    public let validity: Validity
    /// What is not encoded, as the file says it (`"hol § 7-2 i ordlyden før 2022-08-01"`).
    public let note: String?
    /// Where the note's string is written.
    public let noteRange: SourceRange?
    /// `når …` under the clause: the period is «ikke kodet» only when this holds (e.g. for the laws
    /// that had such a duty before); otherwise the rule is «ikke i kraft» on those dates.
    public var condition: Expression?
    /// The whole clause.
    public let range: SourceRange
}

/// `innført ved "lov 11. juni 2021 nr. 78"`: the act that brought a rule version into force.
public struct EnactingAct: Hashable, Sendable {
    /// The act as written between the quotes.
    public let text: String
    /// The whole clause.
    public let range: SourceRange
}

/// `hjemmel etter uttrykk` with one row per value: the hjemmel chosen by what the expression gives.
public struct HjemmelTable: Hashable, Sendable {
    /// `verdi, verdi: hjemmel, hjemmel`.
    public struct Row: Hashable, Sendable {
        /// The values the row is for: enumeration values, or `ja`/`nei`.
        public let values: [Name]
        /// The references cited when the expression gives one of `values`.
        public let hjemmel: [HjemmelReference]
        /// The whole row.
        public let range: SourceRange
    }
    /// The expression after `etter`.
    public let selector: Expression
    /// The rows, in file order; the first row naming a value decides.
    public let rows: [Row]
    /// The whole clause, rows included.
    public let range: SourceRange
}

/// One `hvis vilkår: verdi` line.
public struct RuleCase: Hashable, Sendable {
    /// The condition after `hvis`.
    public let condition: Expression
    /// The value after the colon.
    public let value: Expression
    /// The `hjemmel` line indented under the case: cited when this case decides.
    public let hjemmel: [HjemmelReference]
    /// The whole line.
    public let range: SourceRange

    /// A case; `hjemmel` is the line under it, if any.
    public init(condition: Expression, value: Expression, hjemmel: [HjemmelReference] = [], range: SourceRange) {
        self.condition = condition
        self.value = value
        self.hjemmel = hjemmel
        self.range = range
    }
}

/// How a rule gets its value.
public enum RuleBody: Hashable, Sendable {
    /// `når vilkår`: a ja/nei rule.
    case condition(Expression)
    /// `verdi uttrykk`.
    case value(Expression)
    /// `hvis …: …` lines, first that applies wins, then `ellers: …`.
    case cases([RuleCase], otherwise: Expression?)
    /// Missing or unreadable; already reported.
    case missing
}

/// `regel navn[: type]` with hjemmel, validity and body.
public struct RuleDeclaration: Hashable, Sendable {
    /// The rule's name.
    public let name: Name
    /// The parameters between brackets after the name; empty for a rule without.
    public let parameters: [RuleParameter]
    /// The type after the colon; nil when not written (a `når` rule is ja/nei, others take their value's type).
    public let declaredType: TypeSyntax?
    /// The references after `hjemmel`, in order.
    public let hjemmel: [HjemmelReference]
    /// The `gjelder` period; open on both ends when not given.
    public let validity: Validity
    /// The `når`, `verdi` or `hvis`/`ellers` clauses.
    public let body: RuleBody
    /// The `hjemmel` line indented under `ellers`: cited when no `hvis` case applies.
    public let otherwiseHjemmel: [HjemmelReference]
    /// `hjemmel etter …`: the hjemmel chosen by a value.
    public let hjemmelTable: HjemmelTable?
    /// `innført ved "…"`: the act that brought this version into force.
    public let enactedBy: EnactingAct?
    /// `ikke kodet …` clauses: periods of law the rule does not encode. They belong to the rule,
    /// whichever of its versions they are written in.
    public let notEncoded: [NotEncodedClause]
    /// The whole declaration, clauses included.
    public let range: SourceRange

    /// A rule version; the clauses beyond hjemmel, period and body are optional.
    public init(name: Name, parameters: [RuleParameter] = [], declaredType: TypeSyntax?, hjemmel: [HjemmelReference], validity: Validity,
                body: RuleBody, otherwiseHjemmel: [HjemmelReference] = [], hjemmelTable: HjemmelTable? = nil, enactedBy: EnactingAct? = nil,
                notEncoded: [NotEncodedClause] = [], range: SourceRange) {
        self.name = name
        self.parameters = parameters
        self.declaredType = declaredType
        self.hjemmel = hjemmel
        self.validity = validity
        self.body = body
        self.otherwiseHjemmel = otherwiseHjemmel
        self.hjemmelTable = hjemmelTable
        self.enactedBy = enactedBy
        self.notEncoded = notEncoded
        self.range = range
    }

    /// Every hjemmel the rule can cite: its own, its cases', and every row of `hjemmel etter`.
    public var allHjemmel: [HjemmelReference] {
        hjemmel + caseHjemmel + otherwiseHjemmel + (hjemmelTable?.rows.flatMap(\.hjemmel) ?? [])
    }

    private var caseHjemmel: [HjemmelReference] {
        if case .cases(let cases, _) = body { return cases.flatMap(\.hjemmel) }
        return []
    }
}

/// `unntak for regel`: overrides the rule's value when its condition holds.
public struct ExceptionDeclaration: Hashable, Sendable {
    /// The rule it is an exception to.
    public let rule: Name
    /// The references after `hjemmel`, in order.
    public let hjemmel: [HjemmelReference]
    /// The `gjelder` period; open on both ends when not given.
    public let validity: Validity
    /// The condition after `når`; nil when missing (already reported).
    public let condition: Expression?
    /// The value after `gir`; nil means `nei` for a ja/nei rule.
    public let value: Expression?
    /// The whole declaration, clauses included.
    public let range: SourceRange
}

/// `navn = verdi` under `gitt`.
public struct Assignment: Hashable, Sendable {
    /// The fact given a value.
    public let path: Path
    /// The value given.
    public let value: Expression
    /// The whole line.
    public let range: SourceRange
}

/// What a test expects of one rule.
public struct Expectation: Hashable, Sendable {
    /// What the rule should give: a value, `ikke i kraft` or `ikke kodet`.
    public enum Outcome: Hashable, Sendable {
        case value(Expression)
        case notInForce(SourceRange)
        /// `ikke kodet`.
        case notEncoded(SourceRange)
    }
    /// The rule tested.
    public let rule: Path
    /// For a rule with parameters, what the line applies it to: a call (`skal_samarbeide(tjenester[0])`),
    /// or one call per element (`[skal_samarbeide(t) for t i tjenester]`); nil for a rule without.
    public let application: Expression?
    /// The expected value, or `ikke i kraft`.
    public let outcome: Outcome
    /// For `= ukjent mangler a, b`: the facts that must be reported missing. A field of an element
    /// of a list is a path whose names keep their position: `tjenester[0]`, `lov`.
    public let missing: [Path]?
    /// The whole line.
    public let range: SourceRange
}

/// `test "navn"` with `gitt` and `forvent`.
public struct TestDeclaration: Hashable, Sendable {
    /// The test's name, without quotes.
    public let name: String
    /// Where the quoted name is written.
    public let nameRange: SourceRange
    /// The facts under `gitt`.
    public let given: [Assignment]
    /// The lines under `forvent`.
    public let expectations: [Expectation]
    /// The whole declaration, blocks included.
    public let range: SourceRange
}

/// Any top-level declaration.
public enum Declaration: Hashable, Sendable {
    case importFile(ImportDeclaration)
    case lovtekst(LovtekstDeclaration)
    case fact(FactDeclaration)
    case type(TypeDeclaration)
    case rule(RuleDeclaration)
    case exception(ExceptionDeclaration)
    case test(TestDeclaration)

    /// Where the declaration is written, from its keyword to its last clause.
    public var range: SourceRange {
        switch self {
        case .importFile(let d): return d.range
        case .lovtekst(let d): return d.range
        case .fact(let d): return d.range
        case .type(let d): return d.range
        case .rule(let d): return d.range
        case .exception(let d): return d.range
        case .test(let d): return d.range
        }
    }
}

/// A parsed file: its declarations and everything found wrong while reading it.
public struct SyntaxTree: Sendable {
    /// The file that was parsed.
    public let file: SourceFile
    /// The top-level declarations, in file order, including those read after an error.
    public let declarations: [Declaration]
    /// Lexing and parsing errors; empty when the file was read without problems.
    public let diagnostics: [Diagnostic]
}
