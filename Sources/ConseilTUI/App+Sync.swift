import ConseilCore
import ConseilStore
import ConseilSync
import Foundation
import Synchronization

/// What git work on another thread hands back to the drawing loop: a sync's report, or the
/// clone's status (`nil` outside a git repository).
final class Mailbox<Value: Sendable>: Sendable {
    private let value = Mutex<Value?>(nil)

    func post(_ new: Value) { value.withLock { $0 = new } }
    func take() -> Value? {
        value.withLock { current in
            defer { current = nil }; return current
        }
    }
}

typealias SyncOutcome = Result<SyncReport, ConseilError>

/// Reading the status runs git: `read` is the result, nil when the data root is in no repository.
struct SyncStatusReading: Sendable {
    let read: SyncStatus?
}

// `y` syncs with git without blocking the screen: git runs on another thread, the screen
// says "synchronisation…", and the report comes back on a later tick.
extension App {
    func startSync() {
        var options = SyncOptions(now: state.now)
        options.actor = member?.id ?? "admin"
        options.wait = 5
        runSync(options, into: syncMailbox)
        collectSync()
    }

    /// Runs git through `Sync.run` off the drawing loop; the outcome lands in `mailbox`.
    private func runSync(_ options: SyncOptions, into mailbox: Mailbox<SyncOutcome>) {
        let root = self.root
        runInBackground { [options] in
            do {
                mailbox.post(.success(try Sync.run(root: root, options: options)))
            } catch let error as ConseilError {
                mailbox.post(.failure(error))
            } catch {
                mailbox.post(.failure(ConseilError(fr: "synchronisation impossible", en: "sync failed")))
            }
        }
    }

    /// After a save, a local commit (no network) a few seconds later, so that git history is
    /// the audit trail. Only where the data root is its own repository, for an actor who may
    /// start git (never in a restricted session), and not while a full sync runs.
    func scheduleAutoCommit() {
        guard autoCommit, ownRepository, actor.may(.runPrograms) else { return }
        autoCommitAt = Timestamp(milliseconds: state.now.milliseconds + Self.autoCommitDelay)
    }

    static let autoCommitDelay: Int64 = 5_000

    func runAutoCommitIfDue() {
        if autoCommitMailbox.take() != nil { readSyncStatus() }
        guard let due = autoCommitAt, state.now >= due, !state.syncing else { return }
        autoCommitAt = nil
        var options = SyncOptions(now: state.now)
        options.offline = true
        options.actor = member?.id ?? "admin"
        options.wait = 5
        runSync(options, into: autoCommitMailbox)
        if autoCommitMailbox.take() != nil { readSyncStatus() }
    }

    /// Shows a finished sync's report, if one has come back.
    func collectSync() {
        guard let outcome = syncMailbox.take() else { return }
        readSyncStatus()
        reload()
        switch outcome {
        case .success(let report): handle(.outcome(.sync, .done(Self.describe(report))))
        case .failure(let error): handle(.outcome(.sync, .refused(error)))
        }
    }

    /// Asks for the clone's sync status; git runs off the drawing loop (it can take a while
    /// on a large repository), and `collectSyncStatus` shows it when it comes back. An actor
    /// who may start no program (a restricted SSH session) gets no sync line: the title bar
    /// shows the council and the session only, and git never runs.
    func readSyncStatus() {
        guard actor.may(.runPrograms) else { return }
        let root = self.root
        let mailbox = statusMailbox
        runInBackground { mailbox.post(SyncStatusReading(read: SyncStatus.read(root: root))) }
        collectSyncStatus()
    }

    /// The title bar's sync line: when the last sync ran, and what waits on either side.
    func collectSyncStatus() {
        guard let reading = statusMailbox.take() else { return }
        guard let status = reading.read else {
            handle(.syncLine(nil))
            return
        }
        // Inside a larger repository (the demo in the source tree), only `y` commits.
        ownRepository = status.dataRootIsRepository
        let last = status.lastSync.map { "sync " + DateFormat.timer(seconds: $0.secondsOfDay / 60) + " UTC" }
        var fr = last ?? "jamais synchronisé"
        var en = last ?? "never synced"
        if status.remoteAhead > 0 {
            fr += " · distant +\(status.remoteAhead)"
            en += " · remote +\(status.remoteAhead)"
        }
        if status.uncommitted > 0 {
            fr += " · \(status.uncommitted) non envoyé(s)"
            en += " · \(status.uncommitted) unsent"
        }
        handle(.syncLine(Localized(fr: fr, en: en)))
    }

    private static func describe(_ report: SyncReport) -> Localized {
        if let blocked = report.blocked { return blocked }
        if let remote = report.remoteError {
            return Localized(
                fr: "enregistré localement ; distant injoignable : " + remote.fr,
                en: "saved locally; remote unreachable: " + remote.en)
        }
        let received = report.received.counts.values.reduce(0, +)
        let sent = report.sent.counts.values.reduce(0, +)
        let conflicts = report.conflicts.count
        var fr = "Synchronisé : \(received) reçu(s), \(sent) envoyé(s)"
        var en = "Synced: \(received) received, \(sent) sent"
        if conflicts > 0 {
            fr += " ; \(conflicts) conflit(s) : conseil check"
            en += "; \(conflicts) conflict(s): conseil check"
        }
        return Localized(fr: fr, en: en)
    }
}
