import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// A facilitator and a secretary who never leave the interface: a new session from the
/// picker, started and closed; a new proposal and its follow-up. In the real binary, in tmux.
@Suite(
    "End to end: a session and a proposal made without the command line",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(1))
)
struct ShellFreeEndToEndTests {
    @Test func aNewSessionStartedAndClosedAndANewProposal() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("S")
        try tmux.waitFor("N nouvelle")
        try tmux.send("N")
        try tmux.waitFor("Nouvelle séance")
        try tmux.send("Séance de décembre", literal: true)
        try tmux.send("Tab", "C-u")
        try tmux.send("2017-12-15", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Séance créée : Séance de décembre", "15 décembre 2017")
        let session = try #require(
            app.fixture.root.sessions().values.first { $0.title == "Séance de décembre" })
        try tmux.send("E")
        try tmux.waitFor("Séance : en cours")
        #expect(try app.fixture.root.session(session.id).state == .running)
        try tmux.send("E")
        try tmux.waitFor("Clore la séance « Séance de décembre » ?")
        try tmux.send("o")
        try tmux.waitFor("Séance : close")
        #expect(try app.fixture.root.session(session.id).state == .closed)

        try tmux.send("4", "N")
        try tmux.waitFor("Nouvelle proposition (déposée)")
        try tmux.send("Bornes de recharge", literal: true)
        try tmux.send("Tab")
        try tmux.send("Mobilité", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Proposition déposée", "▶ déposée")
        #expect(app.fixture.root.proposals().values.contains { $0.proposal.title == "Bornes de recharge" })
    }
}
