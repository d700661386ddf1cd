// libFuzzer target (a): source text → check → compile → evaluate every rule with explanation,
// and run the file's test blocks. See docs/fuzzing.md.
import Foundation
import Regel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let file = SourceFile(name: "fuzz.regel", bytes: bytes)
    let compilation = RegelCompiler.compile(files: [file], root: nil)
    for diagnostic in compilation.diagnostics where diagnostic.file === file {
        precondition(diagnostic.range.start <= diagnostic.range.end && diagnostic.range.end <= bytes.count,
                     "a diagnostic lies outside the input")
    }
    guard let program = compilation.program else {
        precondition(compilation.diagnostics.contains { $0.severity == .error }, "no program, but no error either")
        return 0
    }
    for date in ["2024-03-01", "1900-01-01"] {
        guard let day = CalendarDate(iso: date) else { continue }
        let outcomes = program.evaluateAll(in: program.makeCase(vurderingsdato: day))
        for outcome in outcomes {
            if let explanation = outcome.explanation { _ = ExplanationText.render(explanation) }
        }
        _ = OutcomeText.render(outcomes, explain: true)
        _ = ExplanationJSON.render(outcomes, program: program, vurderingsdato: day)
    }
    _ = TestRunner.run(program)
    return 0
}

#if !FUZZING
import FuzzReplay

/// Without libFuzzer: replays the files named on the command line (see `FuzzReplay.replay`).
@main enum Replay {
    static func main() { replay(fuzzOne) }
}
#endif
