extension Citation {
    /// `hol § 7-2 a første ledd bokstav b`.
    public var displayText: String {
        let ordinals = Citation.ordinalWords
        var parts = ["\(law.text) § \(section)"]
        if let ledd { parts.append("\(ordinals[ledd] ?? "\(ledd).") ledd") }
        if let nummer { parts.append("nr. \(nummer)") }
        if let bokstav { parts.append("bokstav \(bokstav)") }
        if let punktum { parts.append("\(ordinals[punktum] ?? "\(punktum).") punktum") }
        return parts.joined(separator: " ")
    }

    /// The word for each ordinal (`første` for 1), built once rather than for every citation.
    static let ordinalWords: [Int: String] = ContextualWord.ordinals.reduce(into: [Int: String]()) { result, entry in
        if result[entry.value] == nil || entry.key == "sjuende" { result[entry.value] = entry.key }
    }
}
