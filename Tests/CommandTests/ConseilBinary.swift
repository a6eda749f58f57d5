import Foundation

/// The built `conseil` executable. The test target depends on it, so it sits next to the
/// test runner in the build folder; CONSEIL_BIN overrides (for a release or installed build).
enum ConseilBinary {
    static let url: URL? = locate()

    private static func locate() -> URL? {
        let manager = FileManager.default
        if let given = ProcessInfo.processInfo.environment["CONSEIL_BIN"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        // Linux runs the test executable itself; macOS runs xctest, with the test bundle loaded.
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]), Bundle.main.bundleURL]
        starts += Bundle.allBundles.filter { $0.bundlePath.hasSuffix(".xctest") }.map(\.bundleURL)
        for start in starts {
            var folder = start.resolvingSymlinksInPath().deletingLastPathComponent()
            // Walk up a few levels: out of Contents/MacOS and the .xctest bundle.
            for _ in 0..<4 {
                let candidate = folder.appendingPathComponent("conseil")
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                    !isDirectory.boolValue,
                    manager.isExecutableFile(atPath: candidate.path)
                {
                    return candidate
                }
                folder.deleteLastPathComponent()
            }
        }
        return nil
    }
}
