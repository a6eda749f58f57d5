import Foundation

/// What a finished process left behind: its output, its errors and its exit status.
struct ProcessOutput: Sendable {
    let stdout: String
    let stderr: String
    let status: Int32

    /// The last non-empty line of stdout: where `new`/`add` commands print the new id.
    var lastLine: String {
        stdout.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

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

    /// A short account of the run for test failure messages.
    var summary: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
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

/// Runs one process to completion in `directory`, with exactly the given environment and
/// stdin closed (/dev/null), capturing stdout and stderr. Output goes to temporary files
/// rather than pipes so that a large output on one stream can never block the process.
enum ProcessRunner {
    static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String], directory: URL
    ) throws -> ProcessOutput {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("conseil-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return ProcessOutput(
            stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
            status: process.terminationStatus)
    }
}
