import Foundation
import Regel

// The functions of include/regel.h. Each checks its arguments and turns every failure into a
// value, so no input makes the process stop; the work is done by the library (`RegelCompiler`,
// `BatchRunner`), exactly as for `regel sjekk` and `regel batch`.

/// What a `regel_rules *` points to: one compiled rule set, immutable and so safe to share.
final class RulesHandle: Sendable {
    let program: CompiledRuleSet
    /// `regel_rule_names`'s answer, written once.
    let ruleNamesJSON: String

    init(program: CompiledRuleSet) {
        self.program = program
        var text = "["
        // A rule with parameters has a value only for arguments, so it is not offered for evaluation.
        for (index, number) in program.rulesWithoutParameters.enumerated() {
            if index > 0 { text += "," }
            JSONText.writeString(program.rules[number].name, to: &text)
        }
        ruleNamesJSON = text + "]"
    }

    static func from(_ pointer: OpaquePointer?) -> RulesHandle? {
        pointer.map { Unmanaged<RulesHandle>.fromOpaque(UnsafeRawPointer($0)).takeUnretainedValue() }
    }
}

/// A string this library hands out (`char *`), freed with `regel_string_free`.
public typealias CString = UnsafeMutablePointer<CChar>
/// Where a string is handed out through a parameter (`char **`).
public typealias CStringOut = UnsafeMutablePointer<CString?>

/// Static for the life of the process, so the caller never frees it.
nonisolated(unsafe) private let versionText: CString? = strdup("regel \(RegelVersion.program) (regelspråk \(RegelVersion.language))")

/// `regel_version` in include/regel.h.
@_cdecl("regel_version")
public func regel_version() -> UnsafePointer<CChar>? {
    UnsafePointer(versionText)
}

/// A handle for the program, or NULL; the diagnostics go to the caller either way.
private func handle(for compilation: Compilation, diagnostics: CStringOut?) -> OpaquePointer? {
    CText.store(JSONRenderer.render(compilation.diagnostics), in: diagnostics)
    guard let program = compilation.program else { return nil }
    return OpaquePointer(Unmanaged.passRetained(RulesHandle(program: program)).toOpaque())
}

/// A call error as the diagnostics of a load that read nothing.
private func loadFailure(_ error: CallError, diagnostics: CStringOut?) -> OpaquePointer? {
    CText.store(CText.callError(error.message), in: diagnostics)
    return nil
}

/// `regel_load_folder` in include/regel.h.
@_cdecl("regel_load_folder")
public func regel_load_folder(_ path: UnsafePointer<CChar>?, _ diagnostics: CStringOut?) -> OpaquePointer? {
    switch CText.read(path, "path") {
    case .failure(let error): return loadFailure(error, diagnostics: diagnostics)
    case .success(let path): return handle(for: RegelCompiler.compile(folder: path), diagnostics: diagnostics)
    }
}

/// `regel_load_paths` in include/regel.h.
@_cdecl("regel_load_paths")
public func regel_load_paths(_ paths: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int, _ diagnostics: CStringOut?) -> OpaquePointer? {
    switch CText.read(paths, count: count, "paths") {
    case .failure(let error): return loadFailure(error, diagnostics: diagnostics)
    case .success(let paths): return handle(for: RegelCompiler.compile(paths: paths), diagnostics: diagnostics)
    }
}

/// `regel_load_source` in include/regel.h.
@_cdecl("regel_load_source")
public func regel_load_source(_ source: UnsafePointer<CChar>?, _ length: Int, _ name: UnsafePointer<CChar>?,
                              _ diagnostics: CStringOut?) -> OpaquePointer? {
    guard let source else { return loadFailure(CallError(CMessages.missingArgument("source")), diagnostics: diagnostics) }
    let bytes = UnsafeRawBufferPointer(start: source, count: max(0, length)).bindMemory(to: UInt8.self)
    guard let text = String(validating: bytes, as: UTF8.self) else {
        return loadFailure(CallError(CMessages.notUTF8("source")), diagnostics: diagnostics)
    }
    let fileName: String
    switch name == nil ? .success("kilde.regel") : CText.read(name, "name") {
    case .failure(let error): return loadFailure(error, diagnostics: diagnostics)
    case .success(let given): fileName = given
    }
    return handle(for: RegelCompiler.compile(source: text, name: fileName), diagnostics: diagnostics)
}

