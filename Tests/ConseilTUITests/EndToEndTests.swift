import ConseilCore
import Foundation
import TestSupport
import Testing

/// The real binary in tmux: keys go in with `send-keys`, the screen comes back with
/// `capture-pane`, and every check waits for what the screen must show.
@Suite(
    "End to end: conseil in tmux", .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(1))
)
struct EndToEndTests {
    @Test func screensResizeAndQuit() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor(
            "Conseil local du numérique de Rennes · Séminaire numérique", "Le numérique dans nos quartiers")
        try tmux.send("2")
        try tmux.waitFor("Votes  Question", CouncilFixture.wordsQuestion)
        try tmux.send("3")
        try tmux.waitFor("Compte rendu — Séminaire numérique", "Présences")
        try tmux.send("4")
        try tmux.waitFor("3 proposition(s)", "Ateliers numériques pour les seniors")
        try tmux.send("1")
        try tmux.waitFor("Prévu    Passé", "Questions diverses")

        try tmux.send("2", "Enter")
        let wide = try tmux.waitFor("44,12 %", "55,88 %")
        #expect(Self.barCells(wide, "Oui") == 40, "at 100 columns the bars are 40 cells wide")

        try tmux.resize(width: 60, height: 20)
        try tmux.waitFor("Fenêtre trop petite", "60×20 < 80×24")
        try tmux.resize(width: 80, height: 24)
        let narrow = try tmux.waitFor("the poll redrawn at 80×24") { screen in
            screen.contains("44,12 %") && Self.barCells(screen, "Oui") == 28
        }
        let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 24)
        #expect(lines[23].contains("? aide  q quitter"), "the hint bar is on the last row")
        #expect(!narrow.contains("Fenêtre trop petite"))

        #expect(try tmux.format("pane_dead") == "0")
        #expect(try tmux.format("alternate_on") == "1")
        try tmux.send("q")
        try tmux.waitFor(format: "pane_dead", toBe: "1")
        #expect(try tmux.format("alternate_on") == "0", "the terminal's normal screen is back")
        // After conseil, the pane's shell printed its status and the terminal modes.
        let after = try tmux.history()
        #expect(after.contains("conseil exited 0"))
        #expect(after.contains(" icanon") && !after.contains("-icanon"), "canonical mode restored:\n\(after)")
        #expect(after.contains(" echo ") && !after.contains("-echo "), "echo restored:\n\(after)")
        #expect(!(try tmux.screen()).contains("44,12 %"))
    }

    @Test func ballotsFromAnotherProcessShowWithoutAKey() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2", "Enter")
        try tmux.waitFor("Base : 34 votants (34 bulletins)", "44,12 %")

        try app.conseil(["vote", CouncilFixture.yesNoPoll, "Oui", "--member", CouncilFixture.freshVoters[0]])
        let voted = Date()
        var screen = try tmux.waitFor("Base : 35 votants (35 bulletins)", "45,71 %", "54,29 %")
        // The screen polls the files every 250 ms; one second is promised, two leave room for a busy machine.
        #expect(Date().timeIntervalSince(voted) < 2)
        #expect(Self.count(screen, "Oui") == 16)
        #expect(Self.count(screen, "Non") == 19)

        try app.conseil(["vote", CouncilFixture.yesNoPoll, "Non", "--member", CouncilFixture.freshVoters[1]])
        screen = try tmux.waitFor("Base : 36 votants (36 bulletins)", "44,44 %", "55,56 %")
        #expect(Self.count(screen, "Non") == 20)

        // A member who votes again replaces the ballot: the base stays, the counts move.
        try app.conseil(["vote", CouncilFixture.yesNoPoll, "Non", "--member", "m01"])
        screen = try tmux.waitFor("Base : 36 votants (36 bulletins)", "41,67 %", "58,33 %")
        #expect(Self.count(screen, "Oui") == 15)

        // The projector counts them too.
        try tmux.send("p")
        try tmux.waitFor("36 votants · 23 présents · ouvert", "Le vote est ouvert")
    }

    @Test func changeAProposalStatus() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        let events = app.fixture.root.proposalsPath + "/\(CouncilFixture.seniors)/events"
        let before = try FileManager.default.contentsOfDirectory(atPath: events)
        #expect(before.count == 3)
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("4")
        try tmux.waitFor("3 proposition(s)")
        try tmux.send("Enter")
        try tmux.waitFor("Historique", "Deux ateliers ont eu lieu")
        try tmux.send("t")
        try tmux.waitFor("Nouveau statut (depuis « en cours »)", "▶ réalisée", "abandonnée")
        try tmux.send("Enter")
        try tmux.waitFor("Passer à « réalisée »", "Note (facultative)")
        try tmux.send("Bilan présenté en séance", literal: true)
        try tmux.send("Enter", "Enter", "Enter")
        try tmux.waitFor("Statut enregistré : réalisée", "réalisée · 100 %", "Bilan présenté en séance")

        let after = try FileManager.default.contentsOfDirectory(atPath: events)
        let added = Set(after).subtracting(before)
        #expect(added.count == 1)
        let file = try #require(added.first)
        let record = try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: events + "/" + file)))
        let event = try #require(record as? [String: Any])
        #expect(event["status"] as? String == "realisee")
        #expect(event["by"] as? String == "admin")
        #expect(event["note"] as? String == "Bilan présenté en séance")
        #expect(event["at"] as? String == CouncilFixture.now.description)

        let shown = try JSONSerialization.jsonObject(
            with: Data(try app.conseil(["proposal", "show", CouncilFixture.seniors, "--json"]).utf8))
        let proposal = try #require(shown as? [String: Any])
        #expect(proposal["status"] as? String == "realisee")
        #expect(proposal["progress"] as? Int == 100)
        #expect((proposal["history"] as? [Any])?.count == 4)
    }

    static let barGlyphs = "█▏▎▍▌▋▊▉░"

    /// The cells of the bar on the results row of `label` (full, partial and empty blocks).
    static func barCells(_ screen: String, _ label: String) -> Int? {
        guard let row = resultRow(screen, label) else { return nil }
        return row.filter { barGlyphs.contains($0) }.count
    }

    /// The count printed after the bar on the results row of `label`.
    static func count(_ screen: String, _ label: String) -> Int? {
        guard let row = resultRow(screen, label) else { return nil }
        let afterBar = row.drop { !barGlyphs.contains($0) }.drop { barGlyphs.contains($0) }
        return afterBar.split(separator: " ").first.flatMap { Int($0) }
    }

    static func resultRow(_ screen: String, _ label: String) -> Substring? {
        screen.split(separator: "\n").first { $0.hasPrefix("   \(label) ") }
    }
}
