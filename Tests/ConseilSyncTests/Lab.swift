import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

struct Failed: Error, CustomStringConvertible {
    let what: String
    let output: ProcessOutput
    var description: String { "\(what) failed: \(output.summary)" }
}

enum Binary {
    static let git: String = {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = String(folder) + "/git"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return "/usr/bin/git"
    }()
}

/// A bare repository as the remote and clones of it, all in one temporary folder that goes
/// away with the lab. Every process gets the same clean environment: a HOME of its own (with
/// a git identity and `main` as the default branch), LANG=C.UTF-8, TZ=UTC, a fixed clock.
final class Lab: @unchecked Sendable {
    static let now = "2017-11-17T09:30:00Z"
    let base: String
    let remote: String

    init() throws {
        base =
            FileManager.default.temporaryDirectory.appendingPathComponent("conseil-sync-\(UUID().uuidString)")
            .path
        remote = base + "/remote.git"
        try FileManager.default.createDirectory(atPath: base + "/home", withIntermediateDirectories: true)
        try """
        [user]
        \tname = Lab
        \temail = lab@conseil.invalid
        [init]
        \tdefaultBranch = main
        [advice]
        \tdetachedHead = false
        """.write(toFile: base + "/home/.gitconfig", atomically: true, encoding: .utf8)
        try git(["init", "--quiet", "--bare", remote])
    }

    deinit { try? FileManager.default.removeItem(atPath: base) }

    var environment: [String: String] {
        [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": base + "/home",
            "LANG": "C.UTF-8",
            "TZ": "UTC",
            "CONSEIL_NOW": Lab.now,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_AUTHOR_NAME": "Lab",
            "GIT_AUTHOR_EMAIL": "lab@conseil.invalid",
            "GIT_COMMITTER_NAME": "Lab",
            "GIT_COMMITTER_EMAIL": "lab@conseil.invalid",
        ]
    }

    @discardableResult
    func git(_ arguments: [String], in directory: String? = nil) throws -> ProcessOutput {
        let output = try runProcess(
            Binary.git, arguments, environment: environment, directory: directory ?? base)
        guard output.status == 0 else {
            throw Failed(what: "git " + arguments.joined(separator: " "), output: output)
        }
        return output
    }

    /// A new clone of the remote in `name`, its data root at `data` inside it ("" for the top).
    func clone(_ name: String, data: String = "") throws -> Clone {
        try git(["clone", "--quiet", remote, base + "/" + name])
        return Clone(
            lab: self, top: base + "/" + name,
            data: data.isEmpty ? base + "/" + name : base + "/" + name + "/" + data)
    }
}

/// One clone of the lab's remote, with its data root.
struct Clone: Sendable {
    let lab: Lab
    let top: String
    let data: String

    func run(_ arguments: [String], as member: String? = nil, now: String = Lab.now) throws -> ProcessOutput {
        guard let binary = ConseilBinary.path else {
            throw Failed(
                what: "conseil",
                output: ProcessOutput(stdout: "", stderr: "binary not found; set CONSEIL_BIN", status: -1))
        }
        var environment = lab.environment
        environment["CONSEIL_NOW"] = now
        environment["CONSEIL_DATA"] = data
        let full = arguments + (member.map { ["--member", $0] } ?? [])
        return try runProcess(binary, full, environment: environment, directory: lab.base)
    }

    /// A command that must succeed.
    @discardableResult
    func succeed(_ arguments: [String], as member: String? = nil, now: String = Lab.now) throws
        -> ProcessOutput
    {
        let output = try run(arguments, as: member, now: now)
        guard output.status == 0 else {
            throw Failed(what: "conseil " + arguments.joined(separator: " "), output: output)
        }
        return output
    }

    /// A `new`/`add` command: the id on its last line.
    func newId(_ arguments: [String], as member: String? = nil, now: String = Lab.now) throws -> String {
        try succeed(arguments, as: member, now: now).lastLine
    }

    @discardableResult
    func sync(_ extra: [String] = []) throws -> ProcessOutput { try succeed(["sync"] + extra) }

    @discardableResult
    func git(_ arguments: [String]) throws -> ProcessOutput { try lab.git(arguments, in: top) }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: data + "/" + relative, encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        try text.write(toFile: data + "/" + relative, atomically: false, encoding: .utf8)
    }

    /// Every file under `folder` (the data root by default), path → bytes, git's folder left out.
    func snapshot(of folder: String? = nil) throws -> [String: Data] {
        let start = folder ?? data
        var result: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(atPath: start) else { return result }
        while let relative = walker.nextObject() as? String {
            if relative == ".git" || relative.hasPrefix(".git/") {
                walker.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: start + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: start + "/" + relative)
            }
        }
        return result
    }

    /// The paths (relative to the data root) of the files named like `suffix` under `folder`.
    func files(under folder: String, suffix: String = ".json") throws -> [String] {
        try snapshot().keys.filter { $0.hasPrefix(folder) && $0.hasSuffix(suffix) }.sorted()
    }
}

/// The ids of a small council set up in a clone.
struct CouncilIds: Sendable {
    let session: String
    let poll: String
    let proposal: String
    let item: String
}

extension Clone {
    /// `conseil init` in the clone, five members, a session with an item, an open yes/no poll
    /// and a proposal.
    func setUpCouncil() throws -> CouncilIds {
        try succeed(["init", data, "--name", "Conseil local du numérique de Plouaret"])
        for (id, name, role) in [
            ("alice", "Alice Martin", "facilitator"), ("bob", "Bruno Le Goff", "secretary"),
            ("chloe", "Chloé Riou", "member"), ("david", "David Morvan", "member"),
            ("emma", "Emma Le Bihan", "member"),
        ] {
            try succeed(["member", "add", id, "--name", name, "--role", role])
        }
        let session = try newId(
            ["session", "new", "--title", "Séance de novembre", "--date", "2017-11-17"], as: "alice")
        let item = try newId(["agenda", "add", session, "Numérique et territoires"], as: "alice")
        let poll = try newId(
            ["poll", "new", session, "--kind", "yesno", "--question", "Êtes-vous suffisamment informés ?"],
            as: "alice")
        try succeed(["poll", "open", poll], as: "alice")
        let proposal = try newId(["proposal", "add", "--title", "Ateliers numériques en mairie"], as: "bob")
        return CouncilIds(session: session, poll: poll, proposal: proposal, item: item)
    }
}

/// The pids of a process's descendants (Linux /proc), deepest last, only those working in
/// `folder` when given.
func descendants(of pid: Int32, inside folder: String? = nil) -> [Int32] {
    var children: [Int32: [Int32]] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
        guard let child = Int32(name),
            let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { continue }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        if fields.count > 2, let parent = Int32(fields[1]) { children[parent, default: []].append(child) }
    }
    var result: [Int32] = []
    var queue = [pid]
    while let next = queue.first {
        queue.removeFirst()
        for child in children[next] ?? [] {
            result.append(child)
            queue.append(child)
        }
    }
    guard let folder else { return result }
    return result.filter { child in
        let cwd = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(child)/cwd")) ?? ""
        return cwd == folder || cwd.hasPrefix(folder + "/")
    }
}
