/// Norwegian texts for rules with parameters, their calls and the lists they are applied to.
extension CheckingMessages {
    /// What a parameter would hide, the last words of `parameterHides`.
    enum Hidden {
        static let fact = "et faktum eller en vurdering med samme navn (eller med navnet foran et punktum)"
        static let rule = "en regel med samme navn"
        static let value = "en verdi i en oppramsing med samme navn"
        static let vurderingsdato = "vurderingsdatoen"
    }

    static func parameterHides(_ name: String, _ hidden: String) -> String {
        "parameteren «\(name)» ville skjule \(hidden) inne i regelen; gi parameteren et annet navn"
    }
    static func ruleNamedLikeBuiltin(_ name: String) -> String {
        "regelen kan ikke hete «\(name)», som er en innebygd funksjon; gi regelen et annet navn"
    }
    static func versionParameters(_ name: String) -> String {
        "versjonene av regelen «\(name)» har ulike parametre; alle versjoner må ha de samme parametrene med de samme typene"
    }
    static func ruleNeedsArguments(_ name: String, _ parameters: [(name: String, type: ValueType)]) -> String {
        let list = parameters.map { "\($0.name): \($0.type.displayName)" }.joined(separator: ", ")
        return "regelen «\(name)» har parametre (\(list)) og må brukes med argumenter, som «\(name)(…)»"
    }
    static func ruleTakesNoArguments(_ name: String, _ got: Int) -> String {
        "regelen «\(name)» har ingen parametre, men fikk \(got) \(got == 1 ? "argument" : "argumenter"); skriv bare «\(name)»"
    }
    static func ruleArgumentCount(_ name: String, _ wanted: Int, _ got: Int) -> String {
        "regelen «\(name)» tar \(wanted) \(wanted == 1 ? "argument" : "argumenter"), men fikk \(got)"
    }
    static func ruleArgumentType(_ name: String, _ parameter: String, _ wanted: ValueType, _ got: ValueType) -> String {
        "parameteren «\(parameter)» i regelen «\(name)» er \(wanted.displayName), men argumentet er \(got.displayName)"
    }
    static func unusedParameter(_ name: String, _ rule: String) -> String {
        "parameteren «\(name)» brukes ikke i regelen «\(rule)»"
    }
    static func parameterChainTooDeep(_ name: String) -> String {
        "regelen «\(name)» har parametre og bruker en kjede av regler som er for dyp (over \(Evaluator<NoTrace>.maxRecursiveDepth) nivåer); del opp kjeden"
    }
    static func membershipTypes(_ element: ValueType, _ list: ValueType) -> String {
        "kan ikke se etter \(element.displayName) i \(list.displayName)"
    }
    static func notAListIndex(_ text: String, _ type: ValueType) -> String {
        "«\(text)» er \(type.displayName), ikke en liste; bare en liste har plassnummer i «[…]»"
    }
    static func indexNotNumber(_ type: ValueType) -> String {
        "plassnummeret i «[…]» må være et tall, men er \(type.displayName)"
    }
}
