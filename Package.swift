// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regel",
    products: [
        .library(name: "Regel", targets: ["Regel"]),
        // The command is `regel`; its target has a name that differs from the library's by more
        // than case, which a case-insensitive file system (macOS) could not tell apart.
        .executable(name: "regel", targets: ["RegelCLI"]),
        .executable(name: "regel-benchmark", targets: ["RegelBenchmark"]),
        // The C interface (include/regel.h) as a shared library, for hosts in other languages.
        .library(name: "RegelC", type: .dynamic, targets: ["RegelC"]),
        // The decision report and the rule library site as HTML (docs/rapporter.md), for hosts that want them.
        .library(name: "RegelReport", targets: ["RegelReport"]),
    ],
    targets: [
        // The pipeline, held by the compiler: syntax (source, tokens, parsing, the syntax tree,
        // diagnostics, the literal values and the formatter) below semantics and runtime.
        .target(name: "RegelSyntax"),
        .target(name: "Regel", dependencies: ["RegelSyntax"]),
        // The REPL and its line editor, above the library: a host embedding Regel does not carry them.
        .target(name: "RegelInteractive", dependencies: ["Regel"]),
        // The language server (`regel lsp`), above the library like the REPL.
        .target(name: "RegelLanguageServer", dependencies: ["Regel"]),
        // The last step of the pipeline, above the library: a decision as one HTML file
        // (`regel forklar --html`) and the rule library as a static site (`regel dokumenter`).
        .target(name: "RegelReport", dependencies: ["Regel"]),
        .executableTarget(name: "RegelCLI", dependencies: ["Regel", "RegelInteractive", "RegelLanguageServer", "RegelReport"]),
        // The C interface of include/regel.h, for hosts in other languages (docs/c-og-python.md).
        .target(name: "RegelC", dependencies: ["Regel"]),
        // Release-built benchmark: `swift run -c release regel-benchmark`.
        .executableTarget(name: "RegelBenchmark", dependencies: ["Regel", "RegelLanguageServer"]),
        // libFuzzer targets (docs/fuzzing.md): scripts/fuzz.sh builds them with -DFUZZING;
        // a plain build makes small tools that replay inputs given as files.
        .target(name: "FuzzReplay"),
        .executableTarget(name: "FuzzCheck", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzCase", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzRepl", dependencies: ["Regel", "RegelInteractive", "FuzzReplay"]),
        .executableTarget(name: "FuzzLexer", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzParser", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzLanguageServer", dependencies: ["Regel", "RegelLanguageServer", "FuzzReplay"]),
        .testTarget(name: "RegelTests", dependencies: ["Regel", "RegelSyntax", "RegelInteractive", "RegelReport"],
                    exclude: ["Corpus", "Evaluation/Goldens", "Interactive/Fixtures", "Interactive/Transcripts", "Report/Goldens"]),
        .testTarget(name: "RegelCLITests", dependencies: ["RegelCLI"]),
        .testTarget(name: "RegelLanguageServerTests", dependencies: ["RegelLanguageServer", "Regel"]),
        .testTarget(name: "RuleLibraryTests", dependencies: ["Regel"]),
    ],
    swiftLanguageModes: [.v6]
)
