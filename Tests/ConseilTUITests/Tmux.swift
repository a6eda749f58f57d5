import Foundation

/// What a finished helper process printed and how it ended.
struct Finished {
    let output: String
    let status: Int32
}

/// Runs a program to completion with the given environment, stdin closed, and returns its
/// standard output (standard error is appended, so failures explain themselves).
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) throws -> Finished {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let pipe = Pipe()
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Finished(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
}

/// The real `conseil` binary: CONSEIL_BIN, else the sibling of the running test executable.
enum ConseilExecutable {
    static let path: String? = {
        let manager = FileManager.default
        if let given = ProcessInfo.processInfo.environment["CONSEIL_BIN"], !given.isEmpty { return given }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        // On Linux the test executable itself; on macOS inside an .xctest bundle, a few levels down.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("conseil").path
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
                manager.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }()
}

enum TmuxError: Error, CustomStringConvertible {
    case failed([String], Finished)
    case timeout(String, screen: String)

    var description: String {
        switch self {
        case .failed(let arguments, let result):
            "\(arguments.joined(separator: " ")) failed (\(result.status)): \(result.output)"
        case .timeout(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

/// A tmux server of its own (a unique socket, no user configuration) running one command in
/// a detached session. Tests wait for what the screen must show, polling `capture-pane`.
final class Tmux {
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    let socket = "conseil-test-\(UUID().uuidString.prefix(8))"
    private let configuration: URL
    private let target = "conseil:0.0"

    init(command: String, width: Int, height: Int, folder: URL) throws {
        configuration = folder.appendingPathComponent("tmux.conf")
        // No status line (the pane gets the whole window), and a pane that stays after its
        // process ends, so that the end can be checked.
        try "set -g status off\nset -g remain-on-exit on\nset -g default-terminal tmux-256color\n"
            .write(to: configuration, atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-s", "conseil", "-x", "\(width)", "-y", "\(height)", command])
    }

    /// Ends the server and everything in it.
    func kill() {
        _ = try? tmux(["kill-server"])
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else {
            throw TmuxError.failed(["tmux"] + arguments, Finished(output: "tmux not found", status: -1))
        }
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["TZ"] = "UTC"
        environment.removeValue(forKey: "TMUX")
        let full = ["-u", "-L", socket, "-f", configuration.path] + arguments
        let result = try runProcess(executable, full, environment: environment)
        guard result.status == 0 else { throw TmuxError.failed(["tmux"] + full, result) }
        return result.output
    }

    /// The visible screen of the pane, one line per row, trailing spaces removed.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", target]).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// Keys as tmux names them: "Enter", "Escape", "Up", or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    /// A pane variable such as `pane_dead`, `alternate_on`, `cursor_flag`.
    func format(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{\(name)}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "conseil:0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls every 100 ms until `predicate` holds on the screen, for at most `timeout` seconds;
    /// returns the screen that satisfied it.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try screen()
            if predicate(screen) { return screen }
            guard Date() < deadline else { throw TmuxError.timeout(what, screen: screen) }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Waits until the screen shows every one of `texts`.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Double = 10) throws -> String {
        try waitFor(texts.map { "“\($0)”" }.joined(separator: ", "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits until a pane variable has the value.
    func waitFor(format name: String, toBe value: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try format(name) != value {
            guard Date() < deadline else { throw TmuxError.timeout("#{\(name)} = \(value)", screen: try screen()) }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
