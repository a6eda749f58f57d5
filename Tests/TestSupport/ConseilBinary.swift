import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failure of a test helper, told in words.
public struct TestFailure: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The built `conseil` executable. The test targets depend on it, so it sits next to the test
/// runner in the build folder; CONSEIL_BIN overrides (for a release or installed build).
public enum ConseilBinary {
    public static let path: String? = locate()

    /// The path, or a failure that says how to get the binary.
    public static func require() throws -> String {
        guard let path else {
            throw TestFailure(
                "the conseil binary was not found beside the test bundle: build it with "
                    + "`swift build --build-tests` (or set CONSEIL_BIN)")
        }
        return path
    }

    private static func locate() -> String? {
        if let given = ProcessInfo.processInfo.environment["CONSEIL_BIN"], !given.isEmpty { return given }
        // Linux runs the test executable itself; macOS runs xctest, with the test bundle loaded.
        var starts: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: exe))
        }
        if let first = CommandLine.arguments.first { starts.append(URL(fileURLWithPath: first)) }
        if let executable = Bundle.main.executablePath { starts.append(URL(fileURLWithPath: executable)) }
        starts.append(Bundle.main.bundleURL)
        starts += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map(\.bundleURL)
        for start in starts {
            var folder = start.resolvingSymlinksInPath().deletingLastPathComponent()
            // Walk up a few levels: out of Contents/MacOS and the .xctest bundle.
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("conseil").path
                var info = stat()
                if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                    access(candidate, X_OK) == 0
                {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }
}
