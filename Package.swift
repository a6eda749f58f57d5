// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "conseil",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "conseil", targets: ["conseil"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // The C library's character widths (wcwidth) in a UTF-8 locale of its own; no curses.
        .target(name: "CWidth"),
        // Pure domain: models, tallies, percentages, lifecycle, display widths. No I/O.
        .target(name: "ConseilCore", dependencies: ["CWidth"]),
        // The data root on disk: layout, durable writes, loading with clear errors.
        .target(name: "ConseilStore", dependencies: ["ConseilCore"]),
        // Git sync of the data root: commit, fetch, merge, push; conflicts kept, one git at a time.
        .target(name: "ConseilSync", dependencies: ["ConseilCore", "ConseilStore"]),
        // The C shim over ncursesw; only the terminal backend of ConseilTUI imports it.
        .target(name: "CNCursesW", linkerSettings: [.linkedLibrary("ncursesw")]),
        // zlib from the system (Debian zlib1g-dev), to read gzip-compressed console fonts.
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        // App state, pure update and views into a cell buffer, and the curses backend.
        .target(
            name: "ConseilTUI",
            dependencies: ["ConseilCore", "ConseilStore", "ConseilSync", "CNCursesW", "CZlib"]),
        // libqrencode (Debian libqrencode-dev): the QR codes of the room server.
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        // The room server: ballot pages for phones on the local network, through the one door.
        .target(
            name: "ConseilRoom",
            dependencies: [
                "ConseilCore", "ConseilStore", "CQRencode",
                .product(name: "Hummingbird", package: "hummingbird"),
            ]),
        .executableTarget(
            name: "conseil",
            dependencies: [
                "ConseilCore", "ConseilStore", "ConseilTUI", "ConseilSync", "ConseilRoom",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What the test targets share (Foundation only): finding the built binary, running child
        // processes with posix_spawn, and a tmux driver for the end-to-end tests.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ConseilCoreTests", dependencies: ["ConseilCore"]),
        .testTarget(name: "ConseilStoreTests", dependencies: ["ConseilStore", "TestSupport"]),
        .testTarget(
            name: "ConseilTUITests",
            dependencies: [
                "conseil", "ConseilTUI", "ConseilCore", "ConseilStore", "ConseilRoom", "TestSupport",
            ],
            exclude: ["Golden"]),
        // Drives the real binary; depending on it makes `swift test` build it.
        .testTarget(
            name: "CommandTests",
            dependencies: ["conseil", "ConseilCore", "ConseilStore", "ConseilRoom", "TestSupport"]),
        // Bare remote and clones in temporary folders, driving the real binary.
        .testTarget(
            name: "ConseilSyncTests",
            dependencies: ["conseil", "ConseilSync", "ConseilStore", "ConseilCore", "TestSupport"]),
        // Restricted SSH sessions (with a real sshd), hostile files and many voters, through the binary.
        .testTarget(name: "SSHTests", dependencies: ["conseil", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
