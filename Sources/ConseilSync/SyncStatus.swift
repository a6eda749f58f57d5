import ConseilCore
import ConseilStore
import Foundation

/// When the last sync of a clone ran and how the clone stands against its remote, for the
/// interface's status line. Reading it runs only read-only git commands (no lock, no network):
/// "remote ahead" is as of the last fetch.
public struct SyncStatus: Sendable, Equatable {
    /// When the last sync finished, and how: "ok", "offline" (remote unreachable) or "blocked".
    public var lastSync: Timestamp?
    public var lastResult: String?
    /// "origin/main", nil without a remote.
    public var remote: String?
    /// Commits of the remote (as last fetched) not yet integrated, and local ones not yet sent.
    public var remoteAhead = 0
    public var localAhead = 0
    /// Files of the data root changed since the last commit.
    public var uncommitted = 0
    /// The data root is the whole repository (not a folder inside a larger one, like the demo
    /// council in the source tree): the interface commits its saves there by itself.
    public var dataRootIsRepository = false

    public init() {}

    /// The status of the clone holding `root`; nil when it is not in a git repository.
    public static func read(root: DataRoot) -> SyncStatus? {
        guard let repository = try? Repository.open(root) else { return nil }
        var status = SyncStatus()
        status.dataRootIsRepository = repository.prefix.isEmpty
        if let bytes = try? FileReader.read(repository.statePath),
            let state = try? JSONDecoder().decode(State.self, from: Data(bytes))
        {
            status.lastSync = Timestamp(iso8601: state.lastSync)
            status.lastResult = state.result
        }
        if let upstream = try? repository.upstream() {
            status.remote = upstream.remote + "/" + upstream.branch
            let counts = try? repository.git.run([
                "rev-list", "--left-right", "--count",
                "HEAD...refs/remotes/\(upstream.remote)/\(upstream.branch)",
            ])
            if let counts, counts.ok {
                let numbers = counts.line.split(whereSeparator: { $0 == "\t" || $0 == " " }).compactMap {
                    Int($0)
                }
                if numbers.count == 2 {
                    status.localAhead = numbers[0]
                    status.remoteAhead = numbers[1]
                }
            }
        }
        if let changed = try? repository.git.run([
            "status", "--porcelain", "-z", "--untracked-files=all", "--", ".",
        ]),
            changed.ok
        {
            status.uncommitted = changed.fields.filter { $0.count > 3 && $0.dropFirst(2).first == " " }.count
        }
        return status
    }

    struct State: Codable {
        var lastSync: String
        var result: String
        var remote: String?
    }
}

extension Repository {
    func saveState(_ report: SyncReport, now: Timestamp) throws {
        let result = report.blocked != nil ? "blocked" : report.remoteError != nil ? "offline" : "ok"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let state = SyncStatus.State(lastSync: now.description, result: result, remote: report.remote)
        try DurableFile.write([UInt8](try encoder.encode(state)) + [0x0A], to: statePath)
    }
}
