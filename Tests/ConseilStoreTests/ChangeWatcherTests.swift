import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// The watcher names the records another process wrote (issue 9, item 4), with inotify and
/// with the stat fallback used where inotify is missing.
@Suite("Change watcher", .serialized)
struct ChangeWatcherTests {
    @Test(
        "a ballot cast by another process is reported as a ballot", arguments: ChangeWatcher.Method.allCases)
    func ballot(method: ChangeWatcher.Method) throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            let watcher = ChangeWatcher(root: root, method: method)
            #expect(watcher.method == method)
            let vote = try runConseil(
                ["vote", poll.id, "Oui", "--member", "m01"],
                environment: Binary.environment(data: scratch.data))
            #expect(vote.succeeded, "\(vote.stderr)")
            let path = Layout.ballot(session: session.id, poll: poll.id, key: "m01")
            let seen = try Self.collect(watcher) { $0.records.contains { $0.path == path } }
            let change = try #require(seen.records.first { $0.path == path })
            #expect(change.kind == .ballot)
            #expect(change.ids == [session.id, poll.id, "m01"])
            #expect(!seen.records.contains { $0.kind != .ballot }, "only the ballot: \(seen.records)")
        }
    }

    @Test("a proposal's new event is reported as a proposal event", arguments: ChangeWatcher.Method.allCases)
    func proposalEvent(method: ChangeWatcher.Method) throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let proposal = try Fixture.proposal(in: root)
            let watcher = ChangeWatcher(root: root, method: method)
            let status = try runConseil(
                ["proposal", "status", proposal.id, "a-l-etude", "--note", "À l'étude"],
                environment: Binary.environment(data: scratch.data))
            #expect(status.succeeded, "\(status.stderr)")
            let seen = try Self.collect(watcher) { $0.records.contains { $0.kind == .proposalEvent } }
            let event = try #require(seen.records.first { $0.kind == .proposalEvent })
            #expect(event.ids.first == proposal.id)
            #expect(event.path.hasPrefix(Layout.eventsFolder(proposal: proposal.id) + "/"))
        }
    }

    @Test(
        "a new session folder is watched and its session reported", arguments: ChangeWatcher.Method.allCases)
    func newSession(method: ChangeWatcher.Method) throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let watcher = ChangeWatcher(root: root, method: method)
            let environment = Binary.environment(data: scratch.data)
            let created = try runConseil(
                ["session", "new", "--title", "Séance de décembre", "--date", "2026-12-02"],
                environment: environment)
            #expect(created.succeeded, "\(created.stderr)")
            var seen = try Self.collect(watcher) { $0.records.contains { $0.kind == .session } }
            let session = try #require(seen.records.first { $0.kind == .session })
            #expect(session.path == Layout.session(session.ids[0]))
            #expect(session.ids[0].hasPrefix("2026-12-02"))
            // The new folder is watched: an agenda item added in it is reported too.
            let item = try runConseil(
                ["agenda", "add", session.ids[0], "Ouverture"], environment: environment)
            #expect(item.succeeded, "\(item.stderr)")
            seen = try Self.collect(watcher) { $0.records.contains { $0.kind == .agendaItem } }
            #expect(seen.records.first { $0.kind == .agendaItem }?.ids.first == session.ids[0])
        }
    }

    @Test("temporary files and stray names are not records")
    func temporaryFilesIgnored() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            let watcher = ChangeWatcher(root: root, method: .inotify)
            let folder = root.absolute(Layout.pollFolder(session: session.id, poll: poll.id))
            try writeBytes(Array("{}".utf8), to: folder + "/.poll.json.tmp-1-1")
            try writeBytes(Array("notes".utf8), to: folder + "/notes.txt")
            try writeBytes(Array("{}".utf8), to: root.absolute(Layout.council))
            let seen = try Self.collect(watcher) { $0.records.contains { $0.kind == .council } }
            #expect(seen.records.map(\.kind) == [.council], "\(seen.records)")
        }
    }

    /// Every change until `done` holds; fails after ten seconds.
    static func collect(_ watcher: ChangeWatcher, until done: (WatchedChanges) -> Bool) throws
        -> WatchedChanges
    {
        var seen = WatchedChanges()
        let start = monotonicMilliseconds()
        while !done(seen) {
            guard monotonicMilliseconds() - start < 10_000 else {
                Issue.record("not reported within 10 s; seen: \(seen.records)")
                return seen
            }
            watcher.wait(milliseconds: 100)
            seen.formUnion(watcher.changes())
        }
        return seen
    }
}
