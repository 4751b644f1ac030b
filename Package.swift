// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MILPKit",
    products: [
        .library(name: "MILP", targets: ["MILP"]),
        .library(name: "MILPFormats", targets: ["MILPFormats"]),
        .library(name: "Search", targets: ["Search"]),
        .library(name: "GLPK", targets: ["GLPK"]),
        .library(name: "Planners", targets: ["Planners"]),
        .library(name: "Instances", targets: ["Instances"]),
        .library(name: "Branching", targets: ["Branching"]),
        .library(name: "Bench", targets: ["Bench"]),
        .executable(name: "milp", targets: ["MILPCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        .systemLibrary(
            name: "CLAPACKE",
            providers: [.apt(["liblapacke-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CGLPKShim", dependencies: ["CGLPK"]),
        .target(name: "MILP"),
        .target(name: "MILPFormats", dependencies: ["MILP", "CZlib"]),
        // The separators and heuristics run inside every solve with MILPKit's defaults, so debug
        // builds (and the test suite) optimise them too.
        .target(name: "Search", dependencies: ["MILP"], swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "GLPK", dependencies: ["MILP", "MILPFormats", "Search", "CGLPK", "CGLPKShim"]),
        .target(name: "Planners", dependencies: ["MILP"]),
        .target(name: "Instances", dependencies: ["MILP", "MILPFormats", "Planners"]),
        .target(name: "Branching", dependencies: ["MILP", "CLAPACKE"]),
        .target(name: "MILPTesting", dependencies: ["MILP"]),
        .plugin(name: "RevisionStamp", capability: .buildTool()),
        .target(
            name: "Bench",
            dependencies: ["MILP", "MILPFormats", "GLPK", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams")],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")],
            plugins: ["RevisionStamp"]
        ),
        .executableTarget(
            name: "MILPCommand",
            dependencies: [
                "MILP",
                "MILPFormats",
                "GLPK",
                "Planners",
                "Instances",
                "Bench",
                "Branching",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "model-loading-benchmark",
            dependencies: ["MILP", "GLPK", "CGLPK"],
            path: "Benchmarks/ModelLoading"
        ),
        .executableTarget(
            name: "lp-reading-benchmark",
            dependencies: ["MILP", "MILPFormats", "CGLPK"],
            path: "Benchmarks/LPReading"
        ),
        .executableTarget(
            name: "reader-fuzzer",
            dependencies: ["MILP", "MILPFormats", "GLPK"],
            path: "Fuzz/ReaderFuzzer"
        ),
        .testTarget(name: "MILPTests", dependencies: ["MILP", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "SearchTests", dependencies: ["Search", "GLPK", "MILP"]),
        .testTarget(name: "MILPFormatsTests", dependencies: ["MILPFormats", "MILP"], exclude: ["FailingModels", "MPSFixtures"]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK", "CGLPK", "Instances", "MILPFormats", "MILP", "MILPTesting"], exclude: ["Fixtures"]),
        .testTarget(name: "MILPCommandTests", dependencies: ["MILPCommand", "reader-fuzzer", "MILPFormats", "GLPK", "MILP", "MILPTesting"], exclude: ["Fixtures"]),
        .testTarget(
            name: "BenchTests",
            dependencies: ["Bench", "MILPCommand", "MILP", "MILPFormats", "GLPK", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "InstancesTests", dependencies: ["Instances", "MILPCommand", "GLPK", "MILP"]),
        .testTarget(
            name: "PlannersTests",
            dependencies: ["Planners", "GLPK", "MILP", .product(name: "PropertyBased", package: "swift-property-based")],
            exclude: ["Fixtures"]),
        .testTarget(name: "BranchingTests", dependencies: ["Branching", "GLPK", "MILP", "MILPTesting"]),
    ]
)
