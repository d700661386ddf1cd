import Foundation

/// Exact decimal numbers, written with a decimal comma.
enum DecimalText {
    /// Parses `12` or `12,5` (also accepts `12.5`, which the lexer has already reported).
    static func parse(_ text: String) -> Decimal? {
        Decimal(string: text.replacingOccurrences(of: ",", with: "."), locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Norwegian form: decimal comma, no exponent, no trailing zeros.
    static func format(_ value: Decimal) -> String {
        var rounded = value
        var copy = value
        NSDecimalRound(&rounded, &copy, 20, .plain)
        return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
            .replacingOccurrences(of: ".", with: ",")
    }
}