/// `regel_rules_free` in include/regel.h.
@_cdecl("regel_rules_free")
public func regel_rules_free(_ rules: OpaquePointer?) {
    guard let rules else { return }
    Unmanaged<RulesHandle>.fromOpaque(UnsafeRawPointer(rules)).release()
}

/// `regel_rule_names` in include/regel.h.
@_cdecl("regel_rule_names")
public func regel_rule_names(_ rules: OpaquePointer?) -> CString? {
    guard let handle = RulesHandle.from(rules) else { return nil }
    return CText.give(handle.ruleNamesJSON)
}

/// A batch runner for the call's rules and options, or the reason there cannot be one.
private func runner(_ rules: OpaquePointer?, _ names: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int,
                    _ flags: UInt32, jobs: UInt32) -> Result<BatchRunner, CallError> {
    guard let handle = RulesHandle.from(rules) else { return .failure(CallError(CMessages.missingArgument("rules"))) }
    guard jobs <= 1024 else { return .failure(CallError(CMessages.tooManyJobs(jobs))) }
    var options = BatchOptions()
    switch CText.read(names, count: count, "rule_names") {
    case .failure(let error): return .failure(error)
    case .success(let names): options.rules = names
    }
    options.explain = flags & 1 != 0
    options.missing = flags & 2 != 0
    if jobs > 0 { options.jobs = Int(jobs) }
    do throws(RegelError) {
        return .success(try BatchRunner(program: handle.program, options: options))
    } catch {
        return .failure(CallError(error.description))
    }
}

/// `regel_evaluate` in include/regel.h.
@_cdecl("regel_evaluate")
public func regel_evaluate(_ rules: OpaquePointer?, _ caseJSON: UnsafePointer<CChar>?, _ length: Int,
                           _ names: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int, _ flags: UInt32,
                           _ outputLength: UnsafeMutablePointer<Int>?, _ error: CStringOut?) -> CString? {
    guard let caseJSON else {
        CText.store(CText.callError(CMessages.missingArgument("case_json")), in: error)
        return nil
    }
    switch runner(rules, names, count, flags, jobs: 1) {
    case .failure(let failure):
        CText.store(CText.callError(failure.message), in: error)
        return nil
    case .success(let runner):
        let bytes = Array(UnsafeRawBufferPointer(start: caseJSON, count: max(0, length)).bindMemory(to: UInt8.self))
        return CText.give(runner.render(runner.record(forDocument: bytes)), length: outputLength)
    }
}

/// `regel_batch` in include/regel.h.
@_cdecl("regel_batch")
public func regel_batch(_ rules: OpaquePointer?, _ lines: UnsafePointer<CChar>?, _ length: Int,
                        _ names: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int, _ flags: UInt32, _ jobs: UInt32,
                        _ outputLength: UnsafeMutablePointer<Int>?, _ error: CStringOut?) -> CString? {
    guard lines != nil || length == 0 else {
        CText.store(CText.callError(CMessages.missingArgument("lines")), in: error)
        return nil
    }
    switch runner(rules, names, count, flags, jobs: jobs) {
    case .failure(let failure):
        CText.store(CText.callError(failure.message), in: error)
        return nil
    case .success(let runner):
        var output: [UInt8] = []
        let buffer = UnsafeRawBufferPointer(start: lines, count: lines == nil ? 0 : max(0, length)).bindMemory(to: UInt8.self)
        _ = runner.run(buffer: buffer) { text in output.append(contentsOf: text.utf8) }
        return output.withUnsafeBufferPointer { CText.give($0, length: outputLength) }
    }
}

/// `regel_string_free` in include/regel.h.
@_cdecl("regel_string_free")
public func regel_string_free(_ text: CString?) {
    free(text)
}
