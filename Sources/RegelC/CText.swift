import Foundation
import Regel

/// Strings across the C boundary: read from the caller's pointers, handed back in memory from
/// `malloc` that the caller frees with `regel_string_free`.
enum CText {
    /// A copy of `text` with a terminating NUL, from `malloc`; its length without the NUL goes to `length`.
    static func give(_ text: String, length: UnsafeMutablePointer<Int>? = nil) -> UnsafeMutablePointer<CChar>? {
        var text = text
        return text.withUTF8 { bytes in give(bytes, length: length) }
    }

    static func give(_ bytes: UnsafeBufferPointer<UInt8>, length: UnsafeMutablePointer<Int>?) -> UnsafeMutablePointer<CChar>? {
        guard let memory = malloc(bytes.count + 1)?.assumingMemoryBound(to: CChar.self) else { return nil }
        if let base = bytes.baseAddress { memcpy(memory, base, bytes.count) }
        memory[bytes.count] = 0
        length?.pointee = bytes.count
        return memory
    }

    /// Stores `text` through `target` when the caller asked for it.
    static func store(_ text: String, in target: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) {
        guard let target else { return }
        target.pointee = give(text)
    }

    /// The call error document `{"feil":[{"melding":…}]}`.
    static func callError(_ message: String) -> String {
        var text = #"{"feil":[{"melding":"#
        JSONText.writeString(message, to: &text)
        return text + "}]}"
    }

    /// The caller's NUL-terminated text, or the reason it cannot be read.
    static func read(_ pointer: UnsafePointer<CChar>?, _ name: String) -> Result<String, CallError> {
        guard let pointer else { return .failure(CallError(CMessages.missingArgument(name))) }
        guard let text = String(validatingCString: pointer) else { return .failure(CallError(CMessages.notUTF8(name))) }
        return .success(text)
    }

    /// The caller's array of `count` NUL-terminated texts.
    static func read(_ pointers: UnsafePointer<UnsafePointer<CChar>?>?, count: Int, _ name: String) -> Result<[String], CallError> {
        guard count > 0 else { return .success([]) }
        guard let pointers else { return .failure(CallError(CMessages.missingArgument(name))) }
        var texts: [String] = []
        for index in 0..<count {
            switch read(pointers[index], "\(name)[\(index)]") {
            case .success(let text): texts.append(text)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(texts)
    }
}

/// A call the library cannot carry out: a missing argument, text that is not UTF-8, an unknown rule.
struct CallError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
