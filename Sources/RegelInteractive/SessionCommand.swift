import Regel
/// One line typed in a session, read as a command. A line that is no command is an
/// expression to evaluate; `navn = verdi` sets a fact when `navn` is a declared fact.
enum SessionCommand: Equatable {
    case set(name: String, value: Fragment)
    case forget([Fragment])
    case forgetAll
    case why(Fragment)
    case missing(Fragment)
    case interview(Fragment)
    /// `hva skal til [ja|nei] [REGEL]`: the target answer (nil: the opposite) and the rule (nil: the last asked).
    case whatWouldChange(target: Bool?, rule: Fragment?)
    case facts
    case rules
    case reload
    case saveTest(name: String, file: String?)
    case help
    case quit
    case evaluate(Fragment)
    /// A command word used the wrong way: the message and the part of the line it points at.
    case misuse(String, Fragment)
}

/// A piece of the typed line and where it starts, so a diagnostic can point into the line.
struct Fragment: Equatable {
    let text: String
    /// Characters before the fragment on the line.
    let column: Int
}

/// The command words, Norwegian first, with their English aliases: one table for parsing, help and completion.
enum CommandWord: String, CaseIterable {
    case glem, hvorfor, mangler, intervju, hva, fakta, regler, last, lagre, hjelp, avslutt

    var aliases: [String] {
        switch self {
        case .glem: return ["forget"]
        case .hvorfor: return ["why"]
        case .mangler: return ["missing"]
        case .intervju: return ["interview"]
        case .hva: return ["what-if"]
        case .fakta: return ["facts"]
        case .regler: return ["rules"]
        case .last: return ["reload"]
        case .lagre: return ["save"]
        case .hjelp: return ["help"]
        case .avslutt: return ["quit", "exit"]
        }
    }

    /// Whether the command is followed by a rule or an expression.
    var takesRule: Bool { self == .hvorfor || self == .mangler || self == .intervju }

    static func named(_ word: String) -> CommandWord? {
        allCases.first { $0.rawValue == word || $0.aliases.contains(word) }
    }
}

extension SessionCommand {
    /// Reads one complete input. `isFact` tells a fact name (set with `=`) from anything else.
    static func parse(_ line: String, isFact: (String) -> Bool) -> SessionCommand {
        let (word, rest) = splitFirstWord(line)
        if let command = CommandWord.named(word.text) {
            return parse(command, word: word, rest: rest)
        }
        if let (name, value) = assignment(line), isFact(name.text) || name.text == "vurderingsdato" {
            return .set(name: name.text, value: value)
        }
        return .evaluate(trimmed(Fragment(text: line, column: 0)))
    }

    private static func parse(_ command: CommandWord, word: Fragment, rest: Fragment) -> SessionCommand {
        let noArgument = rest.text.isEmpty
        switch command {
        case .hvorfor, .mangler, .intervju:
            guard !noArgument else { return .misuse(SessionMessages.targetMissing(word.text), word) }
            return command == .hvorfor ? .why(rest) : command == .mangler ? .missing(rest) : .interview(rest)
        case .glem:
            guard !noArgument else { return .misuse(SessionMessages.forgetWhat(word.text), word) }
            if rest.text == "alt" || rest.text == "all" { return .forgetAll }
            return .forget(words(rest))
        case .lagre:
            return parseSave(word: word, rest: rest)
        case .hva:
            return parseWhatWouldChange(word: word, rest: rest)
        case .fakta, .regler, .last, .hjelp, .avslutt:
            guard noArgument else { return .misuse(SessionMessages.standsAlone(word.text), rest) }
            switch command {
            case .fakta: return .facts
            case .regler: return .rules
            case .last: return .reload
            case .hjelp: return .help
            default: return .quit
            }
        }
    }

    /// `hva skal til [ja|nei] [REGEL]`, or `what-if [ja|nei] [REGEL]`.
    private static func parseWhatWouldChange(word: Fragment, rest: Fragment) -> SessionCommand {
        var rest = rest
        if word.text == CommandWord.hva.rawValue {
            let (skal, afterSkal) = splitFirstWord(rest)
            let (til, afterTil) = splitFirstWord(afterSkal)
            guard skal.text == "skal", til.text == "til" else {
                return .misuse(SessionMessages.whatWouldChangeUsage, rest.text.isEmpty ? word : rest)
            }
            rest = afterTil
        }
        var target: Bool?
        let (first, afterFirst) = splitFirstWord(rest)
        if first.text == "ja" || first.text == "nei" {
            target = first.text == "ja"
            rest = afterFirst
        }
        let (rule, extra) = splitFirstWord(rest)
        guard extra.text.isEmpty else { return .misuse(SessionMessages.whatWouldChangeUsage, extra) }
        return .whatWouldChange(target: target, rule: rule.text.isEmpty ? nil : rule)
    }

