/// The versions of this library and of the rule language it reads, and how this copy was built.
/// The one place these are set: `regel --versjon` prints them, and a host can log them next to its
/// decisions (the rule files themselves are identified by `CompiledRuleSet.fingerprint`).
public enum RegelVersion {
    /// The version of the library and the `regel` program (semantic versioning: a new major
    /// version when the Swift API or a command changes in a way that breaks existing use).
    public static let program = "0.1.0"

    /// The version of the rule language (`grammar/regel.ebnf`, `docs/referanse.md`): the major
    /// number changes when rule files that were valid are read differently or rejected, the minor
    /// number when the language only gains something new.
    public static let language = "1.0"

    /// `debug` or `release`: the configuration this copy of the library was compiled in.
    public static let configuration: String = {
        #if DEBUG
        return "debug"
        #else
        return "release"
        #endif
    }()

    /// The Swift compiler that compiled the library, as `Swift 6.3` (major and minor version).
    public static let compiler: String = {
        #if compiler(>=7.0)
        return VersionMessages.orNewer("Swift 7.0")
        #elseif compiler(>=6.6)
        return VersionMessages.orNewer("Swift 6.6")
        #elseif compiler(>=6.5)
        return "Swift 6.5"
        #elseif compiler(>=6.4)
        return "Swift 6.4"
        #elseif compiler(>=6.3)
        return "Swift 6.3"
        #elseif compiler(>=6.2)
        return "Swift 6.2"
        #elseif compiler(>=6.1)
        return "Swift 6.1"
        #else
        return "Swift 6.0"
        #endif
    }()

    /// The operating system and processor the library was compiled for, as `Linux x86_64`.
    public static let platform: String = {
        #if os(Linux)
        let system = "Linux"
        #elseif os(macOS)
        let system = "macOS"
        #elseif os(Windows)
        let system = "Windows"
        #elseif os(iOS)
        let system = "iOS"
        #else
        let system = VersionMessages.unknownSystem
        #endif
        #if arch(x86_64)
        let processor = "x86_64"
        #elseif arch(arm64)
        let processor = "arm64"
        #else
        let processor = VersionMessages.unknownProcessor
        #endif
        return "\(system) \(processor)"
    }()

    /// The build in one line: `debug, Swift 6.3, Linux x86_64`.
    public static var build: String { "\(configuration), \(compiler), \(platform)" }

    /// What `regel --versjon` prints: the program, the rule language and the build, one per line.
    public static var text: String {
        VersionMessages.text(program: program, language: language, build: build)
    }
}
