import Foundation

/// Identifies a syntax node within one parsed file.
public struct NodeID: Hashable, Sendable, Comparable {
    public let rawValue: Int
    public static func < (lhs: NodeID, rhs: NodeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A single identifier as written.
public struct Name: Hashable, Sendable {
    public let text: String
    public let range: SourceRange
}

/// A dotted name such as `barn.fødselsdato`.
public struct Path: Hashable, Sendable {
    public let components: [Name]
    public var text: String { components.map(\.text).joined(separator: ".") }
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

/// `alle x i L der P`, `noen x i L der P`, `antall x i L der P`.
public enum Quantifier: String, Sendable, Hashable {
    case all = "alle", some = "noen", count = "antall"
}

/// A field in a record literal `{ navn: "x", kommunal: ja }`.
public struct FieldValue: Hashable, Sendable {
    public let name: Name
    public let value: Expression
}

/// An expression with its source range and node id.
public struct Expression: Hashable, Sendable {
    public let id: NodeID
    public let range: SourceRange
    public let kind: Kind

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
        /// Stands where an expression could not be read; already reported.
        case invalid
    }

    public static func == (lhs: Expression, rhs: Expression) -> Bool { lhs.id == rhs.id && lhs.kind == rhs.kind }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
