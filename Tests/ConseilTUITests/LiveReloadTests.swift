import ConseilCore
import ConseilStore
import Foundation
import TestSupport
import Testing

@testable import ConseilTUI

/// What other processes write reaches the screen without a key, record by record (issue 9,
/// item 4): with inotify, and with the stat fallback for file systems without it.
@Suite(
    "Live reload", .enabled(if: Tmux.executable != nil, "tmux is not installed"), .timeLimit(.minutes(2)))
struct LiveReloadTests {
    @Test("with CONSEIL_WATCH=stat a ballot from another process still reaches the screen")
    func statFallback() throws {
        let app = try LiveApp(extra: ["CONSEIL_WATCH": "stat"])
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2", "Enter")
        try tmux.waitFor("Base : 34 votants (34 bulletins)", "44,12 %")
        try app.conseil(["vote", CouncilFixture.yesNoPoll, "Oui", "--member", CouncilFixture.freshVoters[0]])
        let screen = try tmux.waitFor("Base : 35 votants (35 bulletins)", "45,71 %", "54,29 %")
        #expect(EndToEndTests.count(screen, "Oui") == 16)
    }

    @Test("a proposal's status changed by another process shows on the register")
    func proposalFromAnotherProcess() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("4")
        try tmux.waitFor("3 proposition(s)", "Ateliers numériques pour les seniors")
        try app.conseil(["proposal", "status", CouncilFixture.seniors, "realisee", "--note", "Bilan"])
        try tmux.waitFor("the register showing « réalisée »") { screen in
            screen.split(separator: "\n").contains { $0.contains("réalisée") && $0.contains("seniors") }
        }
    }

    @Test("a session made by another process is in the session picker")
    func sessionFromAnotherProcess() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try app.conseil(["session", "new", "--title", "Séance de décembre", "--date", "2017-12-15"])
        try tmux.send("S")
        try tmux.waitFor("Séance de décembre")
    }
}

/// The snapshot patched record by record is the one a full read gives.
@Suite("Live snapshot")
struct LiveSnapshotTests {
    @Test("after ballots, a proposal event and an agenda item, the patched snapshot equals a fresh load")
    func patchedEqualsLoaded() throws {
        let fixture = try CouncilFixture()
        let root = fixture.root
        let watcher = ChangeWatcher(root: root)
        let live = try LiveSnapshot(root: root, session: nil, today: CouncilFixture.day)
        let useCases = UseCases(root: root, actor: .administrator, now: CouncilFixture.now)
        let members = try root.requireCouncil().members
        for (voter, answer) in [(CouncilFixture.freshVoters[0], "Oui"), ("m01", "Non")] {
            let member = try #require(members.first { $0.id == voter })
            _ = try UseCases(root: root, actor: .member(member, restricted: false), now: CouncilFixture.now)
                .vote(poll: CouncilFixture.yesNoPoll, typed: [answer])
        }
        let session = try #require(live.snapshot.session?.id)
        _ = try useCases.addAgendaItem(session: session, title: "Point ajouté", duration: 10)
        _ = try useCases.changeStatus(
            of: CouncilFixture.seniors, StatusChange(status: .done, note: "Bilan", progress: nil, review: nil)
        )
        var changes = WatchedChanges()
        for _ in 0..<50 where changes.records.count < 4 {
            watcher.wait(milliseconds: 100)
            changes.records.formUnion(watcher.changes().records)
        }
        #expect(try live.apply(changes, session: nil))
        let loaded = try Snapshot.load(from: root, session: nil, today: CouncilFixture.day)
        #expect(live.snapshot.polls == loaded.polls)
        #expect(live.snapshot.proposals == loaded.proposals)
        #expect(live.snapshot.agenda == loaded.agenda)
        #expect(live.snapshot.problems == loaded.problems)
        #expect(live.snapshot.minutes?.sections.count == loaded.minutes?.sections.count)
        #expect(live.snapshot.polls.first { $0.poll.id == CouncilFixture.yesNoPoll }?.ballots == 35)
    }
}
