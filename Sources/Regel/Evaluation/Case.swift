/// The facts of one case and the date it is assessed on. Facts live in
/// slots fixed by the compiled rule set, so filling a case needs no dictionary.
public struct Case: Sendable {
    /// The date the case is assessed on.
    public var vurderingsdato: CalendarDate {
        didSet { day = Int32(vurderingsdato.dayNumber) }
    }
    /// `vurderingsdato` as a day number, worked out once rather than in every evaluation.
    private(set) var day: Int32
    /// The program and the facts behind one reference, shared by copies until one of them changes
    /// a fact: copying a case (as every `for` loop over cases does) then counts one reference, not two.
    nonisolated(unsafe) private var storage: CaseFacts

    /// The rules the case is for.
    public var program: CompiledRuleSet { storage.program }

    /// An empty case: every fact `ukjent`.
    public init(program: CompiledRuleSet, vurderingsdato: CalendarDate) {
        self.vurderingsdato = vurderingsdato
        self.day = Int32(vurderingsdato.dayNumber)
        self.storage = CaseFacts.make(program: program)
    }

    /// The facts in slot order, as a copy.
    var values: [Value] { Array(storage.facts) }

    /// Runs `body` with the facts in slot order, borrowed, not copied.
    func withFacts<Result>(_ body: (UnsafeBufferPointer<Value>) -> Result) -> Result {
        withExtendedLifetime(storage) { body(UnsafeBufferPointer(storage.facts)) }
    }

    /// The value in a slot (see `CompiledRuleSet.factSlot`). Setting does not check the type; use `set` for that.
    public subscript(slot: Int) -> Value {
        get { storage.facts[slot] }
        set {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            storage.facts[slot] = newValue
        }
    }

    /// The value of a fact by name, `ukjent` when absent or undeclared.
    public func value(of name: String) -> Value {
        program.factSlot(name).map { storage.facts[$0] } ?? .unknown
    }

    /// Sets a fact by name after checking that it is declared and the value has its type.
    public mutating func set(_ name: String, _ value: Value) throws(CaseError) {
        guard let slot = program.factSlot(name) else {
            throw CaseError(.undeclaredFact, path: name, message: CaseMessages.undeclared(name, suggestion: suggestion(for: name)))
        }
        let type = program.facts[slot].type
        guard value == .unknown || value.conforms(to: type) else {
            throw CaseError(.caseValueType, path: name, message: CaseMessages.wrongType(name, expected: type, got: value))
        }
        self[slot] = value
    }

    /// Makes a fact absent again.
    public mutating func clear(_ name: String) {
        if let slot = program.factSlot(name) { self[slot] = .unknown }
    }

    /// The facts that have a value, by name, in declaration order.
    public var givenFacts: [(name: String, value: Value)] {
        program.facts.enumerated().compactMap { slot, fact in storage.facts[slot] == .unknown ? nil : (fact.name, storage.facts[slot]) }
    }

    func suggestion(for name: String) -> String? {
        Suggest.closest(to: name, among: program.facts.map(\.name))
    }
}

/// A case's program and facts, the facts stored inline after the program. Changed only through a
/// `Case` that holds the one reference to it (copy on write), which is why it may be shared
/// between threads.
final class CaseFacts: ManagedBuffer<CaseFacts.Header, Value> {
    struct Header {
        let program: CompiledRuleSet
        let count: Int
    }

    // Read through pointers: `header` is a `var` of a class, which Swift would check for
    // exclusive access on every read.
    var program: CompiledRuleSet { withUnsafeMutablePointerToHeader { $0.pointee.program } }

    /// The facts as a buffer; valid while this object lives.
    var facts: UnsafeMutableBufferPointer<Value> {
        withUnsafeMutablePointers { header, elements in UnsafeMutableBufferPointer(start: elements, count: header.pointee.count) }
    }

    static func make(program: CompiledRuleSet) -> CaseFacts {
        let count = program.facts.count
        let buffer = create(minimumCapacity: count) { _ in Header(program: program, count: count) } as! CaseFacts
        buffer.withUnsafeMutablePointerToElements { $0.initialize(repeating: .unknown, count: count) }
        return buffer
    }

    func copy() -> CaseFacts {
        let source = facts
        let buffer = CaseFacts.create(minimumCapacity: source.count) { _ in Header(program: program, count: source.count) } as! CaseFacts
        buffer.withUnsafeMutablePointerToElements { $0.initialize(from: source.baseAddress!, count: source.count) }
        return buffer
    }

    deinit {
        let source = facts
        source.baseAddress?.deinitialize(count: source.count)
    }
}

/// A fact or case document that does not fit the rules' declarations.
public struct CaseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// R0601 to R0604, as listed in docs/innebygging.md and docs/feilkoder.md.
    public let code: DiagnosticCode
    /// Where in the case: a fact name, or a JSON path like `$.fakta["barn.fødselsdato"]`.
    public let path: String
    /// The Norwegian message, naming the fact and what was wrong.
    public let message: String

    /// An error with its code, where it is and what is wrong.
    public init(_ code: DiagnosticCode, path: String, message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// `feil[R0602] $.fakta["x"]: …`, as the command line prints it.
    public var description: String { "feil[\(code.code)] \(path): \(message)" }
}

extension Value {
    /// Whether the value is of `type` (an absent value fits any type).
    public func conforms(to type: ValueType) -> Bool {
        switch (self, type) {
        case (.unknown, _), (_, .error): return true
        case (.truth, .truth), (.number, .number), (.text, .text), (.date, .date), (.duration, .duration): return true
        case (.enumeration(let a, _), .enumeration(let b)): return a == b
        case (.record(let a, let fields), .record(let b)):
            return a == b && zip(fields, b.fields).allSatisfy { $0.conforms(to: $1.type) }
        case (.list(let items), .list(let element)): return items.allSatisfy { $0.conforms(to: element) }
        default: return false
        }
    }
}
