/// A signed integer of any size: the slow path of `Number`, used only when a
/// value does not fit in 64 bits. Magnitude in little-endian 32-bit limbs with
/// no leading zero limbs, so zero is `[]` and every value has one form.
struct BigInt: Hashable, Sendable {
    private(set) var isNegative: Bool
    private(set) var limbs: [UInt32]

    init(_ value: Int64) { self.init(integer: value) }

    init(wide value: Int128) { self.init(integer: value) }

    private init<Integer: SignedInteger & FixedWidthInteger>(integer value: Integer) {
        isNegative = value < 0
        var magnitude = value.magnitude
        limbs = []
        while magnitude != 0 {
            limbs.append(UInt32(truncatingIfNeeded: magnitude))
            magnitude >>= 32
        }
    }

    init(negative: Bool, limbs: [UInt32]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
        self.isNegative = negative && !trimmed.isEmpty
    }

    var isZero: Bool { limbs.isEmpty }

    /// Bits in the magnitude: 0 for zero.
    var bitWidth: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 32 - top.leadingZeroBitCount
    }

    /// The value as an `Int64`, or nil when it does not fit.
    var int64: Int64? {
        guard limbs.count <= 2 else { return nil }
        var magnitude: UInt64 = 0
        for (index, limb) in limbs.enumerated() { magnitude |= UInt64(limb) << (32 * index) }
        if isNegative {
            if magnitude <= UInt64(Int64.max) { return -Int64(magnitude) }
            return magnitude == UInt64(Int64.max) + 1 ? Int64.min : nil
        }
        return magnitude <= UInt64(Int64.max) ? Int64(magnitude) : nil
    }

    var negated: BigInt { BigInt(negative: !isNegative, limbs: limbs) }
    var magnitude: BigInt { BigInt(negative: false, limbs: limbs) }

    // MARK: Arithmetic

    static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
        if lhs.isNegative == rhs.isNegative { return BigInt(negative: lhs.isNegative, limbs: addMagnitudes(lhs.limbs, rhs.limbs)) }
        if compareMagnitudes(lhs.limbs, rhs.limbs) >= 0 {
            return BigInt(negative: lhs.isNegative, limbs: subtractMagnitudes(lhs.limbs, rhs.limbs))
        }
        return BigInt(negative: rhs.isNegative, limbs: subtractMagnitudes(rhs.limbs, lhs.limbs))
    }

    static func - (lhs: BigInt, rhs: BigInt) -> BigInt { lhs + rhs.negated }

    static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
        guard !lhs.isZero, !rhs.isZero else { return BigInt(0) }
        var product = [UInt32](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
        for (i, a) in lhs.limbs.enumerated() {
            var carry: UInt64 = 0
            for (j, b) in rhs.limbs.enumerated() {
                let sum = UInt64(a) * UInt64(b) + UInt64(product[i + j]) + carry
                product[i + j] = UInt32(truncatingIfNeeded: sum)
                carry = sum >> 32
            }
            product[i + rhs.limbs.count] = UInt32(carry)
        }
        return BigInt(negative: lhs.isNegative != rhs.isNegative, limbs: product)
    }

    /// Truncating division: the quotient rounds toward zero and the remainder has the dividend's sign.
    /// The divisor must not be zero.
    func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
        let (quotient, remainder) = BigInt.divideMagnitudes(limbs, divisor.limbs)
        return (BigInt(negative: isNegative != divisor.isNegative, limbs: quotient),
                BigInt(negative: isNegative, limbs: remainder))
    }

    /// The greatest common divisor of the magnitudes, by Euclid.
    static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
        var x = a.magnitude, y = b.magnitude
        while !y.isZero { (x, y) = (y, x.quotientAndRemainder(dividingBy: y).remainder) }
        return x
    }

    /// 10 to the power `exponent` (not negative).
    static func powerOfTen(_ exponent: Int) -> BigInt {
        var limbs: [UInt32] = [1]
        var left = exponent
        while left > 0 {
            let step = min(left, 9)
            var factor: UInt32 = 1
            for _ in 0..<step { factor *= 10 }
            limbs = multiplyAdd(limbs, factor, 0)
            left -= step
        }
        return BigInt(negative: false, limbs: limbs)
    }

    // MARK: Decimal text

    /// Parses ASCII digits (no sign); nil for anything else.
    init?<Digits: Collection>(digits: Digits) where Digits.Element == UInt8 {
        guard !digits.isEmpty else { return nil }
        var limbs: [UInt32] = []
        var chunk: UInt32 = 0, chunkLength = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            chunk = chunk * 10 + UInt32(byte - 48)
            chunkLength += 1
            if chunkLength == 9 {
                limbs = BigInt.multiplyAdd(limbs, 1_000_000_000, chunk)
                chunk = 0
                chunkLength = 0
            }
        }
        if chunkLength > 0 {
            var factor: UInt32 = 1
            for _ in 0..<chunkLength { factor *= 10 }
            limbs = BigInt.multiplyAdd(limbs, factor, chunk)
        }
        self.init(negative: false, limbs: limbs)
    }

    /// The magnitude's decimal digits.
    var magnitudeDigits: String {
        guard !isZero else { return "0" }
        var chunks: [UInt32] = []
        var rest = limbs
        while !rest.isEmpty {
            let (quotient, remainder) = BigInt.divideBySmall(rest, 1_000_000_000)
            chunks.append(remainder)
            rest = quotient
        }
        var text = String(chunks.removeLast())
        for chunk in chunks.reversed() {
            let digits = String(chunk)
            text += String(repeating: "0", count: 9 - digits.count) + digits
        }
        return text
    }

    // MARK: Magnitudes

    static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        for index in stride(from: a.count - 1, through: 0, by: -1) where a[index] != b[index] {
            return a[index] < b[index] ? -1 : 1
        }
        return 0
    }

    static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: max(a.count, b.count) + 1)
        var carry: UInt64 = 0
        for index in 0..<(result.count - 1) {
            let sum = UInt64(index < a.count ? a[index] : 0) + UInt64(index < b.count ? b[index] : 0) + carry
            result[index] = UInt32(truncatingIfNeeded: sum)
            carry = sum >> 32
        }
        result[result.count - 1] = UInt32(carry)
        return result
    }

    /// `a - b` for `a >= b`.
    static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
        var result = a
        var borrow: Int64 = 0
        for index in 0..<a.count {
            var difference = Int64(a[index]) - Int64(index < b.count ? b[index] : 0) - borrow
            borrow = difference < 0 ? 1 : 0
            if difference < 0 { difference += 1 << 32 }
            result[index] = UInt32(difference)
        }
        return result
    }

    static func multiplyAdd(_ limbs: [UInt32], _ factor: UInt32, _ addend: UInt32) -> [UInt32] {
        var result = limbs
        var carry = UInt64(addend)
        for index in 0..<result.count {
            let product = UInt64(result[index]) * UInt64(factor) + carry
            result[index] = UInt32(truncatingIfNeeded: product)
            carry = product >> 32
        }
        if carry != 0 { result.append(UInt32(carry)) }
        return result
    }

    static func divideBySmall(_ limbs: [UInt32], _ divisor: UInt32) -> ([UInt32], UInt32) {
        var quotient = [UInt32](repeating: 0, count: limbs.count)
        var remainder: UInt64 = 0
        for index in stride(from: limbs.count - 1, through: 0, by: -1) {
            let current = remainder << 32 | UInt64(limbs[index])
            quotient[index] = UInt32(current / UInt64(divisor))
            remainder = current % UInt64(divisor)
        }
        while quotient.last == 0 { quotient.removeLast() }
        return (quotient, UInt32(remainder))
    }

    /// Long division of magnitudes: Knuth's algorithm D (TAOCP 4.3.1), as in Hacker's Delight.
    static func divideMagnitudes(_ u: [UInt32], _ v: [UInt32]) -> ([UInt32], [UInt32]) {
        guard !v.isEmpty else { return ([], []) }
        if compareMagnitudes(u, v) < 0 { return ([], u) }
        if v.count == 1 {
            let (quotient, remainder) = divideBySmall(u, v[0])
            return (quotient, remainder == 0 ? [] : [remainder])
        }
        let n = v.count, m = u.count - n
        let shift = v[n - 1].leadingZeroBitCount
        let vn = shiftLeft(v, shift, extraLimb: false)
        var un = shiftLeft(u, shift, extraLimb: true)
        var quotient = [UInt32](repeating: 0, count: m + 1)
        let base: UInt64 = 1 << 32
        for j in stride(from: m, through: 0, by: -1) {
            let numerator = UInt64(un[j + n]) << 32 | UInt64(un[j + n - 1])
            var qhat = numerator / UInt64(vn[n - 1])
            var rhat = numerator % UInt64(vn[n - 1])
            while qhat >= base || qhat * UInt64(vn[n - 2]) > (rhat << 32 | UInt64(un[j + n - 2])) {
                qhat -= 1
                rhat += UInt64(vn[n - 1])
                if rhat >= base { break }
            }
            var k: Int64 = 0
            for i in 0..<n {
                let product = qhat * UInt64(vn[i])
                let t = Int64(un[i + j]) - k - Int64(product & 0xFFFF_FFFF)
                un[i + j] = UInt32(truncatingIfNeeded: t)
                k = Int64(product >> 32) - (t >> 32)
            }
            let t = Int64(un[j + n]) - k
            un[j + n] = UInt32(truncatingIfNeeded: t)
            if t < 0 {
                qhat -= 1
                var carry: UInt64 = 0
                for i in 0..<n {
                    let sum = UInt64(un[i + j]) + UInt64(vn[i]) + carry
                    un[i + j] = UInt32(truncatingIfNeeded: sum)
                    carry = sum >> 32
                }
                un[j + n] = un[j + n] &+ UInt32(truncatingIfNeeded: carry)
            }
            quotient[j] = UInt32(truncatingIfNeeded: qhat)
        }
        var remainder = [UInt32](repeating: 0, count: n)
        for i in 0..<n {
            remainder[i] = shift == 0 ? un[i] : (un[i] >> shift) | UInt32(truncatingIfNeeded: UInt64(un[i + 1]) << (32 - shift))
        }
        while quotient.last == 0 { quotient.removeLast() }
        while remainder.last == 0 { remainder.removeLast() }
        return (quotient, remainder)
    }

    static func shiftLeft(_ limbs: [UInt32], _ shift: Int, extraLimb: Bool) -> [UInt32] {
        var result = [UInt32](repeating: 0, count: limbs.count + (extraLimb ? 1 : 0))
        for index in 0..<limbs.count {
            result[index] |= shift == 0 ? limbs[index] : limbs[index] << shift
            if shift != 0, index + 1 < result.count { result[index + 1] = limbs[index] >> (32 - shift) }
        }
        return result
    }
}

extension BigInt: Comparable {
    static func < (lhs: BigInt, rhs: BigInt) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let order = compareMagnitudes(lhs.limbs, rhs.limbs)
        return lhs.isNegative ? order > 0 : order < 0
    }
}
