import Foundation
import Regel

/// `regel hva-skal-til` (options and help in `CommandCatalogue.whatWouldChange`): the smallest
/// changes to a case that give a rule another answer.
enum WhatWouldChangeCommand {
    static func run(_ args: [String]) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: CommandCatalogue.whatWouldChange)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.giveRules) }
        guard let casePath = arguments.value("sak") else { throw UsageError(CLIMessages.giveCase) }
        guard let rule = arguments.value("regel") else { throw UsageError(CLIMessages.giveRule) }
        var options = WhatWouldChange.Options()
        if let text = arguments.value("mål") {
            guard text == "ja" || text == "nei" else { throw UsageError(CLIMessages.target(text)) }
            options.target = text == "ja"
        }
        if let text = arguments.value("maks") {
            guard let count = Int(text), (1...8).contains(count) else { throw UsageError(CLIMessages.maxChanges(text)) }
            options.maxChanges = count
        }
        if let text = arguments.value("tid") {
            guard let seconds = Double(text.replacingOccurrences(of: ",", with: ".")), seconds > 0, seconds <= 3600 else {
                throw UsageError(CLIMessages.timeLimit(text))
            }
            options.timeLimit = .milliseconds(Int(seconds * 1000))
        }
        let date = try arguments.value("dato").map { text throws(UsageError) -> CalendarDate in
            guard let date = CalendarDate(iso: text) else { throw UsageError(CLIMessages.invalidDate(text)) }
            return date
        }
        try UsageError.requireExisting(arguments.operands + [casePath])
        let compilation = RegelCompiler.compile(paths: arguments.operands)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else { return 1 }
        let fixed = arguments.values["fast"] ?? []
        for name in fixed where program.fact(named: name) == nil {
            throw UsageError(CLIMessages.unknownFixedFact(name, suggestion: Suggest.closest(to: name, among: program.facts.map(\.name))))
        }
        options.fixed = Set(fixed)
        if let type = program.rule(named: rule)?.type, type != .truth { throw UsageError(CLIMessages.whatWouldChangeNeedsTruth(rule)) }
        guard var givenCase = EvaluateCommand.readCase(casePath, program: program, date: date) else { return 1 }
        if let date { givenCase.vurderingsdato = date }
        do throws(RegelError) {
            let result = try program.whatWouldChange(rule, in: givenCase, options: options)
            Output.out(WhatWouldChangeText.render(result))
        } catch {
            Output.err("regel: \(error.description)")
            return 1
        }
        return 0
    }
}
