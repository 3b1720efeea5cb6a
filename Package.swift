// swift-tools-version: 6.0
import PackageDescription

var package = Package(
    name: "Lede",
    products: [
        .library(name: "Lede", targets: ["Lede"]),
        .library(name: "LedeRouge", targets: ["LedeRouge"]),
        .library(name: "LedeEval", targets: ["LedeEval"]),
        .library(name: "LedeHTML", targets: ["LedeHTML"]),
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
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // Snowball's stemmers (libstemmer, no pkg-config file: the header and library are
        // found on the default paths).
        .systemLibrary(
            name: "CStemmer",
            path: "Sources/CStemmer",
            providers: [.apt(["libstemmer-dev"]), .brew(["snowball"])]
        ),

        // Text primitives shared by the summarizer and the ROUGE toolkit, with the language
        // profiles (Resources/Languages: one table row and one stopword list per language) and
        // the sentence-boundary rules of each language but English (Resources/Segmentation).
        .target(
            name: "LedeText",
            dependencies: ["CStemmer"],
            resources: [.copy("Resources/Languages"), .copy("Resources/Segmentation")]
        ),

        // The summarizer.
        .target(
            name: "Lede",
            dependencies: [
                "LedeText",
                .target(name: "COpenBLAS", condition: .when(platforms: [.linux])),
            ],
            // Word lists, compiled into the library (no bundle to find at run time).
            resources: [
                .embedInCode("Resources/edmundson-bonus.txt"),
                .embedInCode("Resources/edmundson-stigma.txt"),
            ]
        ),

        // Web pages: the article found in HTML (libxml2's HTML parser). The summarizer does not need it.
        .target(name: "LedeHTML", dependencies: ["CLibXML2"]),

        // ROUGE measures, profiles and statistics. Independent of the summarizer.
        .target(name: "LedeRouge", dependencies: ["LedeText"]),

        // Dataset readers, systems and reports.
        .target(name: "LedeEval", dependencies: ["Lede", "LedeRouge", "LedeHTML", "LedeText", "CZlib"]),

        // The `lede` command.
        .executableTarget(
            name: "LedeCLI",
            dependencies: [
                "Lede", "LedeEval", "LedeHTML", "LedeRouge", "LedeText",
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
        .testTarget(name: "LedeTests", dependencies: ["Lede"], exclude: ["Fixtures"]),
        .testTarget(name: "LedeHTMLTests", dependencies: ["LedeHTML"]),
        .testTarget(name: "LedeRougeTests", dependencies: ["LedeRouge"]),
        .testTarget(name: "LedeEvalTests", dependencies: ["LedeEval", "CZlib"], exclude: ["Fixtures"]),
        .testTarget(name: "LedeCLITests", dependencies: ["LedeCLI"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-docc-plugin only when documentation is being built, so that packages depending on Lede never
// fetch it (as swift-configuration and other Apple packages do):
//   LEDE_GENERATE_DOCS=1 swift package generate-documentation
// The Swift Package Index sets SPI_GENERATE_DOCS when it builds the documentation (.spi.yml).
if Context.environment["LEDE_GENERATE_DOCS"] != nil || Context.environment["SPI_GENERATE_DOCS"] != nil {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
