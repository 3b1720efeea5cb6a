// swift-tools-version: 6.0
import PackageDescription

var package = Package(
    name: "Lede",
    products: [
        .library(name: "Lede", targets: ["Lede"]),
        .library(name: "LedeText", targets: ["LedeText"]),
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

        // ICU's dictionary word break iterator (the `dictionary` word mode of Chinese, Japanese
        // and Thai), behind a few C functions: a C target rather than a system library, because
        // ICU's headers cannot be imported into Swift beside Foundation's private copy of ICU
        // (include/lede_icu.h says why). Debian's `libicu-dev` (Scripts/install-deps; libxml2-dev
        // depends on it too). Linux only: elsewhere the mode falls back to character pairs.
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc", .when(platforms: [.linux]))]),

        // Text primitives shared by the summarizer and the ROUGE toolkit (a product: `Language`
        // is part of the summarizer's and ROUGE's public API), with the language
        // profiles (Resources/Languages: one table row and one stopword list per language) and
        // the sentence-boundary rules of each language but English (Resources/Segmentation),
        // compiled into the library so that a `lede` binary needs no bundle beside it.
        .target(
            name: "LedeText",
            dependencies: ["CStemmer", "CICU"],
            exclude: ["Resources/Languages/SOURCES.md", "Resources/Segmentation/README.md"],
            resources: [
                .embedInCode("Resources/Languages/languages.tsv"),
                .embedInCode("Resources/Languages/stopwords.txt"),
                .embedInCode("Resources/Segmentation/languages.rules"),
            ]
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
        .target(name: "LedeHTML", dependencies: ["CLibXML2"], resources: [.embedInCode("Resources/related-headings.txt")]),

        // ROUGE measures, profiles and statistics. Independent of the summarizer. WordNet's
        // irregular forms (ROUGE-1.5.5's stemming), compiled into the library: a `lede` binary
        // copied elsewhere needs no bundle.
        .target(
            name: "LedeRouge",
            dependencies: ["LedeText"],
            resources: [.embedInCode("Resources/wordnet-exceptions.txt")]
        ),

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
                "Lede", "LedeText", "LedeEval",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "LedeTextTests", dependencies: ["LedeText"], exclude: ["Fixtures"]),
        .testTarget(name: "LedeTests", dependencies: ["Lede", "LedeText"], exclude: ["Fixtures"]),
        .testTarget(name: "LedeHTMLTests", dependencies: ["LedeHTML"]),
        .testTarget(name: "LedeRougeTests", dependencies: ["LedeRouge"]),
        .testTarget(
            name: "LedeEvalTests", dependencies: ["LedeEval", "Lede", "LedeText", "LedeRouge", "CZlib"], exclude: ["Fixtures"]),
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
