/// An exact rational number: what every `tall` in Regel is.
///
/// `+ - *` and comparison are exact, and so is `/`: one third stays one third.
/// Values whose numerator and denominator fit in 64 bits (almost all of them)
/// are kept inline and allocate nothing; larger ones fall back to `BigInt`.
/// Nothing rounds unless a rule asks (`avrund`), and there is no NaN or
/// infinity: an operation that cannot give an exact answer gives nil, and
/// the evaluator turns that into an explained `ukjent`.
public struct Number: Hashable, Sendable {
    package enum Storage: Hashable, Sendable {
        /// Numerator and denominator in lowest terms, the denominator positive.
        case small(Int64, Int64)
        /// The same, when either part does not fit in 64 bits: one reference, so a `Value`
        /// stays small for the common case.
        case large(LargeFraction)
    }

    /// Numerator and denominator of a number past 64 bits.
    package final class LargeFraction: Hashable, Sendable {
        let numerator: BigInt
        let denominator: BigInt

        init(_ numerator: BigInt, _ denominator: BigInt) {
            self.numerator = numerator
            self.denominator = denominator
        }

        package static func == (lhs: LargeFraction, rhs: LargeFraction) -> Bool {
            lhs.numerator == rhs.numerator && lhs.denominator == rhs.denominator
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(numerator)
            hasher.combine(denominator)
        }
    }

    package let storage: Storage

    /// The most bits a numerator or denominator may have (about 1,200 decimal digits).
    /// Past it a result is refused rather than rounded, so a rule that squares a
    /// number again and again ends in an explained `ukjent`, not in memory exhaustion.
    package static let maxBits = 4096

    /// A whole number.
    public init(_ value: Int) {
        storage = .small(Int64(value), 1)
    }

    init(storage: Storage) { self.storage = storage }

    /// `numerator / denominator` in lowest terms; nil if the denominator is zero or a part is too large.
    init?(numerator: BigInt, denominator: BigInt) {
        guard !denominator.isZero else { return nil }
        var top = numerator, bottom = denominator
        if bottom.isNegative { top = top.negated; bottom = bottom.negated }
        let divisor = BigInt.gcd(top, bottom)
        if divisor != BigInt(1) && !divisor.isZero {
            top = top.quotientAndRemainder(dividingBy: divisor).quotient
            bottom = bottom.quotientAndRemainder(dividingBy: divisor).quotient
        }
        if let n = top.int64, let d = bottom.int64 {
            storage = .small(n, d)
            return
        }
        guard top.bitWidth <= Number.maxBits, bottom.bitWidth <= Number.maxBits else { return nil }
        storage = .large(LargeFraction(top, bottom))
    }

    /// Reduces a 128-bit fraction; nil if the denominator is zero.
    init?(numerator: Int128, denominator: Int128) {
        guard denominator != 0 else { return nil }
        var top = numerator, bottom = denominator
        if bottom < 0 { top = 0 - top; bottom = 0 - bottom }
        var x = top.magnitude, y = bottom.magnitude
        while y != 0 { (x, y) = (y, x % y) }
        if x > 1 { top /= Int128(x); bottom /= Int128(x) }
        if let n = Int64(exactly: top), let d = Int64(exactly: bottom) {
            self.init(storage: .small(n, d))
        } else {
            self.init(numerator: BigInt(wide: top), denominator: BigInt(wide: bottom))
        }
    }

    var numerator: BigInt {
        switch storage {
        case .small(let n, _): return BigInt(n)
        case .large(let fraction): return fraction.numerator
        }
    }

    var denominator: BigInt {
        switch storage {
        case .small(_, let d): return BigInt(d)
        case .large(let fraction): return fraction.denominator
        }
    }

    /// The number 0.
    public static let zero = Number(0)

    /// True for whole numbers.
    public var isInteger: Bool {
        switch storage {
        case .small(_, let d): return d == 1
        case .large(let fraction): return fraction.denominator == BigInt(1)
        }
    }

    /// The value as an `Int32`, when it is a whole number that fits.
    package var int32: Int32? {
        guard case .small(let n, 1) = storage else { return nil }
        return Int32(exactly: n)
    }

