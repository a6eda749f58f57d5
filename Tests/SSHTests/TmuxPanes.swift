import Foundation

// A minimal copy of ConseilTUITests/Tmux.swift (test targets cannot share code): a tmux server
// of its own with several windows, one command each, read back with `capture-pane` and polled,
// never slept on.

/// A tmux server on its own socket, no user configuration, windows of a fixed size; each
/// window's pane keeps its last screen after its command ends.
final class TmuxPanes: @unchecked Sendable {
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    let socket = "conseil-ssh-\(UUID().uuidString.prefix(8))"
    private let folder: String
    private var socketPath: String?
    private var windows = 0

    /// Starts the server with `command` in window 0 (pane "conseil:0.0").
    init(width: Int, height: Int, folder: String, command: String) throws {
        self.folder = folder
        try "set -g status off\nset -g remain-on-exit on\nset -g default-terminal tmux-256color\n".write(
            toFile: folder + "/tmux.conf", atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-s", "conseil", "-x", "\(width)", "-y", "\(height)", command])
        windows = 1
        socketPath = try? tmux(["display-message", "-p", "#{socket_path}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Opens another window running `command`; returns its pane's target.
    func open(_ command: String) throws -> String {
        try tmux(["new-window", "-d", "-t", "conseil:\(windows)", command])
        windows += 1
        return "conseil:\(windows - 1).0"
    }

    /// Ends the server and everything running in it, and removes its socket.
    func kill() {
        _ = try? tmux(["kill-server"])
        if let socketPath, socketPath.contains(socket) {
            try? FileManager.default.removeItem(atPath: socketPath)
        }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw TestFailure("tmux not found") }
        let environment = [
            "PATH": "/usr/bin:/bin", "HOME": folder, "LANG": "C.UTF-8", "TZ": "UTC",
        ]
        let full = ["-u", "-L", socket, "-f", folder + "/tmux.conf"] + arguments
        let output = try SSHTests.run(
            executable, full, environment: environment, directory: folder, timeout: 10)
        guard output.status == 0 else {
            throw TestFailure("tmux \(full.joined(separator: " ")): \(output.summary)")
        }
        return output.stdout
    }

    /// The visible screen of a pane, one line per row, trailing spaces removed.
    func screen(_ pane: String) throws -> String {
        try tmux(["capture-pane", "-p", "-t", pane]).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// The pane's scrollback and screen together: where a shell's last words end up once a
    /// curses program has left its cursor on the bottom row.
    func history(_ pane: String) throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-200", "-t", pane])
    }

    /// Keys as tmux names them ("Enter", "Down", "Space"), or literal text with `literal`.
    func send(_ pane: String, _ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", pane] + (literal ? ["-l"] : []) + keys)
    }

    /// A pane variable such as `pane_title` or `pane_dead`.
    func format(_ pane: String, _ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", pane, "#{\(name)}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
    }

    /// Polls every 100 ms until `predicate` holds on the pane's screen, for at most `timeout`
    /// seconds (with `scrollback`, on what scrolled off the top too); returns that screen.
    @discardableResult
    func waitFor(
        _ pane: String, _ what: String, timeout: Double = 10, scrollback: Bool = false,
        _ predicate: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let screen = try scrollback ? history(pane) : screen(pane)
            if predicate(screen) { return screen }
            guard Date() < deadline else {
                throw TestFailure("timed out waiting for \(what) in \(pane); the screen was:\n\(screen)")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }

    /// Waits until the pane shows every one of `texts`.
    @discardableResult
    func waitFor(_ pane: String, _ texts: String..., timeout: Double = 10) throws -> String {
        try waitFor(pane, texts.map { "“\($0)”" }.joined(separator: ", "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Waits until a pane variable has the value.
    func waitFor(_ pane: String, format name: String, toBe value: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try format(pane, name) != value {
            guard Date() < deadline else {
                throw TestFailure(
                    "timed out waiting for #{\(name)} = \(value) in \(pane):\n\(try screen(pane))")
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}

/// One word for `sh -c`: between single quotes, a quote inside written '\''.
func shellQuoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
}

extension TestCouncil {
    /// The facilitator's screen: the interface on this data root, run locally as the
    /// administrator (no --member, no CONSEIL_MEMBER, no USER), with nothing else inherited.
    var facilitatorCommand: String {
        "env -i TERM=\"$TERM\" PATH=/usr/bin:/bin HOME=\(shellQuoted(base)) LANG=C.UTF-8 TZ=UTC "
            + "\(shellQuoted(binary)) --data \(shellQuoted(root)); echo \"conseil exited $?\""
    }
}

extension SSHServer {
    /// The shell command a member types to connect with a terminal (`ssh -t`), running the
    /// remote `command` (nothing: the interface); the pane says how ssh ended.
    func terminalCommand(_ member: String, _ command: [String]) throws -> String {
        // SSHServer names each member's key this way (see its init).
        let key = folder + "/\(member)_ed25519"
        guard FileManager.default.fileExists(atPath: key) else { throw TestFailure("no key for \(member)") }
        let ssh = [
            "/usr/bin/ssh", "-t", "-F", "/dev/null", "-i", key, "-p", String(port), "-o",
            "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "BatchMode=yes", "-o",
            "IdentitiesOnly=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10", "-o", "SendEnv=LANG",
            "\(user)@127.0.0.1",
        ]
        return "env -i TERM=\"$TERM\" PATH=/usr/bin:/bin HOME=\(shellQuoted(folder)) LANG=C.UTF-8 "
            + (ssh + command).map(shellQuoted).joined(separator: " ") + "; echo \"ssh exited $?\""
    }
}
