import Foundation
import Testing

// Shared helpers of the SSH, restricted-mode, hostile-file and load tests: the real `conseil`
// binary run as child processes, a council on a temporary data root, and snapshots of it.
#if canImport(Glibc)
    import Glibc
#endif

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The built `conseil` executable: the test target depends on it, so it sits next to the test
/// runner in the build folder; CONSEIL_BIN overrides.
enum Binary {
    static let path: String? = locate()

    static func require() throws -> String {
        guard let path else {
            throw TestFailure("conseil binary not found next to the tests; set CONSEIL_BIN")
        }
        return path
    }

    private static func locate() -> String? {
        if let given = ProcessInfo.processInfo.environment["CONSEIL_BIN"], !given.isEmpty { return given }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("conseil").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate)
            {
                return candidate
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }
}

/// What a finished process left: its output, its errors and how it ended.
struct Output: Sendable {
    let stdout: String
    let stderr: String
    let status: Int32
    /// False when the process was killed by a signal (a crash).
    let exited: Bool

    var summary: String {
        "exit \(status)\(exited ? "" : " (signal)")\n--- stdout\n\(stdout)--- stderr\n\(stderr)"
    }
}

/// A child process started with posix_spawn, its output going to files (never a pipe that
/// could fill up and block it). Foundation's Process is not used: with hundreds of children at
/// once its exit monitor was seen to leave them unreaped and the waiter hanging.
final class Child: @unchecked Sendable {
    let pid: pid_t
    private let folder: String

    init(_ executable: String, _ arguments: [String], environment: [String: String], directory: String) throws
    {
        folder = NSTemporaryDirectory() + "/conseil-child-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, folder + "/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        // In `directory`, never in the repository (whose ./Sessions a command without --data would use).
        guard let addChdir = Child.addChdir, addChdir(&actions, directory) == 0 else {
            throw TestFailure(
                "posix_spawn_file_actions_addchdir_np is missing (glibc 2.29 or later is needed)")
        }
        // A clean signal state: nothing blocked, SIGPIPE and SIGCHLD back to their defaults.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        sigaddset(&defaults, SIGCHLD)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw TestFailure("posix_spawn \(executable): \(String(cString: strerror(status)))")
        }
        self.pid = pid
    }

    private var ended: Int32? = nil

    /// glibc's posix_spawn_file_actions_addchdir_np, which the Glibc module does not export.
    private typealias AddChdir =
        @convention(c) (
            UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>
        ) -> Int32
    private static let addChdir: AddChdir? = dlsym(nil, "posix_spawn_file_actions_addchdir_np").map {
        unsafeBitCast($0, to: AddChdir.self)
    }

    /// Where the child's stderr goes, to read it while it runs.
    var stderrPath: String { folder + "/stderr" }

    /// Whether the child still runs (reaps it when it has ended).
    var isRunning: Bool {
        if ended != nil { return false }
        var status: Int32 = 0
        guard waitpid(pid, &status, WNOHANG) == pid else { return true }
        ended = status
        return false
    }

    func terminate(_ signal: Int32 = SIGTERM) {
        if ended == nil { _ = kill(pid, signal) }
    }

    /// Waits for the end; after `timeout` seconds the child is killed and reported as such.
    func wait(timeout: Double = 120) -> Output {
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while isRunning {
            if Date() > deadline {
                timedOut = true
                terminate(SIGKILL)
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                ended = status
                break
            }
            usleep(1_000)
        }
        let status = ended ?? 0
        let exited = (status & 0x7f) == 0 && !timedOut
        let output = Output(
            stdout: (try? String(contentsOfFile: folder + "/stdout", encoding: .utf8)) ?? "",
            stderr: ((try? String(contentsOfFile: folder + "/stderr", encoding: .utf8)) ?? "")
                + (timedOut ? "\n(killed after \(timeout) s)" : ""),
            status: exited ? (status >> 8) & 0xff : -1,
            exited: exited)
        try? FileManager.default.removeItem(atPath: folder)
        return output
    }
}

func run(
    _ executable: String, _ arguments: [String], environment: [String: String], directory: String,
    timeout: Double = 120
) throws -> Output {
    try Child(executable, arguments, environment: environment, directory: directory).wait(timeout: timeout)
}

/// A council on its own temporary data root, removed afterwards: a facilitator `anne`, a
/// secretary `sam`, members `alice` and `bob`, and more members when asked; one session with
/// an open yes/no poll, a words poll and a proposal.
final class TestCouncil: @unchecked Sendable {
    static let facilitator = "anne"
    static let secretary = "sam"

