// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Regel",
    products: [
        .library(name: "Regel", targets: ["Regel"]),
        .executable(name: "regel", targets: ["regel"]),
    ],
    targets: [
        .target(name: "Regel"),
        .executableTarget(name: "regel", dependencies: ["Regel"]),
        .testTarget(name: "RegelTests", dependencies: ["Regel"]),
        .testTarget(name: "RegelCLITests", dependencies: ["regel"]),
    ],
    swiftLanguageModes: [.v6]
)
