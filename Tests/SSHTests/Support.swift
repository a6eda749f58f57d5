import Foundation
import TestSupport
import Testing

// Shared helpers of the SSH, restricted-mode, hostile-file and load tests: a council on a
// temporary data root, the real `conseil` binary run on it as child processes (TestSupport),
// and snapshots of it.

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
        binary = try ConseilBinary.require()
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
    ) throws -> ProcessOutput {
        let full = arguments + ["--data", root] + (member.map { ["--member", $0] } ?? [])
        return try runProcess(
            binary, full, environment: environment(extra), directory: base, timeout: timeout)
    }

    @discardableResult
    func succeed(_ arguments: [String], as member: String? = nil) throws -> ProcessOutput {
        let output = try run(arguments, as: member)
        guard output.status == 0 else { throw TestFailure("conseil \(arguments) failed: \(output.summary)") }
        return output
    }

    /// Runs the binary the way sshd runs a forced command: `forced` are the arguments of the
    /// `authorized_keys` line, `command` what the client asked for (SSH_ORIGINAL_COMMAND).
    func forced(_ forced: [String], command: String?, environment extra: [String: String] = [:]) throws
        -> ProcessOutput
    {
        try runProcess(
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
