/// Messages from `regel formater`.
enum FormatMessages {
    static let textBlockIndentation =
        "filen er ikke formatert: en tekstblokk («\"\"\"») har linjer med mindre innrykk enn det den skulle flyttes til; gi blokken mer innrykk"
    static let meaningWouldChange =
        "filen er ikke formatert: den nye utformingen ville ikke gitt de samme deklarasjonene; dette er en feil i formateringen, meld den gjerne"
}