    /// `lagre test "navn" [til FIL]`
    private static func parseSave(word: Fragment, rest: Fragment) -> SessionCommand {
        let usage = SessionMessages.saveUsage(word.text)
        let (testWord, afterTest) = splitFirstWord(rest)
        guard testWord.text == "test" else { return .misuse(usage, testWord.text.isEmpty ? word : testWord) }
        guard let (name, afterName) = quoted(afterTest) else { return .misuse(usage, afterTest.text.isEmpty ? testWord : afterTest) }
        if afterName.text.isEmpty { return .saveTest(name: name, file: nil) }
        let (toWord, file) = splitFirstWord(afterName)
        guard toWord.text == "til" || toWord.text == "to", !file.text.isEmpty else { return .misuse(usage, afterName) }
        return .saveTest(name: name, file: file.text)
    }

    /// A string in double quotes at the start of `fragment`, with `\"` and `\\` escapes, and what follows it.
    private static func quoted(_ fragment: Fragment) -> (String, Fragment)? {
        let characters = Array(fragment.text)
        guard characters.first == "\"" else { return nil }
        var value = ""
        var index = 1
        while index < characters.count {
            let character = characters[index]
            if character == "\\" && index + 1 < characters.count {
                value.append(characters[index + 1])
                index += 2
                continue
            }
            if character == "\"" {
                let rest = Fragment(text: String(characters[(index + 1)...]), column: fragment.column + index + 1)
                return value.isEmpty ? nil : (value, trimmed(rest))
            }
            value.append(character)
            index += 1
        }
        return nil
    }

    /// `navn = verdi` where `=` is not part of `<=`, `>=` or `!=`.
    private static func assignment(_ line: String) -> (Fragment, Fragment)? {
        let characters = Array(line)
        guard let equals = characters.firstIndex(of: "="), equals > 0 else { return nil }
        if "<>!".contains(characters[equals - 1]) { return nil }
        let name = trimmed(Fragment(text: String(characters[..<equals]), column: 0))
        // `tjenester[1].lov = …` sets a field of an element of a list.
        guard !name.text.isEmpty, name.text.allSatisfy({ $0.isDottedNamePart || $0 == "[" || $0 == "]" }) else { return nil }
        return (name, trimmed(Fragment(text: String(characters[(equals + 1)...]), column: equals + 1)))
    }

    static func splitFirstWord(_ line: String) -> (Fragment, Fragment) {
        splitFirstWord(Fragment(text: line, column: 0))
    }

    /// The first word of `fragment` and the rest, both trimmed.
    static func splitFirstWord(_ fragment: Fragment) -> (Fragment, Fragment) {
        let start = trimmed(fragment)
        let characters = Array(start.text)
        let end = characters.firstIndex(where: \.isWhitespace) ?? characters.count
        let word = Fragment(text: String(characters[..<end]), column: start.column)
        let rest = Fragment(text: String(characters[end...]), column: start.column + end)
        return (word, trimmed(rest))
    }

    private static func words(_ fragment: Fragment) -> [Fragment] {
        var result: [Fragment] = []
        var rest = fragment
        while !rest.text.isEmpty {
            let (word, next) = splitFirstWord(rest)
            result.append(Fragment(text: word.text.trimmingCharacters(in: ","), column: word.column))
            rest = next
        }
        return result
    }

    /// Drops blanks at both ends, moving the column past the leading ones.
    static func trimmed(_ fragment: Fragment) -> Fragment {
        let characters = Array(fragment.text)
        guard let first = characters.firstIndex(where: { !$0.isWhitespace }) else { return Fragment(text: "", column: fragment.column + characters.count) }
        let last = characters.lastIndex(where: { !$0.isWhitespace }) ?? first
        return Fragment(text: String(characters[first...last]), column: fragment.column + first)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
