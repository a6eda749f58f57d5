import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// The facilitator creates a poll in the real binary, opens it, and a vote shows up.
@Suite(
    "End to end: creating and opening a poll in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(1))
)
struct PollCreationEndToEndTests {
    @Test func aPollCreatedOnScreenIsOpenedAndVotedIn() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2", "N")
        try tmux.waitFor("Nouveau scrutin (brouillon)")
        try tmux.send("Right")
        try tmux.send("Tab")
        try tmux.send("Où installer le tiers-lieu ?", literal: true)
        try tmux.send("Tab")
        try tmux.send("Mairie;Médiathèque", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Scrutin créé (brouillon)", "Où installer le tiers-lieu ?")
        let polls = app.fixture.root.polls(session: app.fixture.session).values
        let poll = try #require(polls.first { $0.question == "Où installer le tiers-lieu ?" })
        #expect(poll.kind == .choice)
        #expect(poll.options == ["Mairie", "Médiathèque"])
        #expect(poll.state == .draft)

        // ▶ stands on the poll just made: `o` opens it, not the first of the list.
        try tmux.send("o")
        try tmux.waitFor("▶ ouvert     choix unique")
        #expect(try app.fixture.root.poll(poll.id).state == .open)
        try tmux.send("Enter")
        try tmux.waitFor("Base : 0 votant")
        try app.conseil(["vote", poll.id, "Médiathèque", "--member", "m01"])
        try tmux.waitFor("Base : 1 votant (1 bulletin)", "100,00 %")
    }
}
