import Foundation
import Regel

/// `regel vurder REGLER --sak SAK.json [--regel NAVN] [--forklar] [--json]` and `regel forklar …`.
enum EvaluateCommand {
    static func run(_ args: [String], alwaysExplain: Bool) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["sak", "regel", "dato"], known: ["forklar", "json"])
        guard !arguments.operands.isEmpty else { throw UsageError("oppgi regelfilene eller regelmappen") }
        guard let casePath = arguments.values["sak"] else { throw UsageError("oppgi saken med «--sak sak.json»") }
        let compilation = RegelCompiler.compile(paths: arguments.operands)
        Output.diagnostics(compilation.diagnostics)
        guard let program = compilation.program else { return 1 }
        guard let data = FileManager.default.contents(atPath: casePath) else {
            Output.err("regel: kan ikke lese saken «\(casePath)»")
            return 1
        }
        let today = CalendarDate.today
        let decoded = CaseJSON.decode(String(decoding: data, as: UTF8.self), program: program, defaultDate: today)
        guard case .success(let givenCase) = decoded else {
            if case .failure(let errors) = decoded {
                for error in errors.errors { Output.err("feil[\(error.code.code)]: \(casePath): \(error.path): \(error.message)") }
            }
            return 1
        }
        if !String(decoding: data, as: UTF8.self).contains("\"vurderingsdato\"") {
            Output.err("merk: saken har ingen vurderingsdato; bruker dagens dato \(today)")
        }
        let outcomes: [Outcome]
        if let rule = arguments.values["regel"] {
            do throws(RegelError) {
                outcomes = [try program.evaluate(rule, in: givenCase)]
            } catch {
                Output.err("regel: \(error.description)")
                return 1
            }
        } else {
            outcomes = program.evaluateAll(in: givenCase)
        }
        let explain = alwaysExplain || arguments.flags.contains("forklar")
        if arguments.flags.contains("json") {
            Output.out(ExplanationJSON.render(outcomes, program: program, vurderingsdato: givenCase.vurderingsdato))
        } else {
            Output.out(OutcomeText.render(outcomes, explain: explain))
        }
        return 0
    }
}
