/// Norwegian texts for problems found while checking names and types.
enum CheckingMessages {
    static func capitalisedValue(_ written: String, _ word: String) -> String {
        "«\(written)» er ikke et navn; verdien skrives med små bokstaver: «\(word)»"
    }

    static let recordWithoutType = "en post «{ … }» kan bare stå der typen er kjent, for eksempel som verdi for et faktum i «gitt»"

    static func ambiguousValue(_ name: String, _ types: [String]) -> String {
        "«\(name)» er en verdi i flere typer (\(types.joined(separator: ", "))); sammenlign med noe av riktig type så det er klart hvilken"
    }
    static func argumentCount(_ name: String, _ wanted: Int, _ got: Int) -> String {
        "«\(name)» tar \(wanted) \(wanted == 1 ? "argument" : "argumenter"), men fikk \(got)"
    }
    static func argumentType(_ name: String, _ wanted: ParameterType, _ got: ValueType) -> String {
        "«\(name)» trenger \(wanted.displayName), men fikk \(got.displayName)"
    }
    static func arithmetic(_ op: BinaryOperator, _ left: ValueType, _ right: ValueType) -> String {
        "kan ikke regne \(left.displayName) \(op.rawValue) \(right.displayName)"
    }
    static func calculationFails(_ text: String, _ failure: CalculationFailure) -> String {
        "«\(text)» kan ikke regnes ut: \(failure.reason); verdien ville alltid bli ukjent"
    }
    static func cannotNegate(_ type: ValueType) -> String {
        "minustegn foran \(type.displayName) gir ingen mening; det brukes foran tall og varigheter"
    }
    static func caseType(_ wanted: ValueType, _ got: ValueType) -> String {
        "verdien er \(got.displayName), men regelen gir \(wanted.displayName)"
    }
    static func comparison(_ op: BinaryOperator, _ left: ValueType, _ right: ValueType) -> String {
        "kan ikke sammenligne \(left.displayName) med \(right.displayName)"
    }
    static func cycle(_ names: [String]) -> String {
        if names.count == 1 { return "regelen «\(names[0])» bruker seg selv; en regel kan ikke avhenge av seg selv" }
        let chain = (names + [names[0]]).map { "«\($0)»" }.joined(separator: " → ")
        return "reglene bruker hverandre i ring: \(chain); en regel kan ikke avhenge av seg selv"
    }
    static func duplicate(_ what: String, _ name: String) -> String {
        "\(what) «\(name)» er deklarert mer enn én gang"
    }
    static func builtinTypeName(_ name: String) -> String {
        "typen «\(name)» finnes fra før: tall, tekst, dato og varighet er innebygde typer; velg et annet navn"
    }
    static func duplicateEnumValue(_ name: String) -> String { "verdien «\(name)» står to ganger i samme oppramsing" }
    static func duplicateField(_ name: String, _ type: String) -> String { "feltet «\(name)» står to ganger i typen «\(type)»" }
    static func durationVersusNumber(_ text: String) -> String {
        "kan ikke sammenligne en varighet med tallet «\(text)»; skriv enheten, for eksempel «\(text) år»"
    }
    static func exceptionNeedsValue(_ name: String, _ type: ValueType) -> String {
        "unntaket for «\(name)» må si hva regelen da gir med «gir …», fordi regelen gir \(type.displayName)"
    }
    static func exceptionType(_ name: String, _ wanted: ValueType, _ got: ValueType) -> String {
        "unntaket gir \(got.displayName), men «\(name)» gir \(wanted.displayName)"
    }
    static func exceptionWithoutHjemmel(_ name: String) -> String { "unntaket for «\(name)» har ingen «hjemmel»" }
    static func fieldType(_ field: String, _ wanted: ValueType, _ got: ValueType) -> String {
        "feltet «\(field)» er \(wanted.displayName), men verdien er \(got.displayName)"
    }
    static func importNotFound(_ path: String) -> String { "fant ikke filen «\(path)» i regelmappen" }
    static func importOutside(_ path: String) -> String {
        "«\(path)» ligger utenfor regelmappen; importer bare filer i mappen, med sti relativt til den"
    }
    static func listItem(_ wanted: ValueType, _ got: ValueType) -> String {
        "elementet er \(got.displayName), men listen er av \(wanted.displayName)"
    }
    static func missingHjemmel(_ name: String) -> String {
        "regelen «\(name)» har ingen «hjemmel»; skriv hvilken bestemmelse den bygger på"
    }
    static func notAList(_ text: String, _ type: ValueType) -> String { "«\(text)» er \(type.displayName), ikke en liste" }
    static func notARecord(_ field: String, _ type: ValueType) -> String {
        "\(type.displayName) har ingen felt, så «.\(field)» gir ingen mening"
    }
    static func notTruth(_ text: String, _ type: ValueType) -> String {
        "vilkåret «\(text)» må være ja/nei, men er \(type.displayName)"
    }
    static func ordering(_ op: BinaryOperator, _ type: ValueType) -> String {
        "«\(op.rawValue)» kan bare brukes på tall, datoer og varigheter, ikke på \(type.displayName)"
    }
    static func overlappingExceptions(_ rule: String, line: Int, file: String?, sameValue: Bool) -> String {
        let result = sameValue ? "" : " og gi ulike svar"
        let place = file.map { "linje \(line) i \($0)" } ?? "linje \(line)"
        return "to unntak for «\(rule)» kan gjelde samtidig\(result) (det andre står på \(place)); det første i fil- og linjerekkefølge vinner"
    }
    static func overlappingLovtekster(_ name: String) -> String {
        "to lovtekster «\(name)» gjelder på samme dag; periodene i «gjelder fra/til» må ikke overlappe"
    }
    static func overlappingVersions(_ name: String) -> String {
        "to versjoner av regelen «\(name)» gjelder på samme dag; periodene i «gjelder fra/til» må ikke overlappe"
    }
    static func recordContainsItself(_ type: String, _ field: String) -> String {
        "typen «\(type)» inneholder seg selv gjennom feltet «\(field)»; en type kan ikke være bygd av seg selv"
    }
    static func ruleNamedLikeValue(_ name: String) -> String {
        "regelen «\(name)» har samme navn som en verdi i en oppramsing; gi den et annet navn"
    }
    static func ruleType(_ name: String, _ declared: ValueType, _ got: ValueType) -> String {
        "regelen «\(name)» er deklarert som \(declared.displayName), men gir \(got.displayName)"
    }
    static func unknownExceptionRule(_ name: String) -> String {
        "unntaket gjelder «\(name)», men det finnes ingen regel med det navnet"
    }
    static func unknownField(_ field: String, _ type: String) -> String { "typen «\(type)» har ikke feltet «\(field)»" }
    static func unknownFunction(_ name: String) -> String {
        "ukjent funksjon «\(name)»; funksjonene er " + Builtin.names.dropLast().joined(separator: ", ") + " og " + (Builtin.names.last ?? "")
    }
    static func unknownLovtekst(_ name: String) -> String {
        "fant ingen lovtekst «\(name)»; skriv en henvisning som «hol § 7-2 a» eller deklarer «lovtekst \(name)»"
    }
    static func unknownName(_ name: String) -> String { "ukjent navn «\(name)»" }
    static func notAnEnumValue(_ name: String, _ type: EnumerationType) -> String {
        "«\(name)» er ikke en av verdiene i \(ValueType.enumeration(type).displayName): " + type.values.joined(separator: ", ")
    }
    static func unknownType(_ name: String) -> String { "ukjent type «\(name)»" }
    static func unreachableCase(_ line: Int) -> String {
        "dette «hvis» nås aldri: vilkåret er allerede dekket av «hvis» på linje \(line)"
    }
    static func unusedFact(_ name: String, isJudgement: Bool) -> String {
        "\(isJudgement ? "vurderingen" : "faktumet") «\(name)» brukes ikke i noen regel"
    }
    static func didYouMean(_ name: String) -> String { "mente du «\(name)»?" }
    static func write(_ text: String) -> String { "skriv «\(text)»" }
    static func firstDeclaredAt(_ line: Int, _ file: String) -> String { "første gang på linje \(line) i \(file)" }
    static func declaredHere(_ name: String) -> String { "«\(name)» er deklarert her" }
    static func otherVersionAt(_ line: Int, _ file: String) -> String { "den andre versjonen står på linje \(line) i \(file)" }
    static let theOtherException = "det andre unntaket"
    /// The display name of a declared enumeration or record type.
    static func namedType(_ name: String) -> String { "«\(name)»" }
    static func validityOrder(_ from: CalendarDate, _ to: CalendarDate, clause: String = "gjelder") -> String {
        "«\(clause) til \(to)» er før «\(clause) fra \(from)»"
    }
    static func notEncodedOverlaps(_ name: String, version: Bool) -> String {
        version
            ? "perioden «ikke kodet» for «\(name)» overlapper en versjon av regelen; på en dag er regelen enten i kraft eller ikke kodet"
            : "to perioder «ikke kodet» for «\(name)» overlapper; skriv perioden én gang"
    }
    static func overlappingPeriodAt(_ line: Int, _ file: String, version: Bool) -> String {
        version ? "versjonen står på linje \(line) i \(file)" : "den andre perioden står på linje \(line) i \(file)"
    }
    static func hjemmelValueRepeated(_ value: String, line: Int) -> String {
        "hjemmelen for «\(value)» blir aldri valgt: verdien står allerede på linje \(line), og den første linjen vinner"
    }
    static func hjemmelForUnreachableCase(_ line: Int) -> String {
        "hjemmelen under dette «hvis» blir aldri valgt: tilfellet nås aldri (det er dekket av linje \(line))"
    }
    static func hjemmelSelector(_ text: String, _ type: ValueType) -> String {
        "«hjemmel etter \(text)» må velge etter en oppramsing eller ja/nei, men «\(text)» er \(type.displayName)"
    }
}

/// Norwegian texts for problems in test blocks.
enum TestMessages {
    static func notConstant(_ text: String, inTest: Bool) -> String {
        "«\(text)» er ikke en fast verdi; \(inTest ? "i en test skrives verdier" : "skriv verdien") som ja, 12, \"tekst\", 2024-01-31 eller [ … ]"
    }
    static func missingDate(_ name: String) -> String {
        "testen «\(name)» mangler «vurderingsdato = ÅÅÅÅ-MM-DD» under «gitt»; uten den ville svaret avhenge av dagens dato"
    }
    static func unknownRule(_ name: String) -> String { "testen forventer noe av «\(name)», men det finnes ingen regel med det navnet" }
    static func wrongType(_ name: String, _ wanted: ValueType, _ got: ValueType, inTest: Bool) -> String {
        "«\(name)» er \(wanted.displayName), men \(inTest ? "testen gir" : "verdien er") \(got.displayName)"
    }
}
