import Testing
@testable import Regel
@testable import RegelSyntax

/// The exact number type: reading, writing, arithmetic, rounding and its limits.
@Suite struct NumberTests {
    func number(_ text: String) throws -> Number {
        try Number.parse(text).get()
    }

    @Test func literalsOfEveryLengthAreReadExactly() throws {
        let forty = try number("1234567890123456789012345678901234567891")
        #expect(forty != (try number("1234567890123456789012345678901234567890")))
        #expect(forty.displayText == "1234567890123456789012345678901234567891")
        #expect(try number("0,000000000000000000001").displayText == "0,000000000000000000001")
        #expect(try number("0,000000000000000000001") != Number.zero)
        let fifty = "12345678901234567890123456789012345678901234567890"
        #expect(try number(fifty).jsonNumberText == fifty)
        #expect(try number("-12,50").displayText == "-12,5")
    }

    /// Short numbers take a path that does not allocate; every length around its edge must agree with the long path.
    @Test func shortAndLongPathsAgree() throws {
        for length in 1...22 {
            let digits = String(repeating: "9", count: length)
            #expect(try number(digits).displayText == digits)
            #expect(try number("-" + digits + ",5").displayText == "-" + digits + ",5")
            #expect(try number("0," + digits).displayText == "0," + digits)
        }
        #expect(try number("9223372036854775807").displayText == "9223372036854775807")
        #expect(try number("-9223372036854775808").displayText == "-9223372036854775808")
        #expect(Number.parse("1,") == .failure(.notANumber))
        #expect(Number.parse("-") == .failure(.notANumber))
        #expect(Number.parse("1,2,3") == .failure(.notANumber))
    }

    @Test func exponentsAreExact() throws {
        #expect(try number("1e-65").displayText == "0," + String(repeating: "0", count: 64) + "1")
        #expect(try number("2.5E+3").displayText == "2500")
        #expect(try number("-0.0e7") == Number.zero)
        #expect(Number.parse("1e1000001") == .failure(.tooLarge))
        #expect(Number.parse("1e-5000") == .failure(.tooLarge))
        #expect(Number.parse("0e-99999999999999999999") == .success(.zero))
        for bad in ["", "-", "1,", ",5", "1e", "1e+", "1.2.3", "12a", "--1", "1/0", "/3"] {
            #expect(Number.parse(bad) == .failure(.notANumber), "«\(bad)»")
        }
    }

    @Test func squaringATinyNumberIsExact() throws {
        let tiny = try number("1e-65")
        let square = try #require(tiny.multiplying(by: tiny))
        #expect(square == (try number("1e-130")))
        #expect(square.signum == 1)
    }

    @Test func divisionIsARational() throws {
        let nineSevenths = try #require(Number(9).dividing(by: 7))
        let quotient = try #require(Number(1_000_000_000_000).dividing(by: nineSevenths))
        #expect(quotient.fractionText == "7000000000000/9")
        #expect(quotient.displayText == "777777777777,77777777777777777777…")
        #expect(quotient.jsonNumberText == nil)
        let third = try #require(Number(1).dividing(by: 3))
        #expect(try #require(third.multiplying(by: 3)) == Number(1))
        #expect(Number(1).dividing(by: .zero) == nil)
        #expect(try #require(Number(1).dividing(by: 8)).displayText == "0,125")
    }

    @Test func overflowMovesToTheLargeFormInsteadOfTrapping() throws {
        let big = Number(Int(Int64.max))
        let sum = try #require(big.adding(1))
        #expect(sum.displayText == "9223372036854775808")
        #expect(try #require(sum.subtracting(1)) == big)
        let product = try #require(big.multiplying(by: big))
        #expect(product.displayText == "85070591730234615847396907784232501249")
        #expect(Number(Int(Int64.min)).negated.displayText == "9223372036854775808")
        #expect(big < sum && Number(Int(Int64.min)) < big)
    }

    @Test func resultsPastTheLimitAreRefusedNotRounded() throws {
        var value = Number(2)
        var steps = 0
        while let next = value.multiplying(by: value) {
            value = next
            steps += 1
        }
        #expect(steps == 11)  // 2^(2^11) has 2049 bits; its square would have 4097
        #expect(value.displayText.count == 617)
    }

    /// Random fractions checked against exact 128-bit cross-multiplication.
    @Test func arithmeticAgreesWithIntegerReference() throws {
        var random = SplitMix(seed: 8)
        for _ in 0..<3_000 {
            let a = Int64(random.below(2_000_001)) - 1_000_000, b = Int64(random.below(999)) + 1
            let c = Int64(random.below(2_000_001)) - 1_000_000, d = Int64(random.below(999)) + 1
            let x = try #require(Number(numerator: Int128(a), denominator: Int128(b)))
            let y = try #require(Number(numerator: Int128(c), denominator: Int128(d)))
            #expect(x.adding(y) == Number(numerator: Int128(a * d + c * b), denominator: Int128(b * d)))
            #expect(x.multiplying(by: y) == Number(numerator: Int128(a * c), denominator: Int128(b * d)))
            #expect(x.compare(y) == (a * d < c * b ? -1 : a * d == c * b ? 0 : 1))
            if c != 0 { #expect(x.dividing(by: y) == Number(numerator: Int128(a * d), denominator: Int128(b * c))) }
        }
    }

    /// Long division of large integers, checked by multiplying back.
    @Test func bigIntegerDivisionIsExact() throws {
        var random = SplitMix(seed: 9)
        for _ in 0..<300 {
            let top = try #require(BigInt(digits: Array(String((0..<(1 + random.below(80))).map { _ in Character(String(random.below(10))) }).utf8)))
            let bottomDigits = String((0..<(1 + random.below(40))).map { _ in Character(String(random.below(10))) })
            let bottom = try #require(BigInt(digits: Array(bottomDigits.utf8)))
            guard !bottom.isZero else { continue }
            let (quotient, remainder) = top.quotientAndRemainder(dividingBy: bottom)
            #expect(quotient * bottom + remainder == top)
            #expect(remainder < bottom)
        }
    }

    @Test func roundingIsExplicitAndDocumented() throws {
        func round(_ text: String, _ decimals: Int, _ mode: Number.RoundingMode) throws -> String {
            try #require(try number(text).rounded(decimals: decimals, mode)).displayText
        }
        #expect(try round("2,5", 0, .halfAwayFromZero) == "3")
        #expect(try round("-2,5", 0, .halfAwayFromZero) == "-3")
        #expect(try round("2,449", 1, .halfAwayFromZero) == "2,4")
        #expect(try round("1234,5", -2, .halfAwayFromZero) == "1200")
        #expect(try round("2,7", 0, .down) == "2")
        #expect(try round("-2,3", 0, .down) == "-3")
        #expect(try round("2,3", 0, .up) == "3")
        #expect(try round("-2,7", 0, .up) == "-2")
        let third = try #require(Number(1).dividing(by: 3))
        #expect(try #require(third.rounded(decimals: 2, .halfAwayFromZero)).displayText == "0,33")
        #expect(third.rounded(decimals: 101, .up) == nil)
    }
}
