// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "MILPKit",
    products: [
        .library(name: "MILP", targets: ["MILP"]),
        .library(name: "GLPK", targets: ["GLPK"]),
        .library(name: "Planners", targets: ["Planners"]),
        .executable(name: "milp", targets: ["milp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
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
        .target(name: "MILP"),
        .target(name: "GLPK", dependencies: ["MILP", "CGLPK"]),
        .target(name: "Planners", dependencies: ["MILP"]),
        .target(name: "MILPTesting", dependencies: ["MILP"]),
        .executableTarget(
            name: "milp",
            dependencies: [
                "MILP",
                "GLPK",
                "Planners",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "model-loading-benchmark",
            dependencies: ["MILP", "GLPK", "CGLPK"],
            path: "Benchmarks/ModelLoading"
        ),
        .testTarget(name: "MILPTests", dependencies: ["MILP"]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK", "MILP", "MILPTesting"]),
        .testTarget(name: "PlannersTests", dependencies: ["Planners", "GLPK", "MILP"]),
    ]
)
