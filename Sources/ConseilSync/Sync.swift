import ConseilCore
import ConseilStore
import Foundation

/// A record where both sides' versions met, and what sync did about it.
public struct ConflictNote: Sendable, Equatable {
    /// Relative to the data root.
    public let path: String
    /// The conflict copy holding the other version, when one was kept beside the record.
    public let copy: String?
    public let reason: Localized
}

/// A file of the data root that sync reports: refused, or received but unreadable.
public struct FileNote: Sendable, Equatable {
    /// Relative to the data root.
    public let path: String
    public let reason: Localized
}

/// What one `conseil sync` did.
public struct SyncReport: Sendable {
    /// "origin/main", or nil when the repository has no remote.
    public var remote: String?
    /// The commits made from local changes, and what they hold.
    public var commits: [String] = []
    public var recorded = ChangeSummary()
    /// What came from the remote and what went to it.
    public var received = ChangeSummary()
    public var sent = ChangeSummary()
    public var fetched = false
    public var pushed = false
    /// The remote could not be reached (or refused the push): the changes are committed locally.
    public var remoteError: Localized?
    /// Why the remote's work was not integrated (a person must act with git).
    public var blocked: Localized?
    /// Records whose two versions are both kept: `check` reports them until resolved.
    public var conflicts: [ConflictNote] = []
    /// Records changed on both sides that sync settled by a rule (the latest ballot wins…).
    public var settled: [ConflictNote] = []
    /// Files of the remote's tip kept out of the data root (`RemoteTreeRule`): found by this
    /// sync's integration, or by an earlier one when nothing new came from the remote since.
    public var refused: [FileNote] = []
    /// Files received that conseil cannot read: reported, skipped by every command.
    public var invalid: [FileNote] = []
    /// What the sync repaired after an interrupted one.
    public var repairs: [Localized] = []
    /// Anonymous polls still open, whose ballots are committed only once the poll is closed.
    public var heldBack: [String] = []
    /// The remote has commits that are not integrated (when it was blocked).
    public var upToDate = false

    /// 0 done; 1 integration blocked (a person must act); 2 remote unreachable, committed locally.
    public var exitStatus: Int32 { blocked != nil ? 1 : remoteError != nil ? 2 : 0 }

    public init() {}
}

/// What sync needs from the command line.
public struct SyncOptions: Sendable {
    /// Commit only: no fetch, no push.
    public var offline = false
    /// Seconds to wait for another sync of the same clone to finish.
    public var wait: Double = 30
    /// Who runs the sync (an identity for commits when git has none).
    public var actor = "admin"
    public var now: Timestamp

    public init(now: Timestamp) { self.now = now }
}

/// `conseil sync`: commit what changed under the data root, fetch, integrate the remote's work
/// (a merge), push. See docs/SYNC.md.
public enum Sync {
    public static func run(root: DataRoot, options: SyncOptions) throws -> SyncReport {
        var repository = try Repository.open(root)
        // A folder that holds files but no council is not a data root (a wrong --data): sync
        // would commit whatever is there. An empty one is a new clone waiting for its data.
        if (try? FileReader.read(root.councilPath)) == nil, !FileReader.list(root.path).isEmpty {
            throw ConseilError(
                fr:
                    "aucun conseil dans \(root.path) (council.json absent ou illisible) : rien n'a été synchronisé ; indiquez --data DOSSIER",
                en:
                    "no council in \(root.path) (council.json missing or unreadable): nothing was synced; pass --data DIR"
            )
        }
        var report = SyncReport()
        try DurableFile.makeDirectories(repository.syncFolder)
        let lock = try SyncLock.acquire(
            gitFolder: repository.gitFolder, wait: options.wait, repairs: &report.repairs)
        defer { lock.release() }
        try repository.repair(&report)
        guard try repository.git.run(["symbolic-ref", "-q", "HEAD"]).ok else {
            throw ConseilError(
                fr: "le dépôt n'est sur aucune branche (HEAD détachée) : « git switch main » puis relancez",
                en: "the repository is on no branch (detached HEAD): “git switch main”, then try again")
        }
        try repository.useIdentity(actor: options.actor)
        try repository.commitLocalChanges(&report)
        report.refused = repository.savedState()?.refusedFiles ?? []

        if let upstream = try repository.upstream(), !options.offline {
            report.remote = upstream.remote + "/" + upstream.branch
            try exchange(&repository, upstream, &report)
        } else if !options.offline {
            report.upToDate = true
        }
        try repository.saveState(report, now: options.now)
        _ = try? repository.git.run([
            "-c", "gc.auto=6700", "-c", "gc.autoDetach=false", "gc", "--auto", "--quiet",
        ])
        return report
    }