    /// The value as an `Int`, when it is a whole number that fits.
    public var intValue: Int? {
        if case .small(let n, 1) = storage { return Int(n) }
        return nil
    }

    /// -1, 0 or 1.
    public var signum: Int {
        switch storage {
        case .small(let n, _): return n < 0 ? -1 : (n == 0 ? 0 : 1)
        case .large(let fraction): return fraction.numerator.isNegative ? -1 : (fraction.numerator.isZero ? 0 : 1)
        }
    }

    // MARK: Arithmetic: nil when the exact result is too large to keep (or, for division, the divisor is zero)

    /// The exact sum; nil when it is too large to keep.
    public func adding(_ other: Number) -> Number? {
        if case .small(let a, let b) = storage, case .small(let c, let d) = other.storage {
            if b == 1 && d == 1 {
                let (sum, overflow) = a.addingReportingOverflow(c)
                if !overflow { return Number(storage: .small(sum, 1)) }
            }
            return Number(numerator: Int128(a) * Int128(d) + Int128(c) * Int128(b), denominator: Int128(b) * Int128(d))
        }
        return Number(numerator: numerator * other.denominator + other.numerator * denominator,
                      denominator: denominator * other.denominator)
    }

    /// The exact difference; nil when it is too large to keep.
    public func subtracting(_ other: Number) -> Number? { adding(other.negated) }

    /// The exact product; nil when it is too large to keep.
    public func multiplying(by other: Number) -> Number? {
        if case .small(let a, let b) = storage, case .small(let c, let d) = other.storage {
            if b == 1 && d == 1 {
                let (product, overflow) = a.multipliedReportingOverflow(by: c)
                if !overflow { return Number(storage: .small(product, 1)) }
            }
            return Number(numerator: Int128(a) * Int128(c), denominator: Int128(b) * Int128(d))
        }
        return Number(numerator: numerator * other.numerator, denominator: denominator * other.denominator)
    }

    /// nil when `other` is zero or the result is too large.
    public func dividing(by other: Number) -> Number? {
        guard other.signum != 0 else { return nil }
        if case .small(let a, let b) = storage, case .small(let c, let d) = other.storage {
            return Number(numerator: Int128(a) * Int128(d), denominator: Int128(b) * Int128(c))
        }
        return Number(numerator: numerator * other.denominator, denominator: denominator * other.numerator)
    }

    /// Negation never fails: `-Int64.min` moves to the large form.
    public var negated: Number {
        switch storage {
        case .small(let n, let d):
            if n != Int64.min { return Number(storage: .small(-n, d)) }
            return Number(storage: .large(LargeFraction(BigInt(n).negated, BigInt(d))))
        case .large(let fraction):
            return Number(numerator: fraction.numerator.negated, denominator: fraction.denominator) ?? self
        }
    }
}

extension Number: Comparable {
    /// Orders by exact value.
    public static func < (lhs: Number, rhs: Number) -> Bool { lhs.compare(rhs) < 0 }

    /// -1, 0 or 1; exact for every pair of values.
    public func compare(_ other: Number) -> Int {
        if case .small(let a, let b) = storage, case .small(let c, let d) = other.storage { return Number.compare(a, b, c, d) }
        let left = numerator * other.denominator, right = other.numerator * denominator
        return left < right ? -1 : (left == right ? 0 : 1)
    }
}

extension Number {
    /// `a/b` against `c/d`, both inline fractions with positive denominators: -1, 0 or 1.
    @inlinable package static func compare(_ a: Int64, _ b: Int64, _ c: Int64, _ d: Int64) -> Int {
        if b == d { return a < c ? -1 : (a == c ? 0 : 1) }
        let left = Int128(a) * Int128(d), right = Int128(c) * Int128(b)
        return left < right ? -1 : (left == right ? 0 : 1)
    }
}

extension Number: ExpressibleByIntegerLiteral {
    /// The whole number `value`, so a literal `12` can stand for a `Number`.
    public init(integerLiteral value: Int) { self.init(value) }
}
