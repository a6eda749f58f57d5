// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "conseil",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "conseil", targets: ["conseil"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // Pure domain: models, tallies, percentages, lifecycle. No I/O.
        .target(name: "ConseilCore"),
        // The data root on disk: layout, durable writes, loading with clear errors.
        .target(name: "ConseilStore", dependencies: ["ConseilCore"]),
        // The C shim over ncursesw; only the terminal backend of ConseilTUI imports it.
        .target(name: "CNCursesW", linkerSettings: [.linkedLibrary("ncursesw")]),
        // App state, pure update and views into a cell buffer, and the curses backend.
        .target(name: "ConseilTUI", dependencies: ["ConseilCore", "ConseilStore", "CNCursesW"]),
        .executableTarget(
            name: "conseil",
            dependencies: [
                "ConseilCore", "ConseilStore", "ConseilTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ConseilCoreTests", dependencies: ["ConseilCore"]),
        .testTarget(name: "ConseilStoreTests", dependencies: ["ConseilStore"]),
        .testTarget(name: "ConseilTUITests", dependencies: ["ConseilTUI", "ConseilCore", "ConseilStore"]),
        // Drives the real binary; depending on it makes `swift test` build it.
        .testTarget(name: "CommandTests", dependencies: ["conseil", "ConseilCore"]),
    ],
    swiftLanguageModes: [.v6]
)