    /// Fetch, integrate, push; again when someone pushed in between (up to three times).
    private static func exchange(
        _ repository: inout Repository, _ upstream: Upstream, _ report: inout SyncReport
    )
        throws
    {
        let git = repository.git
        let tracking = "refs/remotes/\(upstream.remote)/\(upstream.branch)"
        for attempt in 1...3 {
            let fetch = try git.run([
                "fetch", "--quiet", "--no-tags", "--no-recurse-submodules", "--no-write-fetch-head",
                upstream.remote,
                "+refs/heads/\(upstream.branch):\(tracking)",
            ])
            if !fetch.ok {
                // A remote without this branch yet (a new, empty repository) is no error.
                let listed = try git.run([
                    "ls-remote", "--heads", upstream.remote, "refs/heads/\(upstream.branch)",
                ])
                guard listed.ok, listed.output.isEmpty else {
                    report.remoteError = unreachable(upstream, fetch.errors)
                    return
                }
            }
            report.fetched = true
            let theirs = try git.commit(tracking)
            if let theirs {
                let ours = try git.commit("HEAD")
                do {
                    if let integration = try repository.integrate(
                        ours: ours, theirs: theirs, remoteName: upstream.remote + "/" + upstream.branch,
                        stillRefused: report.refused.map(\.path))
                    {
                        let incoming = try repository.fileChanges(from: ours, to: integration.target)
                        report.received.add(
                            ChangeSummary.make(incoming, view: RootView(root: repository.root, changes: [])))
                        report.conflicts += integration.conflicts
                        report.settled += integration.automatic
                        report.refused = integration.refused
                        report.invalid += integration.invalid
                    }
                } catch let blocked as BlockedSync {
                    report.blocked = blocked.reason
                    return
                }
                // Records saved while the sync ran, and copies made for them.
                try repository.commitLocalChanges(&report)
            }
            guard let head = try git.commit("HEAD"), head != theirs else {
                report.upToDate = true
                return
            }
            // Leaving out a refused file is no change of ours to announce.
            let outgoing = try repository.fileChanges(from: theirs, to: head).filter { change in
                !report.refused.contains { $0.path == change.path }
            }
            var arguments = [
                "push", "--quiet", "--no-verify", upstream.remote, "HEAD:refs/heads/\(upstream.branch)",
            ]
            if !upstream.configured { arguments.insert("--set-upstream", at: 2) }
            let push = try git.run(arguments)
            if push.ok {
                try git.check(["update-ref", tracking, head])
                report.pushed = true
                report.sent.add(
                    ChangeSummary.make(outgoing, view: RootView(root: repository.root, changes: [])))
                return
            }
            if attempt == 3 { report.remoteError = unreachable(upstream, push.errors) }
        }
    }

    private static func unreachable(_ upstream: Upstream, _ said: String) -> Localized {
        let reason = InertText.make(
            said.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last.map(String.init)
                ?? "")
        return Localized(
            fr:
                "échange impossible avec le dépôt distant \(upstream.remote) (\(reason)) : les changements sont enregistrés localement ; relancez « conseil sync » une fois en ligne",
            en:
                "cannot exchange with the remote \(upstream.remote) (\(reason)): the changes are committed locally; run “conseil sync” again once online"
        )
    }
}

/// The remote branch the current branch syncs with.
struct Upstream {
    let remote: String
    let branch: String
    /// Whether git already knows it as the branch's upstream.
    let configured: Bool
}

extension Repository {
    /// The branch's upstream, else the same branch on `origin` (or the only remote); nil
    /// when the repository has no remote.
    func upstream() throws -> Upstream? {
        let head = try git.check(["symbolic-ref", "-q", "--short", "HEAD"]).line
        let remote = try git.run(["config", "--get", "branch.\(head).remote"])
        let merge = try git.run(["config", "--get", "branch.\(head).merge"])
        if remote.ok, merge.ok, remote.line != ".", merge.line.hasPrefix("refs/heads/") {
            return try checked(
                Upstream(remote: remote.line, branch: String(merge.line.dropFirst(11)), configured: true))
        }
        let remotes = try git.check(["remote"]).text.split(separator: "\n").map(String.init)
        guard let chosen = remotes.contains("origin") ? "origin" : remotes.count == 1 ? remotes[0] : nil
        else {
            if remotes.count > 1 {
                throw ConseilError(
                    fr:
                        "plusieurs dépôts distants et aucun n'est suivi : « git branch --set-upstream-to=DISTANT/\(head) » choisit le bon",
                    en:
                        "several remotes and none is tracked: “git branch --set-upstream-to=REMOTE/\(head)” picks one"
                )
            }
            return nil
        }
        return try checked(Upstream(remote: chosen, branch: head, configured: false))
    }

