import Regel
import Foundation

/// An interactive session over a rule set: one line in, text out. The terminal, the history and
/// the line editing live elsewhere; this is the part that knows the rules, so it can be tested
/// with scripted lines.
package final class ReplSession {
    /// The rule files or folders, read again by `last`.
    package let paths: [String]
    /// The case being explored; nil while the rule files have errors.
    var givenCase: Case?
    /// The rule set, or nil while the files have errors.
    package var program: CompiledRuleSet? { givenCase?.program }
    /// The vurderingsdato, kept apart from the case so it survives a reload that fails.
    var vurderingsdato: CalendarDate
    /// Facts typed so far, by name, in the order they were given: survives reloads.
    var typedFacts: [(name: String, value: Value)] = []
    /// Rules the user has asked about, for `lagre test`.
    var askedRules: [String] = []
    var interview: Interview?
    /// Lines of an input that is not complete yet.
    var pendingLines: [String] = []
    /// Where `lagre test … til FIL` writes relative paths.
    let workingFolder: String

    /// Reads the rules at `paths`. `today` is the first vurderingsdato.
    package init(paths: [String], today: CalendarDate, workingFolder: String = FileManager.default.currentDirectoryPath) {
        self.paths = paths
        self.vurderingsdato = today
        self.workingFolder = workingFolder
        startText = load()
        if Self.reportsError(startText) { errorCount += 1 }
    }

    /// How many lines (and loadings of the rules) gave an error: a script run through the session
    /// fails when this is not zero.
    package private(set) var errorCount = 0

    /// What to show when the session starts: what was read, any diagnostics, and how to go on.
    package internal(set) var startText = ""

    /// The prompt for the next line.
    package var prompt: String {
        if interview != nil { return "svar> " }
        return pendingLines.isEmpty ? "regel> " : "   ...> "
    }

    /// Whether the session has ended (`avslutt`).
    package internal(set) var hasEnded = false

    /// Handles one typed line and returns what to show (possibly nothing).
    package func handle(_ line: String) -> String {
        let output = respond(line)
        if Self.reportsError(output) { errorCount += 1 }
        return output
    }

    /// Every error the session shows starts a line with «feil» (`feil:` or `feil[R0301]:`), or says the rules
    /// have errors; warnings and answers never do.
    static func reportsError(_ output: String) -> Bool {
        output.split(separator: "\n").contains { $0.hasPrefix("feil:") || $0.hasPrefix("feil[") || $0.hasPrefix("reglene har feil") }
    }

    private func respond(_ line: String) -> String {
        if interview != nil { return answer(line) }
        pendingLines.append(line)
        // Joined into one line: the layout rule of files does not apply to what is typed.
        let input = pendingLines.map { SessionCommand.trimmed(Fragment(text: $0, column: 0)).text }.joined(separator: " ")
        if InputCompleteness.isIncomplete(input) { return "" }
        pendingLines = []
        return run(input)
    }

    /// Ctrl-C: drops a half-typed input or stops an interview; the session goes on.
    package func cancel() -> String {
        if interview != nil {
            interview = nil
            return SessionMessages.interviewCancelled
        }
        pendingLines = []
        return ""
    }

    /// End of input (Ctrl-D).
    package func endOfInput() -> String {
        hasEnded = true
        return interview != nil ? "intervjuet er avbrutt" : ""
    }

    func run(_ input: String) -> String {
        guard !input.allSatisfy(\.isWhitespace) else { return "" }
        let command = SessionCommand.parse(input) { [program] name in program?.fact(named: name) != nil || name.contains("[") }
        switch command {
        case .help: return SessionHelp.text
        case .quit:
            hasEnded = true
            return ""
        case .reload: return load()
        case .misuse(let message, let fragment): return InputDiagnostics.render(message, at: fragment, input: input)
        default: break
        }
        guard let program else {
            return SessionMessages.rulesHaveErrors
        }
        switch command {
        case .set(let name, let value): return set(name, value, input: input, program: program)
        case .forget(let names): return forget(names, input: input)
        case .forgetAll: return forgetAll()
        case .facts: return factsText()
        case .rules: return rulesText(program)
        case .evaluate(let target):
            if let unknown = unknownCommand(target) { return InputDiagnostics.render(unknown.message, at: unknown.word, input: input) }
            return evaluate(target, input: input, explain: false)
        case .why(let target): return evaluate(target, input: input, explain: true)
        case .missing(let target): return missing(target, input: input)
        case .interview(let target): return startInterview(target, input: input)
        case .whatWouldChange(let target, let rule): return whatWouldChange(target: target, rule: rule, input: input)
        case .saveTest(let name, let file): return saveTest(name, to: file)
        case .help, .quit, .reload, .misuse: return ""
        }
    }

    /// `foo bar` where `foo` is no command and no name: say so, instead of a parse error about `bar`.
    func unknownCommand(_ target: Fragment) -> (message: String, word: Fragment)? {
        let (word, rest) = SessionCommand.splitFirstWord(target)
        // A word that starts with a digit is a number (`1 + 1`, `18 år > 12 måneder`), never a command.
        guard let program, word.text.first?.isLetter == true, word.text.allSatisfy(\.isNamePart),
              Keyword.byText[word.text] == nil, program.fact(named: word.text) == nil, program.rule(named: word.text) == nil,
              word.text != "vurderingsdato", Builtin.named(word.text) == nil
        else { return nil }
        let commands = CommandWord.allCases.flatMap { [$0.rawValue] + $0.aliases }
        let suggestion = Suggest.closest(to: word.text, among: commands)
        // A lone word may be a misspelt rule: the checker's «mente du» is better then, unless a command is close.
        if rest.text.isEmpty && suggestion == nil { return nil }
        return (SessionMessages.unknownCommand(word.text, suggestion: suggestion), word)
    }
}
