// swift-tools-version:6.0
// libFuzzer targets for sitegen, kept out of the main build: `make fuzz` builds them with
// `--sanitize=fuzzer --sanitize=address` (and -enable-testing, so they reach internal parsers)
// and runs each for FUZZ_SECONDS. See README.md in this folder.
import PackageDescription

let package = Package(
    name: "sitegen-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "sitegen", path: "..")],
    targets: [
        .executableTarget(name: "FuzzMarkdown", dependencies: [.product(name: "SiteGenCore", package: "sitegen")]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: [.product(name: "SiteGenCore", package: "sitegen")]),
        .executableTarget(name: "FuzzCareerData", dependencies: [.product(name: "SiteGenCore", package: "sitegen")]),
        .executableTarget(name: "FuzzSiteConfig", dependencies: [.product(name: "SiteGenCore", package: "sitegen")]),
        .executableTarget(name: "FuzzBuildCache", dependencies: [.product(name: "SiteGenCore", package: "sitegen")]),
        // SitePath is pure Swift with no dependencies: its one source file is compiled here
        // (a link to Sources/SiteGenServer/SitePath.swift), so the fuzzer does not build and
        // instrument Hummingbird and SwiftNIO.
        .executableTarget(name: "FuzzSitePath"),
    ]
)
