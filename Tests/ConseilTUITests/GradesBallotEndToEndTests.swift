import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// A member grades the options of a majority-judgment poll on the ballot screen of the real
/// binary in tmux, and the interface's results screen shows the merit profiles.
@Suite(
    "End to end: voting on a grades ballot in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(2))
)
struct GradesBallotEndToEndTests {
    @Test func aMemberGradesEachOptionOnTheGrid() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let poll =
            try app.conseil([
                "poll", "new", app.fixture.session, "--kind", "grades", "--question",
                "Quels projets financer ?",
                "--option", "Fablab", "--option", "Café numérique", "--option", "Repair café", "--member",
                "anne",
            ]).split(separator: "\n").last.map(String.init) ?? ""
        try app.conseil(["poll", "open", poll, "--member", "anne"])

        let ballot = try app.ballotScreen(poll: poll, member: "m35")
        try ballot.waitFor("Quels projets financer ?", "1 2 3 4 5 6 7", timeout: 30)
        // Fablab: → twice from ungraded, Très bien. Café: the digit 3, Bien. Repair café: ungraded.
        try ballot.send("Right")
        try ballot.send("Right")
        try ballot.waitFor("Fablab : Très bien", timeout: 30)
        try ballot.send("Down")
        try ballot.send("3")
        try ballot.waitFor("Café numérique : Bien", timeout: 30)
        try ballot.send("Enter")
        try ballot.waitFor("vote enregistré : Très bien, Bien", timeout: 30)

        let stored = app.fixture.root.ballots(of: try app.fixture.root.poll(poll)).values
        #expect(stored.map(\.answers) == [["Très bien", "Bien", ""]])
        let results = try app.conseil(["poll", "results", poll])
        #expect(results.contains("1. Fablab"), "\(results)")
        #expect(results.contains("3. Repair café"), "\(results)")

        // The interface's polls screen: the merit profiles as stacked bars.
        let pane = app.pane
        try pane.waitFor("Le numérique dans nos quartiers", timeout: 30)
        try pane.send("2")
        try pane.waitFor("Quels projets financer ?", timeout: 30)
        let polls = app.fixture.root.polls(session: app.fixture.session).values
        let index = try #require(polls.firstIndex { $0.id == poll })
        for _ in 0..<index { try pane.send("j") }
        try pane.send("Enter")
        try pane.waitFor("Profils de mérite", "1. Fablab", "2222222222", timeout: 30)
    }
}