    private func checked(_ upstream: Upstream) throws -> Upstream {
        guard !upstream.remote.hasPrefix("-"), !upstream.branch.hasPrefix("-"), !upstream.branch.contains(":")
        else {
            throw ConseilError(
                fr:
                    "nom de dépôt distant ou de branche refusé : \(InertText.make(upstream.remote))/\(InertText.make(upstream.branch))",
                en:
                    "remote or branch name refused: \(InertText.make(upstream.remote))/\(InertText.make(upstream.branch))"
            )
        }
        return upstream
    }

    /// Gives git an identity for its commits when it has none configured.
    mutating func useIdentity(actor: String) throws {
        let author = try git.run(["var", "GIT_AUTHOR_IDENT"])
        let committer = try git.run(["var", "GIT_COMMITTER_IDENT"])
        if !author.ok || !committer.ok {
            let name = Identifier.isValid(actor) ? actor : "admin"
            git.configuration = [
                "-c", "user.name=conseil (\(name))", "-c", "user.email=\(name)@conseil.invalid",
            ]
        }
    }

    /// The files of the data root that differ between two commits, with both versions.
    func fileChanges(from: String?, to: String) throws -> [FileChange] {
        let changes = try diff(from ?? emptyTree(), to)
        let contents = try git.contents(of: changes.flatMap { [$0.oldId, $0.newId] })
        return changes.compactMap { change in
            guard let relative = relative(change.path) else { return nil }
            return FileChange(
                path: relative, old: change.isAddition ? nil : contents[change.oldId],
                new: change.isDeletion ? nil : contents[change.newId])
        }
    }

    /// Commits what changed under the data root, and nothing else, with a message that says what.
    func commitLocalChanges(_ report: inout SyncReport) throws {
        var excluded = [":(exclude,glob)**/.*.tmp-*", ":(exclude,glob)**/.*.swp", ":(exclude,glob)**/*~"]
        for (session, poll) in openAnonymousPolls() {
            excluded += [
                ":(exclude)" + Layout.ballotsFolder(session: session, poll: poll),
                ":(exclude)" + Layout.votersFolder(session: session, poll: poll),
                ":(exclude)" + Layout.participantsFolder(session: session, poll: poll),
            ]
            report.heldBack.append(Layout.pollFolder(session: session, poll: poll))
        }
        let pathspec = ["--", "."] + excluded
        try git.check(["add", "-A"] + pathspec)
        // Records that an ignore rule (.gitignore, a global excludes file) would leave out.
        let ignored = try git.check(["ls-files", "-z", "-o", "-i", "--exclude-standard"] + pathspec).fields
        let records = ignored.filter { path in
            // ls-files prints paths relative to the data root.
            RemoteTreeRule.recordKind(of: path) != nil
        }
        if !records.isEmpty { try git.check(["add", "-f", "--"] + records) }
        let head = try git.commit("HEAD")
        var diffArguments = [
            "diff", "--cached", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff",
        ]
        if let head { diffArguments.append(head) }
        let staged = RawChange.parse(try git.check(diffArguments + pathspec))
        guard !staged.isEmpty else { return }
        let contents = try git.contents(of: staged.flatMap { [$0.oldId, $0.newId] })
        let changes = staged.compactMap { change -> FileChange? in
            guard let relative = relative(change.path) else { return nil }
            return FileChange(
                path: relative, old: change.isAddition ? nil : contents[change.oldId],
                new: change.isDeletion ? nil : contents[change.newId])
        }
        let summary = ChangeSummary.make(changes, view: RootView(root: root, changes: changes))
        try git.check(
            ["commit", "--quiet", "--no-verify", "--no-edit", "-F", "-"] + pathspec,
            input: Array(summary.commitMessage().utf8))
        if let commit = try git.commit("HEAD") { report.commits.append(commit) }
        report.recorded.add(summary)
    }

    /// The anonymous polls that are open, by the ids of their folders: their ballots wait for
    /// the close, so that no commit links a voter to a ballot.
    func openAnonymousPolls() -> [(session: String, poll: String)] {
        var found: [(session: String, poll: String)] = []
        for session in FileReader.list(root.path) where Layout.isSessionFolder(session) {
            for poll in FileReader.list(root.absolute(Layout.pollsFolder(session: session)))
            where Identifier.isValid(poll) {
                if case .success(let record) = RecordCodec.decode(
                    Poll.self, at: file(Layout.poll(session: session, poll: poll))),
                    record.anonymous, record.state == .open
                {
                    found.append((session, poll))
                }
            }
        }
        return found
    }
}

extension ChangeSummary {
    /// Adds the counts and sentences of another summary.
    mutating func add(_ other: ChangeSummary) {
        for (key, value) in other.counts { counts[key, default: 0] += value }
        lines += other.lines
    }
}
