/// What every name in the checked files refers to, and the type of every expression: what an
/// editor needs to answer «what is this?», «where is it defined?», «where is it used?» and «what
/// type is it?». Built from the results of the checker's passes (`SemanticIndexBuilder`), and kept
/// when the files have errors too (`Compilation.index`); a name that resolves to nothing is not in it.
public struct SemanticIndex: Sendable {
    /// Something a name refers to.
    public enum Symbol: Hashable, Sendable {
        /// A `faktum` or `vurdering`, by its full name (`barn.fødselsdato`).
        case fact(String)
        case rule(String)
        /// A declared `type`.
        case type(String)
        /// A value of an enumeration, with the enumeration's name.
        case enumerationValue(type: String, value: String)
        case lovtekst(String)
        /// A built-in function (`alder`).
        case builtin(String)
        /// A field of a record type, with the type's name.
        case field(type: String, name: String)
    }

    /// One place in a file where a symbol is named.
    public struct Occurrence: Hashable, Sendable {
        /// What the name refers to.
        public let symbol: Symbol
        /// The file's name, as in `SourceFile.name`.
        public let file: String
        /// The name's span in the file.
        public let range: SourceRange
        /// True where the symbol is declared, false where it is used.
        public let isDefinition: Bool
    }

    /// The type of one expression.
    public struct TypedRange: Hashable, Sendable {
        /// The file's name, as in `SourceFile.name`.
        public let file: String
        /// The expression's span in the file.
        public let range: SourceRange
        /// The type the checker gave it.
        public let type: ValueType
    }

    /// What a declaration says about its symbol, for a hover.
    public struct Details: Sendable {
        /// The value type: of a fact, a rule or an enumeration value.
        public var type: ValueType?
        /// For a fact: true for a `vurdering` (a judgement), false for a `faktum`.
        public var isJudgement = false
        /// A fact's `spørsmål`.
        public var question: String?
        /// A fact's `veiledning`.
        public var guidance: String?
        /// A rule's hjemmel, as written out (`pbrl § 2-5 c`, or a lovtekst's source), for each of its versions.
        public var hjemmel: [String] = []
        /// A lovtekst's title.
        public var title: String?
        /// A lovtekst's wording, or for a rule the wording of the lovtekster its hjemmel names.
        public var text: String?
        /// A rule's parameters as written after its name, `navn: type`; empty for a rule without.
        public var parameters: [String] = []
        /// When a rule's versions apply (`gjelder fra … til …`), one per version; nil ends are open.
        public var validity: [(from: CalendarDate?, to: CalendarDate?)] = []
    }

    /// Every occurrence: the definitions, then the uses.
    public private(set) var occurrences: [Occurrence] = []
    /// The type of every expression the type checker reached.
    public private(set) var expressionTypes: [TypedRange] = []
    /// What the declarations say, by symbol.
    public private(set) var details: [Symbol: Details] = [:]
    private var seen = Set<Occurrence>()
    /// Expression types by the parser's node number, per file.
    private var typesByNode: [String: [NodeID: ValueType]] = [:]

    mutating func define(_ symbol: Symbol, _ file: SourceFile, _ range: SourceRange, _ update: (inout Details) -> Void = { _ in }) {
        add(Occurrence(symbol: symbol, file: file.name, range: range, isDefinition: true))
        update(&details[symbol, default: Details()])
    }

    mutating func use(_ symbol: Symbol, _ file: SourceFile, _ range: SourceRange) {
        add(Occurrence(symbol: symbol, file: file.name, range: range, isDefinition: false))
    }

    mutating func type(_ type: ValueType, of expression: Expression, _ file: SourceFile) {
        expressionTypes.append(TypedRange(file: file.name, range: expression.range, type: type))
        typesByNode[file.name, default: [:]][expression.id] = type
    }

    private mutating func add(_ occurrence: Occurrence) {
        // A type or name resolved twice (quietly, to learn a type) is one occurrence.
        if seen.insert(occurrence).inserted { occurrences.append(occurrence) }
    }

    // MARK: Questions

    /// The occurrence at `offset` (a UTF-8 offset) in `file`: the innermost one whose range holds it,
    /// or ends right at it (a cursor just after a name is on the name).
    public func occurrence(at offset: Int, in file: String) -> Occurrence? {
        occurrences.filter { $0.file == file && $0.range.start <= offset && offset <= $0.range.end }
            .min { $0.range.end - $0.range.start < $1.range.end - $1.range.start }
    }

    /// Where `symbol` is declared (the first declaration, for a rule with several versions).
    public func definition(of symbol: Symbol) -> Occurrence? {
        occurrences.first { $0.symbol == symbol && $0.isDefinition }
    }

    /// Every place `symbol` is named: declarations first, then uses, each by file name and position.
    public func references(to symbol: Symbol, includingDefinitions: Bool = true) -> [Occurrence] {
        let all = occurrences.filter { $0.symbol == symbol && (includingDefinitions || !$0.isDefinition) }
            .sorted { ($0.file, $0.range.start) < ($1.file, $1.range.start) }
        return all.filter(\.isDefinition) + all.filter { !$0.isDefinition }
    }

    /// The type of an expression of the syntax tree of `file`, by its node number.
    public func type(of expression: RegelSyntax.Expression, in file: String) -> ValueType? {
        typesByNode[file]?[expression.id]
    }

    /// The type of the innermost expression at `offset` in `file`.
    public func type(at offset: Int, in file: String) -> ValueType? {
        expressionTypes.filter { $0.file == file && $0.range.start <= offset && offset <= $0.range.end }
            .min { $0.range.end - $0.range.start < $1.range.end - $1.range.start }?.type
    }
}
