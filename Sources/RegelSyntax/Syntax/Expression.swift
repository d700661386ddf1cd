import Foundation

/// Identifies a syntax node within one parsed file.
public struct NodeID: Hashable, Sendable, Comparable {
    /// 1, 2, … in the order the parser made the nodes of one file; 0 for a placeholder where nothing could be read.
    public let rawValue: Int
    /// Orders ids by number, which is the order the parser made the nodes.
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A single identifier as written.
public struct Name: Hashable, Sendable {
    /// The identifier's text.
    public let text: String
    /// Where it is written.
    public let range: SourceRange
}

/// A dotted name such as `barn.fødselsdato`.
public struct Path: Hashable, Sendable {
    /// The names between the dots, in order.
    public let components: [Name]
    /// The names joined with dots, as written without spaces.
    public var text: String { components.map(\.text).joined(separator: ".") }
    /// From the first name to the last; empty at offset 0 for a path with no names.
    public var range: SourceRange {
        guard let first = components.first, let last = components.last else { return .at(0) }
        return first.range.union(last.range)
    }
}

/// Arithmetic and comparison operators.
public enum BinaryOperator: String, Sendable, Hashable {
    case add = "+", subtract = "-", multiply = "*", divide = "/"
    case equal = "=", notEqual = "≠", less = "<", lessEqual = "≤", greater = ">", greaterEqual = "≥"

    package var isComparison: Bool { ![.add, .subtract, .multiply, .divide].contains(self) }
}

/// `og` and `eller`, kept flat: `a og b og c` is one node with three operands.
public enum LogicalOperator: String, Sendable, Hashable {
    case and = "og", or = "eller"
}

/// The forms of a vilkår list: `alle:` or `minst ett av:`.
public enum ConditionListKind: String, Sendable, Hashable {
    case all = "alle"
    case any = "minst ett av"
}

/// `alle x i L der P`, `minst én x i L der P` (also written `noen`), `ingen x i L der P`, `antall x i L der P`.
public enum Quantifier: String, Sendable, Hashable {
    case all = "alle", some = "minst én", none = "ingen", count = "antall"
}

/// A field in a record literal `{ navn: "x", kommunal: ja }`.
public struct FieldValue: Hashable, Sendable {
    /// The field's name.
    public let name: Name
    /// The field's value.
    public let value: Expression
}

/// An expression with its source range and node id.
public struct Expression: Hashable, Sendable {
    /// Identifies this node within its file's syntax tree.
    public let id: NodeID
    /// Where the expression is written.
    public let range: SourceRange
    /// What the expression is, with its operands.
    public let kind: Kind

    /// The forms an expression takes.
    public indirect enum Kind: Hashable, Sendable {
        case path(Path)
        case number(Number)
        case text(String)
        case date(CalendarDate)
        case duration(Period)
        case truth(Bool)
        case unknown
        case list([Expression])
        case record([FieldValue])
        case call(Name, [Expression])
        case member(Expression, Name)
        case negate(Expression)
        case not(Expression)
        case binary(BinaryOperator, Expression, Expression)
        case logical(LogicalOperator, [Expression])
        case conditionList(ConditionListKind, [Expression])
        case quantifier(Quantifier, variable: Name, list: Expression, condition: Expression?)
        /// `[t.timer for t i tjenester der t.kommunal]`: the value for each element the condition holds for.
        case comprehension(value: Expression, variable: Name, list: Expression, condition: Expression?)
        /// `x i liste`: whether the list holds `x`.
        case membership(element: Expression, list: Expression)
        /// `liste[n]`: the element at position `n`, counted from 0 as in JSON.
        case index(Expression, Expression)
        /// Stands where an expression could not be read; already reported.
        case invalid
    }

    /// Equal when id and kind are; the range is not compared.
    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.id == rhs.id && lhs.kind == rhs.kind }
    /// Hashes the id only.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
