import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a child process ended.
public enum Termination: Equatable, Sendable {
    case exited(Int32)
    case signalled(Int32)
}

/// What a finished process left behind: its output, its errors and how it ended.
public struct ProcessOutput: Sendable {
    public let stdout: String
    public let stderr: String
    public let termination: Termination

    public init(stdout: String, stderr: String, termination: Termination) {
        self.stdout = stdout
        self.stderr = stderr
        self.termination = termination
    }

    /// A process that exited with `status` (-1 for one that could not be run at all).
    public init(stdout: String, stderr: String, status: Int32) {
        self.init(stdout: stdout, stderr: stderr, termination: .exited(status))
    }

    /// The exit status; -1 when a signal ended the process.
    public var status: Int32 {
        if case .exited(let status) = termination { status } else { -1 }
    }

    /// False when the process was killed by a signal (a crash, or the end of a timeout).
    public var exited: Bool {
        if case .exited = termination { true } else { false }
    }

    public var succeeded: Bool { termination == .exited(0) }

    /// The last non-empty line of stdout: where `new`/`add` commands print the new id.
    public var lastLine: String {
        stdout.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }

    /// A short account of the run for test failure messages.
    public var summary: String {
        "exit \(status)\(exited ? "" : " (signal)")\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

/// A child process started with posix_spawn: exactly the given environment, stdin from
/// /dev/null, stdout and stderr into files (never a pipe, which could fill up and block it, or
/// never reach its end when the child leaves a daemon behind, as tmux does). It starts with
/// an empty signal mask and default handlers: the test runner's worker threads block most
/// signals (SIGWINCH, SIGHUP, SIGCHLD…), and a mask is inherited. Foundation's Process is not
/// used: with hundreds of children at once its exit monitor was seen to leave them unreaped
/// and the waiter hanging.
public final class ChildProcess: @unchecked Sendable {
    public let pid: pid_t
    /// Where the child's output goes, to read it while it runs.
    public let stdoutPath: String
    public let stderrPath: String
    private let folder: String
    /// The wait status, once the child has been reaped.
    private var ended: Int32? = nil

    /// Starts `executable` in `directory` (the test runner's own when nil); with
    /// `mergingStderr`, stderr goes to stdout's file, interleaved as a terminal would show them.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil,
        mergingStderr: Bool = false
    ) throws {
        folder = NSTemporaryDirectory() + "/conseil-child-" + UUID().uuidString
        stdoutPath = folder + "/stdout"
        stderrPath = folder + "/stderr"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if mergingStderr {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        if let directory {
            #if canImport(Darwin)
                guard posix_spawn_file_actions_addchdir_np(&actions, directory) == 0 else {
                    throw TestFailure("posix_spawn_file_actions_addchdir_np \(directory) failed")
                }
            #else
                guard let addChdir = Self.addChdir, addChdir(&actions, directory) == 0 else {
                    throw TestFailure(
                        "posix_spawn_file_actions_addchdir_np is missing (glibc 2.29 or later is needed)")
                }
            #endif
        }
        // A clean signal state: nothing blocked, every signal back to its default.
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            throw TestFailure("posix_spawn \(executable): \(String(cString: strerror(status)))")
        }
        self.pid = pid
    }

    #if !canImport(Darwin)
        /// glibc's posix_spawn_file_actions_addchdir_np, which the Glibc module does not export.
        private typealias AddChdir =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        private static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np").map {
            unsafeBitCast($0, to: AddChdir.self)
        }
    #endif

    /// Whether the child still runs (reaps it when it has ended).
    public var isRunning: Bool {
        if ended != nil { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        ended = status
        return false
    }

    /// Sends `signal` to the child, unless it has already been reaped.
    public func kill(_ signal: Int32 = SIGKILL) {
        guard ended == nil else { return }
        #if canImport(Glibc)
            _ = Glibc.kill(pid, signal)
        #else
            _ = Darwin.kill(pid, signal)
        #endif
    }

    /// Waits for the end and returns the output. After `timeout` seconds, if given, the child
    /// is killed and reported as such (its stderr says so).
    public func wait(timeout: Double? = nil) -> ProcessOutput {
        var timedOut = false
        if let timeout {
            let deadline = Date().addingTimeInterval(timeout)
            while isRunning {
                if Date() > deadline {
                    timedOut = true
                    kill(SIGKILL)
                    break
                }
                usleep(1_000)
            }
        }
        if ended == nil {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            ended = status
        }
        let status = ended ?? 0
        let termination: Termination =
            timedOut
            ? .signalled(SIGKILL)
            : (status & 0x7f) == 0 ? .exited((status >> 8) & 0xff) : .signalled(status & 0x7f)
        let output = ProcessOutput(
            stdout: Self.read(stdoutPath),
            stderr: Self.read(stderrPath) + (timedOut ? "\n(killed after \(timeout ?? 0) s)" : ""),
            termination: termination)
        try? FileManager.default.removeItem(atPath: folder)
        return output
    }

    /// A file's text, with any invalid UTF-8 replaced rather than lost.
    private static func read(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }
}

/// Runs a process to completion: see `ChildProcess` for how it is started, and `wait` for the
/// timeout.
public func runProcess(
    _ executable: String, _ arguments: [String], environment: [String: String], directory: String? = nil,
    timeout: Double? = nil, mergingStderr: Bool = false
) throws -> ProcessOutput {
    try ChildProcess(
        executable, arguments, environment: environment, directory: directory, mergingStderr: mergingStderr
    ).wait(timeout: timeout)
}
