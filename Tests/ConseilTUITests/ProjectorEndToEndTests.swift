import ConseilCore
import Foundation
import TestSupport
import Testing

/// The reveal steps and moderation on the real binary in tmux, with a second pane running
/// `conseil projector` the way a wall terminal would.
@Suite(
    "End to end: the projector and moderation in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(2))
)
struct ProjectorEndToEndTests {
    @Test func theFacilitatorRevealsTheQuestionThenTheCountThenTheResults() throws {
        let app = try LiveApp(width: 120, height: 40)
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2", "p")
        // The question comes alone, in large letters.
        var screen = try tmux.waitFor("Le vote est ouvert", "· Oui ·", "· Non ·")
        #expect(!screen.contains("15 votes"), "the question comes alone:\n\(screen)")
        try tmux.send("Right")
        screen = try tmux.waitFor("34 des 23 présents ont voté")
        #expect(!screen.contains("15 votes"))
        try tmux.send("Right")
        screen = try tmux.waitFor("Oui  15 votes", "Non  19 votes", "34 votants · 23 présents")
        try tmux.send("Left")
        screen = try tmux.waitFor("34 des 23 présents ont voté")
        #expect(!screen.contains("15 votes"), "a key back hides the results again")
        try tmux.send("q")
        try tmux.waitFor(format: "pane_dead", toBe: "1")
    }

    @Test func anAnswerHiddenOnTheLaptopLeavesTheWall() throws {
        let app = try LiveApp(width: 120, height: 40)
        defer { app.tmux.kill() }
        let variables = LiveApp.environment(app.fixture).map { "\($0.key)='\($0.value)'" }.sorted()
            .joined(separator: " ")
        let wall = try app.tmux.open(
            "env -i TERM=\"$TERM\" \(variables) '\(app.binary)' projector \(CouncilFixture.wordsPoll)")
        try wall.waitFor("Le vote est ouvert")
        try wall.send("Right", "Right")
        try wall.waitFor("logiciels libres", "Sobriété")

        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2", "j", "Enter")
        try tmux.waitFor(CouncilFixture.wordsQuestion, "Sobriété")
        // The last answer (ties in French order): ↓ past the end stays on it.
        for _ in 0..<8 { try tmux.send("Down") }
        try tmux.send("h")
        try tmux.waitFor("[masquée] Sobriété")
        let screen = try wall.waitFor("the wall without the hidden answer") {
            !$0.contains("Sobriété") && $0.contains("logiciels libres")
        }
        #expect(screen.contains(CouncilFixture.wordsQuestion))
        let results = try app.conseil(["poll", "results", CouncilFixture.wordsPoll, "--format", "json"])
        #expect(
            results.contains("\"hiddenAnswers\" : 1") || results.contains("\"hiddenAnswers\":1"), "\(results)"
        )

        // h on the hidden answer shows it again, on the laptop and on the wall.
        try tmux.send("h")
        try wall.waitFor("Sobriété")
    }
}
