// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Lede",
    products: [
        .library(name: "Lede", targets: ["Lede"]),
        .library(name: "LedeRouge", targets: ["LedeRouge"]),
        .library(name: "LedeEval", targets: ["LedeEval"]),
        .executable(name: "lede", targets: ["LedeCLI"]),
        .executable(name: "lede-benchmark", targets: ["LedeBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C shims. OpenBLAS is used on Linux; on Apple platforms the kernel uses Accelerate's CBLAS.
        .systemLibrary(
            name: "COpenBLAS",
            path: "Sources/COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .systemLibrary(
            name: "CZlib",
            path: "Sources/CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),

        // Snowball's stemmers (libstemmer, no pkg-config file: the header and library are
        // found on the default paths).
        .systemLibrary(
            name: "CStemmer",
            path: "Sources/CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),

        // Text primitives shared by the summarizer and the ROUGE toolkit, with the language
        // profiles (Resources/Languages: one table row and one stopword list per language).
        .target(
            name: "LedeText",
            dependencies: ["CStemmer"],
            resources: [.copy("Resources/Languages")]
        ),

        // The summarizer.
        .target(
            name: "Lede",
            dependencies: [
                "LedeText",
                .target(name: "COpenBLAS", condition: .when(platforms: [.linux])),
            ]
        ),

        // ROUGE measures, profiles and statistics. Independent of the summarizer.
        .target(name: "LedeRouge", dependencies: ["LedeText"]),

        // Dataset readers, systems and reports.
        .target(name: "LedeEval", dependencies: ["Lede", "LedeRouge", "CZlib"]),

        // The `lede` command.
        .executableTarget(
            name: "LedeCLI",
            dependencies: [
                "LedeEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // `lede-benchmark`: micro-benchmarks of internals (not a product).
        .executableTarget(
            name: "LedeBenchmark",
            dependencies: [
                "Lede", "LedeEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "LedeTextTests", dependencies: ["LedeText"], exclude: ["Fixtures"]),
        .testTarget(name: "LedeTests", dependencies: ["Lede"]),
        .testTarget(name: "LedeRougeTests", dependencies: ["LedeRouge"]),
        .testTarget(name: "LedeEvalTests", dependencies: ["LedeEval", "CZlib"], exclude: ["Fixtures"]),
        .testTarget(name: "LedeCLITests", dependencies: ["LedeCLI"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
