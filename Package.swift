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
        .testTarget(name: "RegelTests", dependencies: ["Regel"],
                    exclude: ["Corpus", "Evaluation/Goldens", "Interactive/Fixtures", "Interactive/Transcripts"]),
        .testTarget(name: "RegelCLITests", dependencies: ["regel"]),
        .testTarget(name: "RuleLibraryTests", dependencies: ["Regel"]),
    ],
    swiftLanguageModes: [.v6]
)
