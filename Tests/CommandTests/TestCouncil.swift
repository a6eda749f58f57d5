import Foundation
import TestSupport

/// One test's own data root, made by `conseil init` in a fresh temporary folder and removed
/// afterwards. Commands run the way a user's shell would run them: a clean environment with
/// a fixed clock (CONSEIL_NOW), LANG=C.UTF-8, TZ=UTC and the data root in CONSEIL_DATA.
/// The repository's Sessions/ is never touched: nothing runs without a data root of its own.
final class TestCouncil: Sendable {
    static let now = "2017-11-17T09:30:00Z"

    /// The temporary folder; the data root is inside it, so tests can also use a sibling path.
    let base: URL
    /// The data root.
    let root: String

    init(name: String = "Conseil local du numérique de Rennes") throws {
        base = FileManager.default.temporaryDirectory
            .appendingPathComponent("conseil-cmd-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        root = base.appendingPathComponent("conseil").path
        try succeed(["init", root, "--name", name])
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    /// The environment a command gets; `extra` adds or, with nil, removes variables.
    func environment(now: String = TestCouncil.now, _ extra: [String: String?] = [:]) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": base.path,
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            "CONSEIL_NOW": now,
            "CONSEIL_DATA": root,
        ]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    /// Runs `conseil` with `arguments`, as `member` (`--member`) when given.
    func run(
        _ arguments: [String], as member: String? = nil, now: String = TestCouncil.now,
        environment extra: [String: String?] = [:]
    ) throws -> ProcessOutput {
        guard let binary = ConseilBinary.path else {
            throw RunError.failed(
                arguments,
                ProcessOutput(stdout: "", stderr: "conseil binary not found; set CONSEIL_BIN", status: -1))
        }
        let full = arguments + (member.map { ["--member", $0] } ?? [])
        // The working folder is the temporary one: a command that missed its data root would
        // look for ./Sessions there, never in the repository.
        return try runProcess(binary, full, environment: environment(now: now, extra), directory: base.path)
    }

    /// Runs a command that must succeed.
    @discardableResult
    func succeed(
        _ arguments: [String], as member: String? = nil, now: String = TestCouncil.now,
        environment extra: [String: String?] = [:]
    ) throws -> ProcessOutput {
        let output = try run(arguments, as: member, now: now, environment: extra)
        guard output.status == 0 else { throw RunError.failed(arguments, output) }
        return output
    }

    /// Runs a `new`/`add` command that must succeed and returns the id on its last line.
    func newId(_ arguments: [String], as member: String? = nil, now: String = TestCouncil.now) throws
        -> String
    {
        try succeed(arguments, as: member, now: now).lastLine
    }

    /// Writes raw text over a file of the data root (to damage it on purpose).
    func write(_ text: String, to relativePath: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + relativePath))
    }

    /// The paths (relative to the data root) of the files under `folder` named `name`.
    func files(named name: String, under folder: String = "") throws -> [String] {
        try snapshot().keys.filter { $0.hasPrefix(folder) && $0.hasSuffix("/" + name) }.sorted()
    }

    /// The paths added, removed or changed since `before`, sorted: empty when nothing changed.
    func changes(since before: [String: Data]) throws -> [String] {
        let after = try snapshot()
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    /// Every file and folder of the data root, path → bytes (folders end in "/" and hold nothing).
    func snapshot() throws -> [String: Data] {
        var result: [String: Data] = [:]
        let rootURL = URL(fileURLWithPath: root).resolvingSymlinksInPath()
        guard
            let walker = FileManager.default.enumerator(
                at: rootURL, includingPropertiesForKeys: [.isDirectoryKey])
        else { return result }
        for case let url as URL in walker {
            let relative = String(url.resolvingSymlinksInPath().path.dropFirst(rootURL.path.count + 1))
            if try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true {
                result[relative + "/"] = Data()
            } else {
                result[relative] = try Data(contentsOf: url)
            }
        }
        return result
    }
}

extension ProcessOutput {
    /// Stdout parsed as JSON (an object or an array).
    func json() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    }

    func jsonObject() throws -> [String: Any] {
        guard let object = try json() as? [String: Any] else { throw RunError.notJSON(stdout) }
        return object
    }

    func jsonArray() throws -> [[String: Any]] {
        guard let array = try json() as? [[String: Any]] else { throw RunError.notJSON(stdout) }
        return array
    }
}

enum RunError: Error, CustomStringConvertible {
    case notJSON(String)
    case failed([String], ProcessOutput)

    var description: String {
        switch self {
        case .notJSON(let text): "not the expected JSON: \(text)"
        case .failed(let arguments, let output):
            "conseil \(arguments.joined(separator: " ")) failed: \(output.summary)"
        }
    }
}
