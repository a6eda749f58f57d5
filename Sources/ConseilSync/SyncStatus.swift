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
    /// Files of the remote that the last syncs kept out of the data root (`SyncReport.refused`).
    public var refused: [FileNote] = []

    public init() {}

    /// The status of the clone holding `root`; nil when it is not in a git repository.
    public static func read(root: DataRoot) -> SyncStatus? {
        guard let repository = try? Repository.open(root) else { return nil }
        var status = SyncStatus()
        status.dataRootIsRepository = repository.prefix.isEmpty
        if let state = repository.savedState() {
            status.lastSync = Timestamp(iso8601: state.lastSync)
            status.lastResult = state.result
            status.refused = state.refusedFiles
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

    /// The refused files as problems for `conseil check`, which reads only the state (one git
    /// command to find it).
    public static func refusalProblems(root: DataRoot) -> [LoadProblem] {
        guard let repository = try? Repository.open(root), let state = repository.savedState() else {
            return []
        }
        return state.refusedFiles.map { note in
            LoadProblem(
                path: root.absolute(note.path),
                reason: Localized(
                    fr:
                        "refusé par « conseil sync » (\(note.reason.fr)) : jamais écrit ici ; nommé jusqu'à ce qu'un commit plus récent du dépôt distant ne le contienne plus (docs/SYNC.md)",
                    en:
                        "refused by “conseil sync” (\(note.reason.en)): never written here; named until a later commit of the remote no longer holds it (docs/SYNC.md)"
                ))
        }
    }

    struct State: Codable {
        var lastSync: String
        var result: String
        var remote: String?
        /// Absent from the state of an older conseil.
        var refused: [Refusal]?

        struct Refusal: Codable {
            var path: String
            var fr: String
            var en: String
        }

        var refusedFiles: [FileNote] {
            (refused ?? []).map { FileNote(path: $0.path, reason: Localized(fr: $0.fr, en: $0.en)) }
        }
    }
}

extension Repository {
    func savedState() -> SyncStatus.State? {
        guard let bytes = try? FileReader.read(statePath) else { return nil }
        return try? JSONDecoder().decode(SyncStatus.State.self, from: Data(bytes))
    }

    func saveState(_ report: SyncReport, now: Timestamp) throws {
        let result = report.blocked != nil ? "blocked" : report.remoteError != nil ? "offline" : "ok"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let state = SyncStatus.State(
            lastSync: now.description, result: result, remote: report.remote,
            refused: report.refused.map { .init(path: $0.path, fr: $0.reason.fr, en: $0.reason.en) })
        try DurableFile.write([UInt8](try encoder.encode(state)) + [0x0A], to: statePath)
    }
}