    let base: String
    let root: String
    let binary: String
    private(set) var session = ""
    private(set) var poll = ""
    private(set) var wordsPoll = ""
    private(set) var proposal = ""

    init(extraMembers: [String] = []) throws {
        binary = try Binary.require()
        base = NSTemporaryDirectory() + "/conseil-ssh-" + UUID().uuidString
        root = base + "/data"
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try succeed(["init", root, "--name", "Conseil local du numérique de test"])
        try addMembers(
            [
                (TestCouncil.facilitator, "facilitator"), (TestCouncil.secretary, "secretary"),
                ("alice", "member"),
                ("bob", "member"),
            ] + extraMembers.map { ($0, "member") })
        session = try succeed(
            ["session", "new", "--title", "Séance de test", "--date", "2017-11-17"],
            as: TestCouncil.facilitator
        ).lastLine
        poll = try succeed(
            ["poll", "new", session, "--kind", "yesno", "--question", "Un tiers-lieu ?", "--abstain"],
            as: TestCouncil.facilitator
        ).lastLine
        try succeed(["poll", "open", poll], as: TestCouncil.facilitator)
        wordsPoll = try succeed(
            [
                "poll", "new", session, "--kind", "words", "--question", "Citez deux enjeux", "--max-answers",
                "2",
            ],
            as: TestCouncil.facilitator
        ).lastLine
        try succeed(["poll", "open", wordsPoll], as: TestCouncil.facilitator)
        proposal = try succeed(
            ["proposal", "add", "--title", "Un tiers-lieu numérique"], as: TestCouncil.secretary
        ).lastLine
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    /// Adds members straight into council.json: a `member add` process each would be slow.
    private func addMembers(_ members: [(String, String)]) throws {
        let file = URL(fileURLWithPath: root + "/council.json")
        guard var council = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any]
        else { throw TestFailure("council.json is not an object") }
        var list = council["members"] as? [[String: Any]] ?? []
        for (id, role) in members { list.append(["id": id, "name": id.capitalized, "role": role]) }
        council["members"] = list
        try JSONSerialization.data(withJSONObject: council, options: [.prettyPrinted, .sortedKeys]).write(
            to: file)
    }

    /// A clean environment, as a login shell would give; `extra` adds variables.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": base,
            "LANG": "C.UTF-8", "TZ": "UTC",
        ]
        for (key, value) in extra { environment[key] = value }
        return environment
    }

    func run(
        _ arguments: [String], as member: String? = nil, environment extra: [String: String] = [:],
        timeout: Double = 120
    ) throws -> Output {
        let full = arguments + ["--data", root] + (member.map { ["--member", $0] } ?? [])
        return try SSHTests.run(
            binary, full, environment: environment(extra), directory: base, timeout: timeout)
    }

    @discardableResult
    func succeed(_ arguments: [String], as member: String? = nil) throws -> Output {
        let output = try run(arguments, as: member)
        guard output.status == 0 else { throw TestFailure("conseil \(arguments) failed: \(output.summary)") }
        return output
    }

    /// Runs the binary the way sshd runs a forced command: `forced` are the arguments of the
    /// `authorized_keys` line, `command` what the client asked for (SSH_ORIGINAL_COMMAND).
    func forced(_ forced: [String], command: String?, environment extra: [String: String] = [:]) throws
        -> Output
    {
        try SSHTests.run(
            binary, forced, environment: forcedEnvironment(command, extra), directory: base, timeout: 60)
    }

    func forcedEnvironment(_ command: String?, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = environment(extra)
        if let command { environment["SSH_ORIGINAL_COMMAND"] = command }
        return environment
    }

    /// The forced command of a member's key.
    func key(_ member: String) -> [String] { ["--data", root, "--member", member] }

    var pollFolder: String { root + "/" + session + "/polls/" + poll }
    var ballots: String { pollFolder + "/ballots" }

    /// Every file and folder of the data root, path → bytes (folders end in "/").
    func snapshot() throws -> [String: Data] {
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root) else { return result }
        while let relative = walker.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            result[isDirectory.boolValue ? relative + "/" : relative] =
                isDirectory.boolValue ? Data() : try Data(contentsOf: URL(fileURLWithPath: path))
        }
        return result
    }

    /// The ballot files of a poll, parsed.
    func ballotRecords(_ folder: String? = nil) throws -> [String: [String: Any]] {
        let folder = folder ?? ballots
        var result: [String: [String: Any]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
            result[name] = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        return result
    }
}

extension Output {
    /// The last non-empty line of stdout: where `new`/`add` commands print the new id.
    var lastLine: String {
        stdout.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
    }
}
