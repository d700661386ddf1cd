/// Norwegian texts for why a calculation has no value (`CalculationFailure.reason`).
enum CalculationMessages {
    static let divisionByZero = "divisjon med null"
    static let numberTooLarge = "tallet blir for stort til å regnes eksakt (over \(Number.maxBits) biter)"
    static let durationTooLarge = "varigheten blir for lang"
    static let durationNotWhole = "gir ikke et helt antall måneder og dager"
    static let outsideCalendar = "datoen havner utenfor kalenderen (år 1–9999)"
    static let roundingDecimals = "antall desimaler må være et helt tall mellom −\(Number.maxRoundingDecimals) og \(Number.maxRoundingDecimals)"
    static let undefined = "regneoperasjonen er ikke definert for disse verdiene"
    static let indexOutsideList = "plassnummeret er ikke et helt tall fra 0 til ett mindre enn antall elementer i listen (listen teller fra 0)"
    static let emptyList = "listen er tom, så den har ikke noe minste eller største element"
}
