import Foundation

/// A program some tests drive (chromium, pdftoppm, soffice, python3 with jsonschema). Locally a
/// missing tool skips its tests; in CI (`CI=true`, where `.ci/run` installs it) the tests run
/// and fail, so that a broken install is never a silent pass.
public enum ExternalTool {
    public static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The tool's path on PATH, or nil.
    public static func path(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether the tests that need every one of `names` should run.
    public static func shouldRun(_ names: String...) -> Bool {
        inCI || names.allSatisfy { path($0) != nil }
    }

    /// The tool's path, or a failure naming the package that provides it.
    public static func require(_ name: String, package: String) throws -> String {
        guard let found = path(name) else {
            throw TestFailure("\(name) is missing: install the Debian package \(package) (.ci/run does)")
        }
        return found
    }
}
