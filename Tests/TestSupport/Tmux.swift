import Foundation

public enum TmuxError: Error, CustomStringConvertible {
    case failed([String], ProcessOutput)
    case timeout(String, pane: String, screen: String)

    public var description: String {
        switch self {
        case .failed(let arguments, let output):
            "\(arguments.joined(separator: " ")) failed: \(output.summary)"
        case .timeout(let what, let pane, let screen):
            "timed out waiting for \(what) in \(pane); the screen was:\n\(screen)"
        }
    }
}

/// A tmux server of its own (a unique socket, no user configuration) running commands in the
/// windows of a detached session, each window's pane keeping its last screen after its
/// command ends. Tests read the panes back with `capture-pane` and poll, never sleep on them.
public final class Tmux: @unchecked Sendable {
    public static let executable: String? = [
        "/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux",
    ]
    .first { FileManager.default.isExecutableFile(atPath: $0) }

    public let socket = "conseil-test-\(UUID().uuidString.prefix(8))"
    private let configuration: String
    private let environment: [String: String]
    private let directory: String?
    private let commandTimeout: Double?
    /// The server's socket file, which tmux leaves behind when the server ends.
    private var socketPath: String?
    private var windows = 0

    /// Starts the server with `command` in window 0 (`firstPane`); its configuration goes in
    /// `folder`. Every tmux command runs with exactly `environment`, in `directory` (the test
    /// runner's own when nil), for at most `commandTimeout` seconds when given.
    public init(
        command: String, width: Int, height: Int, folder: String, environment: [String: String],
        directory: String? = nil, commandTimeout: Double? = nil
    ) throws {
        configuration = folder + "/tmux.conf"
        self.environment = environment
        self.directory = directory
        self.commandTimeout = commandTimeout
        // No status line (the pane gets the whole window), and a pane that stays after its
        // process ends, so that the end can be checked.
        try "set -g status off\nset -g remain-on-exit on\nset -g default-terminal tmux-256color\n".write(
            toFile: configuration, atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-s", "conseil", "-x", "\(width)", "-y", "\(height)", command])
        windows = 1
        socketPath = try? firstPane.format("socket_path")
    }

    /// The pane of window 0, running the command the server started with.
    public var firstPane: TmuxPane { TmuxPane(tmux: self, window: "conseil:0") }

    /// Opens another window running `command`; returns its pane.
    public func open(_ command: String) throws -> TmuxPane {
        try tmux(["new-window", "-d", "-t", "conseil:\(windows)", command])
        windows += 1
        return TmuxPane(tmux: self, window: "conseil:\(windows - 1)")
    }

    /// Ends the server and everything running in it, and removes its socket.
    public func kill() {
        _ = try? tmux(["kill-server"])
        if let socketPath, socketPath.contains(socket) {
            try? FileManager.default.removeItem(atPath: socketPath)
        }
    }

    /// Runs a tmux command on this server; its stdout.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        let full = ["-u", "-L", socket, "-f", configuration] + arguments
        guard let executable = Self.executable else {
            throw TmuxError.failed(
                ["tmux"] + full, ProcessOutput(stdout: "", stderr: "tmux not found", status: -1))
        }
        let output = try runProcess(
            executable, full, environment: environment, directory: directory, timeout: commandTimeout)
        guard output.status == 0 else { throw TmuxError.failed(["tmux"] + full, output) }
        return output.stdout
    }
}

/// One pane of a `Tmux` server: keys in, screen and variables out.
public struct TmuxPane: Sendable {
    public let tmux: Tmux
    /// The pane's window, such as "conseil:0".
    public let window: String
    /// The pane itself, as tmux targets it.
    public var target: String { window + ".0" }

    /// The visible screen, one line per row, trailing spaces removed.
    public func screen() throws -> String {
        try tmux.tmux(["capture-pane", "-p", "-t", target]).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// The scrollback and the screen together: what scrolled off the top too, such as a
    /// shell's last words once a curses program has left its cursor on the bottom row.
    public func history() throws -> String {
        try tmux.tmux(["capture-pane", "-p", "-S", "-200", "-t", target])
    }

    /// Keys as tmux names them ("Enter", "Escape", "Up", "Space"), or literal text with `literal`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try tmux.tmux(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    /// A pane variable such as `pane_dead`, `pane_title`, `alternate_on`, `cursor_flag`.
    public func format(_ name: String) throws -> String {
        try tmux.tmux(["display-message", "-p", "-t", target, "#{\(name)}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Resizes the pane's window.
    public func resize(width: Int, height: Int) throws {
        try tmux.tmux(["resize-window", "-t", window, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls every 100 ms until `predicate` holds on the screen, for at most `timeout` seconds
    /// (with `scrollback`, on what scrolled off the top too); returns the screen that satisfied it.
    @discardableResult
    public func waitFor(
        _ what: String, timeout: Double = 10, scrollback: Bool = false, _ predicate: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try scrollback ? history() : screen()
            if predicate(screen) { return screen }
            guard Date() < deadline else { throw TmuxError.timeout(what, pane: target, screen: screen) }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Waits until the screen shows every one of `texts`.
    @discardableResult
    public func waitFor(_ texts: String..., timeout: Double = 10) throws -> String {
        try waitFor(texts.map { "“\($0)”" }.joined(separator: ", "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits until a pane variable has the value.
    public func waitFor(format name: String, toBe value: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try format(name) != value {
            guard Date() < deadline else {
                throw TmuxError.timeout("#{\(name)} = \(value)", pane: target, screen: try screen())
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
