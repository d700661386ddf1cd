/// Reading and writing numbers as text, and rounding on request.
///
/// Read: `12`, `12,5`, `-0.25`, `1e-65`, `2.5E+3` (decimal comma or point, an
/// optional exponent) and, from JSON, an exact fraction `"1/3"`. Every digit
/// counts; nothing is rounded.
///
/// Written: a number with a finite decimal expansion is written exactly
/// (`0,000000000000000000001`). One without (`1/3`) is written with its first
/// `repeatingDigitsShown` decimals followed by `…`, so the digits shown are
/// always true digits; JSON writes it as the exact fraction `"1/3"`.
extension Number {
    /// Why a text is not a number.
    public enum ParseProblem: Error, Sendable, Equatable {
        case notANumber
        /// More than `maxDigits` digits before or after the comma once the exponent is applied.
        case tooLarge
    }

    /// The most digits a number read from text may have once its exponent is applied.
    public static let maxDigits = 1000

    /// Decimals shown before `…` for a number whose expansion does not end.
    public static let repeatingDigitsShown = 20

    /// Parses `-?digits([,.]digits)?([eE][+-]?digits)?` or `-?digits/digits`.
    public static func parse(_ text: String) -> Result<Number, ParseProblem> {
        if let short = parseShort(text.utf8) { return .success(short) }
        let bytes = Array(text.utf8)
        if let slash = bytes.firstIndex(of: UInt8(ascii: "/")) { return parseFraction(bytes, slash: slash) }
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let integerDigits = bytes[integerStart..<index]
        var fractionDigits = bytes[index..<index]
        if index < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            fractionDigits = bytes[fractionStart..<index]
            if fractionDigits.isEmpty { return .failure(.notANumber) }
        }
        guard !integerDigits.isEmpty else { return .failure(.notANumber) }
        var exponent = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            while index < bytes.count, isDigit(bytes[index]) {
                // Past a million the number is refused anyway; stop counting before Int could overflow.
                if exponent < 1_000_000 { exponent = exponent * 10 + Int(bytes[index] - 48) }
                index += 1
            }
            if index == exponentStart { return .failure(.notANumber) }
            if exponentNegative { exponent = -exponent }
        }
        guard index == bytes.count else { return .failure(.notANumber) }
        let digits = Array((integerDigits + fractionDigits).drop { $0 == UInt8(ascii: "0") })
        guard let mantissa = BigInt(digits: digits.isEmpty ? [UInt8(ascii: "0")] : digits) else { return .failure(.notANumber) }
        if mantissa.isZero { return .success(.zero) }
        let scale = fractionDigits.count - exponent
        guard digits.count - scale <= maxDigits, scale <= maxDigits else { return .failure(.tooLarge) }
        let signed = negative ? mantissa.negated : mantissa
        let number = scale >= 0
            ? Number(numerator: signed, denominator: BigInt.powerOfTen(scale))
            : Number(numerator: signed * BigInt.powerOfTen(-scale), denominator: BigInt(1))
        return number.map { .success($0) } ?? .failure(.tooLarge)
    }

    /// The common case without allocating: up to 18 digits, an optional decimal part, no exponent.
    private static func parseShort(_ text: String.UTF8View) -> Number? {
        guard text.count <= 20 else { return nil }
        var numerator: Int64 = 0, denominator: Int64 = 1, digits = 0
        var negative = false, inFraction = false
        for (position, byte) in text.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where position == 0: negative = true
            case UInt8(ascii: ","), UInt8(ascii: "."):
                guard !inFraction, digits > 0 else { return nil }
                inFraction = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // 18 digits always fit in 64 bits; more go to the full parser.
                guard digits < 18 else { return nil }
                numerator = numerator * 10 + Int64(byte - UInt8(ascii: "0"))
                if inFraction { denominator *= 10 }
                digits += 1
            default: return nil
            }
        }
        // «1,» and «-» are not numbers; leave them to the full parser to refuse.
        guard digits > 0, !(inFraction && denominator == 1) else { return nil }
        return Number(numerator: Int128(negative ? -numerator : numerator), denominator: Int128(denominator))
    }

    private static func parseFraction(_ bytes: [UInt8], slash: Int) -> Result<Number, ParseProblem> {
        let negative = bytes.first == UInt8(ascii: "-")
        let top = bytes[(negative ? 1 : 0)..<slash], bottom = bytes[(slash + 1)...]
        guard top.count <= maxDigits, bottom.count <= maxDigits else { return .failure(.tooLarge) }
        guard let numerator = BigInt(digits: top), let denominator = BigInt(digits: bottom), !denominator.isZero else {
            return .failure(.notANumber)
        }
        let number = Number(numerator: negative ? numerator.negated : numerator, denominator: denominator)
        return number.map { .success($0) } ?? .failure(.tooLarge)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    // MARK: Writing

    /// Norwegian form: decimal comma, no exponent, no trailing zeros; `…` after the shown decimals
    /// of a number whose expansion does not end.
    public var displayText: String {
        let (digits, exact) = decimalText(separator: ",")
        return exact ? digits : digits + "…"
    }

    /// The exact decimal text with a point, for JSON; nil when the expansion does not end.
    public var jsonNumberText: String? {
        let (digits, exact) = decimalText(separator: ".")
        return exact ? digits : nil
    }

    /// `numerator/denominator`, exact for every value.
    public var fractionText: String {
        let sign = signum < 0 ? "-" : ""
        if isInteger { return sign + numerator.magnitudeDigits }
        return sign + numerator.magnitudeDigits + "/" + denominator.magnitudeDigits
    }

    /// The decimal expansion: exact when the denominator has no prime factors but 2 and 5,
    /// else cut after `repeatingDigitsShown` decimals.
    func decimalText(separator: String) -> (text: String, exact: Bool) {
        if case .small(let n, 1) = storage { return (String(n), true) }
        var rest = denominator, twos = 0, fives = 0
        while rest.quotientAndRemainder(dividingBy: BigInt(2)).remainder.isZero {
            rest = rest.quotientAndRemainder(dividingBy: BigInt(2)).quotient
            twos += 1
        }
        while rest.quotientAndRemainder(dividingBy: BigInt(5)).remainder.isZero {
            rest = rest.quotientAndRemainder(dividingBy: BigInt(5)).quotient
            fives += 1
        }
        let exact = rest == BigInt(1)
        let decimals = exact ? max(twos, fives) : Number.repeatingDigitsShown
        let scaled = (numerator.magnitude * BigInt.powerOfTen(decimals)).quotientAndRemainder(dividingBy: denominator).quotient
        var digits = scaled.magnitudeDigits
        if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
        var fraction = String(digits.suffix(decimals))
        if exact { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = signum < 0 ? "-" : ""
        let whole = String(digits.dropLast(decimals))
        return (sign + whole + (fraction.isEmpty ? "" : separator + fraction), exact)
    }

    // MARK: Rounding

    /// How `rounded` breaks a tie or cuts.
    public enum RoundingMode: Sendable {
        /// To the nearest; a half goes away from zero (2,5 → 3, −2,5 → −3): `avrund`.
        case halfAwayFromZero
        /// Toward minus infinity (2,7 → 2, −2,3 → −3): `avrund_ned`.
        case down
        /// Toward plus infinity (2,3 → 3, −2,7 → −2): `avrund_opp`.
        case up
    }

    /// The most decimals (or, negative, tens) `rounded` accepts.
    public static let maxRoundingDecimals = 100

    /// Rounded to `decimals` places (negative: to tens, hundreds, …); nil when `decimals` is out of range.
    public func rounded(decimals: Int, _ mode: RoundingMode) -> Number? {
        guard abs(decimals) <= Number.maxRoundingDecimals else { return nil }
        let power = BigInt.powerOfTen(abs(decimals))
        let top = decimals >= 0 ? numerator * power : numerator
        let bottom = decimals >= 0 ? denominator : denominator * power
        var (quotient, remainder) = top.quotientAndRemainder(dividingBy: bottom)
        if !remainder.isZero {
            let step = BigInt(top.isNegative ? -1 : 1)
            switch mode {
            case .halfAwayFromZero:
                if remainder.magnitude * BigInt(2) >= bottom { quotient = quotient + step }
            case .down:
                if top.isNegative { quotient = quotient + step }
            case .up:
                if !top.isNegative { quotient = quotient + step }
            }
        }
        return decimals >= 0 ? Number(numerator: quotient, denominator: power)
                             : Number(numerator: quotient * power, denominator: BigInt(1))
    }
}

extension Number: CustomStringConvertible {
    /// The same as `displayText`: `12,5`, or the first decimals and `…` for an expansion that does not end.
    public var description: String { displayText }
}
