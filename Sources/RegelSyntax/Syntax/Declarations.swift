/// A type as written: `ja/nei`, `tall`, `liste av Tjeneste`, `en av a, b`.
public indirect enum TypeSyntax: Hashable, Sendable {
    case named(Name)                 // tall, tekst, dato, varighet or a declared type
    case truth(SourceRange)          // ja/nei
    case list(TypeSyntax, SourceRange)
    case enumeration([Name], SourceRange)
    case invalid(SourceRange)

    public var range: SourceRange {
        switch self {
        case .named(let name): return name.range
        case .truth(let range), .list(_, let range), .enumeration(_, let range), .invalid(let range): return range
        }
    }
}

/// A structured citation: `hol § 7-2 a første ledd bokstav b`.
public struct Citation: Hashable, Sendable {
    public let law: Name
    public let section: String
    public let ledd: Int?
    public let bokstav: String?
    public let nummer: String?
    public let punktum: Int?
    public let range: SourceRange
}

/// One item after `hjemmel`: a citation, or the name of a `lovtekst`.
public enum HjemmelReference: Hashable, Sendable {
    case citation(Citation)
    case lovtekst(Name)

    public var range: SourceRange {
        switch self {
        case .citation(let citation): return citation.range
        case .lovtekst(let name): return name.range
        }
    }
}

/// `importer "fil.regel"`.
public struct ImportDeclaration: Hashable, Sendable {
    public let path: String
    public let pathRange: SourceRange
    public let range: SourceRange
}

/// `lovtekst navn "tittel"` with an optional `kilde` citation and a text block.
public struct LovtekstDeclaration: Hashable, Sendable {
    public let name: Name
    public let title: String?
    public let source: Citation?
    public let text: String
    public let range: SourceRange
}

/// `faktum sti: type` or `vurdering sti: type`, with question and guidance.
public struct FactDeclaration: Hashable, Sendable {
    public let path: Path
    public let type: TypeSyntax
    public let isJudgement: Bool
    public let question: String?
    public let guidance: String?
    public let range: SourceRange
}

/// A field of a record type.
public struct FieldDeclaration: Hashable, Sendable {
    public let name: Name
    public let type: TypeSyntax
}

/// `type Navn: en av …` or `type Navn:` with indented fields.
public struct TypeDeclaration: Hashable, Sendable {
    public enum Body: Hashable, Sendable {
        case enumeration([Name])
        case record([FieldDeclaration])
    }
    public let name: Name
    public let body: Body
    public let range: SourceRange
}

/// When a rule or exception is in force.
public struct Validity: Hashable, Sendable {
    public var from: CalendarDate?
    public var to: CalendarDate?
    public var fromRange: SourceRange?
    public var toRange: SourceRange?
}

/// One `hvis vilkår: verdi` line.
public struct RuleCase: Hashable, Sendable {
    public let condition: Expression
    public let value: Expression
    public let range: SourceRange
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
    public let name: Name
    public let declaredType: TypeSyntax?
    public let hjemmel: [HjemmelReference]
    public let validity: Validity
    public let body: RuleBody
    public let range: SourceRange
}

/// `unntak for regel`: overrides the rule's value when its condition holds.
public struct ExceptionDeclaration: Hashable, Sendable {
    public let rule: Name
    public let hjemmel: [HjemmelReference]
    public let validity: Validity
    public let condition: Expression?
    public let value: Expression?
    public let range: SourceRange
}

/// `navn = verdi` under `gitt`.
public struct Assignment: Hashable, Sendable {
    public let path: Path
    public let value: Expression
    public let range: SourceRange
}

/// What a test expects of one rule.
public struct Expectation: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case value(Expression)
        case notInForce(SourceRange)
    }
    public let rule: Path
    public let outcome: Outcome
    /// For `= ukjent mangler a, b`: the facts that must be reported missing.
    public let missing: [Path]?
    public let range: SourceRange
}

/// `test "navn"` with `gitt` and `forvent`.
public struct TestDeclaration: Hashable, Sendable {
    public let name: String
    public let nameRange: SourceRange
    public let given: [Assignment]
    public let expectations: [Expectation]
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
    public let file: SourceFile
    public let declarations: [Declaration]
    public let diagnostics: [Diagnostic]
}
