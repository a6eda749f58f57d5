import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// The ballot of the real binary in a 40×12 tmux window (issue 9, item 6): options that do
/// not fit scroll with « ↓ plus » / « ↑ plus » markers, and messages wrap instead of being cut.
@Suite(
    "End to end: the ballot at 40×12 in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(2))
)
struct SmallBallotEndToEndTests {
    static let options = ["Formation", "Emploi", "Santé", "Culture", "Mobilité", "Logement"]

    @Test func optionsScrollWithMarkersAndMessagesWrap() throws {
        let app = try LiveApp(width: 40, height: 12)
        defer { app.tmux.kill() }
        let poll =
            try app.conseil(
                [
                    "poll", "new", app.fixture.session, "--kind", "multi", "--max-answers", "2", "--question",
                    "Quelles priorités pour le quartier ?",
                ] + Self.options.flatMap { ["--option", $0] } + ["--member", "anne"]
            ).split(separator: "\n").last.map(String.init) ?? ""
        try app.conseil(["poll", "open", poll, "--member", "anne"])

        let ballot = try app.ballotScreen(poll: poll, member: "m35")
        try ballot.resize(width: 40, height: 12)
        var screen = try ballot.waitFor("[ ] Formation", "↓ plus", timeout: 30)
        #expect(!screen.contains("Logement") && !screen.contains("↑ plus"), "\(screen)")
        // Down to the last option: it shows, and the marker above says the first ones are there.
        for _ in 1..<Self.options.count { try ballot.send("Down") }
        screen = try ballot.waitFor("▶ [ ] Logement", "↑ plus", timeout: 30)
        #expect(!screen.contains("↓ plus") && !screen.contains("Formation"), "\(screen)")
        #expect(screen.split(separator: "\n").count <= 12)
        // A third tick is refused: the whole message reads, wrapped over two rows.
        try ballot.send("Space")
        try ballot.send("Up")
        try ballot.send("Space")
        try ballot.send("Up")
        try ballot.send("Space")
        screen = try ballot.waitFor("2 réponses au plus", "d'abord", timeout: 30)
        #expect(!screen.contains("…"), "\(screen)")
        try ballot.send("Enter")
        try ballot.waitFor("vote enregistré", timeout: 30)
        let stored = app.fixture.root.ballots(of: try app.fixture.root.poll(poll)).values
        #expect(stored.map(\.answers) == [["Mobilité", "Logement"]])
    }
}
