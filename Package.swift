// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regel",
    products: [
        .library(name: "Regel", targets: ["Regel"]),
        .executable(name: "regel", targets: ["regel"]),
        .executable(name: "regel-benchmark", targets: ["RegelBenchmark"]),
    ],
    targets: [
        .target(name: "Regel"),
        .executableTarget(name: "regel", dependencies: ["Regel"]),
        // Release-built benchmark: `swift run -c release regel-benchmark`.
        .executableTarget(name: "RegelBenchmark", dependencies: ["Regel"]),
        // libFuzzer targets (docs/fuzzing.md): scripts/fuzz.sh builds them with -DFUZZING;
        // a plain build makes small tools that replay inputs given as files.
        .target(name: "FuzzReplay"),
        .executableTarget(name: "FuzzCheck", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzCase", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzRepl", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzLexer", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzParser", dependencies: ["Regel", "FuzzReplay"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["Regel", "FuzzReplay"]),
        .testTarget(name: "RegelTests", dependencies: ["Regel"],
                    exclude: ["Corpus", "Evaluation/Goldens", "Interactive/Fixtures", "Interactive/Transcripts"]),
        .testTarget(name: "RegelCLITests", dependencies: ["regel"]),
        .testTarget(name: "RuleLibraryTests", dependencies: ["Regel"]),
    ],
    swiftLanguageModes: [.v6]
)
