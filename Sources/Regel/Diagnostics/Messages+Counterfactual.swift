/// Norwegian texts of «hva skal til» (`regel hva-skal-til`, `hva skal til` in the REPL).
enum CounterfactualMessages {
    static func alreadyThere(_ target: String) -> String { "Svaret er allerede \(target); ingenting må endres." }
    static let notInForce = "Regelen er ikke i kraft på vurderingsdatoen; ingen endring av fakta eller vurderinger gir et svar."
    static func nothingWithin(_ target: String, maxChanges: Int) -> String {
        "Ingen endring av høyst \(maxChanges) fakta eller vurderinger gir \(target) (faste fakta endres ikke)."
    }
    static func cutOffWithout(_ target: String, searched: Int) -> String {
        "Søket ble stoppet ved tidsgrensen før det fant noe som gir \(target); "
            + (searched == 0 ? "ikke engang alle enkeltendringer ble prøvd." : "alle endringer av høyst \(searched) fakta eller vurderinger er prøvd uten å gi \(target).")
    }
    static let cutOffWith = "Søket ble stoppet ved tidsgrensen; det kan finnes flere alternativer av samme størrelse."
    static func heading(_ target: String, changes: Int, alternatives: Int) -> String {
        let size = changes == 1 ? "1 opplysning" : "\(changes) opplysninger"
        return "For at svaret skal bli \(target), må minst \(size) endres "
            + "(\(alternatives) \(alternatives == 1 ? "alternativ" : "alternativer")):"
    }
    /// After a boundary value that holds beyond it too: «2006-03-02 eller senere».
    static func orBeyond(upward: Bool, of value: Value) -> String {
        switch value {
        case .date: return upward ? " eller senere" : " eller tidligere"
        case .duration: return upward ? " eller lengre" : " eller kortere"
        default: return upward ? " eller mer" : " eller mindre"
        }
    }
    static let and = " og "
    static let ifWord = "hvis "
    static func factGiven(_ fact: String, _ value: String) -> String { "\(fact) ble oppgitt som \(value)" }
    static func factChanged(_ fact: String, _ value: String, from: String) -> String { "\(fact) var \(value) (ikke \(from))" }
    static func judgementMade(_ name: String, _ value: String) -> String { "vurderingen «\(name)» ble gjort og falt ut til \(value)" }
    static func judgementReconsidered(_ name: String, _ value: String, from: String) -> String {
        "vurderingen «\(name)» ble vurdert til \(value) (nå \(from))"
    }
}
