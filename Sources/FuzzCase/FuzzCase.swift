// libFuzzer target (b): the bundled rules/ and a case in JSON (the input) → every rule evaluated
// with explanation and missing facts. See docs/fuzzing.md.
import Foundation
import Regel

/// The bundled rule library, compiled once for the whole run.
let program: CompiledRuleSet = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("rules").path
    guard let program = RegelCompiler.compile(folder: folder).program else {
        // Fuzzing cases against broken rules would find nothing; stop before the first input.
        FileHandle.standardError.write(Data("rules/ har feil: kjør «regel sjekk rules»\n".utf8))
        exit(2)
    }
    return program
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    guard let defaultDate = CalendarDate(iso: "2024-03-01") else { return 0 }
    guard case .success(let givenCase) = CaseJSON.decode(String(decoding: bytes, as: UTF8.self), program: program,
                                                         defaultDate: defaultDate) else { return 0 }
    let outcomes = program.evaluateAll(in: givenCase)
    for outcome in outcomes {
        if let explanation = outcome.explanation { _ = ExplanationText.render(explanation) }
        _ = outcome.missing.map(\.name)
    }
    _ = OutcomeText.render(outcomes, explain: true)
    _ = ExplanationJSON.render(outcomes, program: program, vurderingsdato: givenCase.vurderingsdato)
    // A case written out must read back.
    if case .failure(let errors) = CaseJSON.decode(CaseJSON.encode(givenCase), program: program, defaultDate: defaultDate) {
        preconditionFailure("a case written by CaseJSON.encode does not read back: \(errors.errors.map(\.message))")
    }
    return 0
}

#if !FUZZING
import FuzzReplay

/// Without libFuzzer: replays the files named on the command line (see `FuzzReplay.replay`).
@main enum Replay {
    static func main() { replay(fuzzOne) }
}
#endif
