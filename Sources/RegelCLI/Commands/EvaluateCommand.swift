import Foundation
import Regel
import RegelReport

/// `regel vurder` and `regel forklar` (options and help in `CommandCatalogue.evaluate` and `.explain`).
enum EvaluateCommand {
    static func run(_ args: [String], alwaysExplain: Bool) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, for: alwaysExplain ? CommandCatalogue.explain : CommandCatalogue.evaluate)
        guard !arguments.operands.isEmpty else { throw UsageError(CLIMessages.giveRules) }
        guard let casePath = arguments.value("sak") else { throw UsageError(CLIMessages.giveCase) }
        let date = try arguments.value("dato").map { text throws(UsageError) -> CalendarDate in
            guard let date = CalendarDate(iso: text) else {
                throw UsageError(CLIMessages.invalidDate(text))
            }
            return date
        }
        try UsageError.requireExisting(arguments.operands + [casePath])
        let compilation = RegelCompiler.compile(paths: arguments.operands)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else { return 1 }
        guard var givenCase = readCase(casePath, program: program, date: date) else { return 1 }
        if let date { givenCase.vurderingsdato = date }
        let outcomes: [Outcome]
        do throws(RegelError) {
            let rules = arguments.values["regel"] ?? []
            outcomes = rules.isEmpty ? program.evaluateAll(in: givenCase) : try rules.map { rule throws(RegelError) in
                try program.evaluate(rule, in: givenCase)
            }
        } catch {
            Output.err("regel: \(error.description)")
            return 1
        }
        if let path = arguments.value("html") {
            var report = DecisionReport(program: program, givenCase: givenCase, outcomes: outcomes)
            report.searchAlternatives()
            guard ReportFiles.write(DecisionReportHTML.render(report), to: path) else { return 1 }
        }
        let explain = alwaysExplain || arguments.flags.contains("forklar")
        if arguments.flags.contains("json") {
            Output.out(ExplanationJSON.render(outcomes, program: program, vurderingsdato: givenCase.vurderingsdato))
        } else {
            Output.out(OutcomeText.render(outcomes, explain: explain))
        }
        return 0
    }

    /// The case at `path`, or nil after its errors are shown. Without `--dato` and a vurderingsdato
    /// in the case, today is used and the user told so.
    static func readCase(_ path: String, program: CompiledRuleSet, date: CalendarDate?) -> Case? {
        guard let data = FileManager.default.contents(atPath: path) else {
            Output.err(CLIMessages.cannotReadCase(path))
            return nil
        }
        let text = String(decoding: data, as: UTF8.self)
        let today = CalendarDate.today
        switch CaseJSON.decode(text, program: program, defaultDate: date ?? today) {
        case .success(let givenCase):
            if date == nil && !text.contains("\"vurderingsdato\"") {
                Output.err(CLIMessages.noAssessmentDate(today: "\(today)"))
            }
            return givenCase
        case .failure(let errors):
            Output.caseErrors(errors.errors, in: path)
            return nil
        }
    }
}
