import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What a finished helper process printed and how it ended.
struct Finished {
    let output: String
    let status: Int32
}

/// Runs a program to completion with exactly the given environment, stdin from /dev/null,
/// and returns what it wrote on stdout and stderr. Output goes through a file, not a pipe: a
/// tmux server forked by the program keeps its descriptors, and a pipe would never reach its
/// end. The child starts with an empty signal mask and default handlers: the test runner's
/// worker threads block most signals (SIGWINCH, SIGHUP, SIGCHLD…), and a mask is inherited.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Finished
{
    let outputPath = FileManager.default.temporaryDirectory
        .appendingPathComponent("conseil-tui-output-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            return Finished(
                output: "cannot start \(executable): \(String(cString: strerror(spawned)))", status: -1)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exit = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    #else
        FileManager.default.createFile(atPath: outputPath, contents: nil)
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try output.close()
        let exit = process.terminationStatus
    #endif
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return Finished(output: text, status: exit)
}

/// The real `conseil` binary: CONSEIL_BIN, else the sibling of the running test executable.
enum ConseilExecutable {
    static let path: String? = {
        let manager = FileManager.default
        if let given = ProcessInfo.processInfo.environment["CONSEIL_BIN"], !given.isEmpty { return given }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
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
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first
    {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    let socket = "conseil-test-\(UUID().uuidString.prefix(8))"
    private let configuration: URL
    /// The server's socket file, which tmux leaves behind when the server ends.
    private var socketPath: String?
    private let target = "conseil:0.0"

    init(command: String, width: Int, height: Int, folder: URL) throws {
        configuration = folder.appendingPathComponent("tmux.conf")
        // No status line (the pane gets the whole window), and a pane that stays after its
        // process ends, so that the end can be checked.
        try "set -g status off\nset -g remain-on-exit on\nset -g default-terminal tmux-256color\n"
            .write(to: configuration, atomically: true, encoding: .utf8)
        try tmux(["new-session", "-d", "-s", "conseil", "-x", "\(width)", "-y", "\(height)", command])
        socketPath = try? format("socket_path")
    }

    /// Ends the server and everything in it, and removes its socket.
    func kill() {
        _ = try? tmux(["kill-server"])
        if let socketPath, socketPath.contains(socket) {
            try? FileManager.default.removeItem(atPath: socketPath)
        }
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
        try tmux(["capture-pane", "-p", "-t", target]).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// The pane's scrollback and screen together (what scrolled off the top too).
    func history() throws -> String {
        try tmux(["capture-pane", "-p", "-S", "-200", "-t", target])
    }

    /// Keys as tmux names them: "Enter", "Escape", "Up", or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
    }

    /// A pane variable such as `pane_dead`, `alternate_on`, `cursor_flag`.
    func format(_ name: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, "#{\(name)}"]).trimmingCharacters(
            in: .whitespacesAndNewlines)
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
            guard Date() < deadline else {
                throw TmuxError.timeout("#{\(name)} = \(value)", screen: try screen())
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
    }
}
