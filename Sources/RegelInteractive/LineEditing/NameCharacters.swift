import Regel
extension Character {
    /// A character of a name: a letter (æ, ø, å and any other), a digit or `_`.
    var isNamePart: Bool { isLetter || isNumber || self == "_" }

    /// A character of a dotted name such as `barn.fødselsdato`.
    var isDottedNamePart: Bool { isNamePart || self == "." }
}
