import Foundation
import TestSupport
import Testing

/// A member reads the minutes to their last line at 80×24 in the real binary in tmux.
@Suite(
    "End to end: reading the minutes page by page in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"), .timeLimit(.minutes(2))
)
struct MinutesScrollEndToEndTests {
    @Test func spaceTurnsPagesToTheLastLineAndHomeComesBack() throws {
        let app = try LiveApp(width: 80, height: 24)
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers", timeout: 30)
        try tmux.send("3")
        try tmux.waitFor("▶ Compte rendu — Séminaire numérique", "Présences", timeout: 30)
        for _ in 0..<3 { try tmux.send("Space") }
        let end = try tmux.waitFor("the last line on the last row", timeout: 30) { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count > 22 && rows[22] == "   3. Questions diverses"
        }
        #expect(end.contains("Base : 8 votants (8 bulletins)"))
        #expect(!end.contains("|---"), "no Markdown on screen")
        try tmux.send("Home")
        try tmux.waitFor("▶ Compte rendu — Séminaire numérique", "Présences", timeout: 30)
        try tmux.send("End")
        try tmux.waitFor("   3. Questions diverses", timeout: 30)
        try tmux.send("PPage")
        try tmux.waitFor("Réponse  Voix", timeout: 30)
    }
}
