import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// The interface under `LANG=C` (a terminal without UTF-8, common over SSH), in tmux: text
/// transliterated rather than lost, accents typed still arrive, overlays leave nothing behind,
/// the ballot's radio mark is drawn.
@Suite(
    "End to end: a terminal without UTF-8 (LANG=C) in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"), .timeLimit(.minutes(2))
)
struct AsciiTerminalEndToEndTests {
    @Test func accentedTextIsTransliteratedNotDropped() throws {
        let app = try LiveApp(extra: ["LANG": "C"])
        defer { app.tmux.kill() }
        let screen = try app.pane.waitFor(
            "Seminaire numerique", "Le numerique dans nos quartiers", timeout: 30)
        let dropped = screen.contains("Sminaire") || screen.contains("numrique")
        #expect(!dropped, "\(screen)")
        #expect(screen.allSatisfy({ $0.isASCII }), "only ASCII reaches a terminal without UTF-8:\n\(screen)")
    }

    /// tmux sends « Réunion » as UTF-8 bytes: each letter reaches the note, and the keys after it too.
    @Test func typedAccentsReachTheNote() throws {
        let app = try LiveApp(extra: ["LANG": "C"])
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numerique dans nos quartiers", timeout: 30)
        try tmux.send("3")
        try tmux.waitFor("Presences", timeout: 30)
        try tmux.send("n")
        try tmux.waitFor("Note - ", timeout: 30)
        try tmux.send("Réunion « élue »", literal: true)
        try tmux.waitFor("Reunion \" elue \"", timeout: 30)
        try tmux.send("C-s")
        try tmux.waitFor("enregistre a", timeout: 30)
        let entries = app.fixture.root.minutesEntries(session: app.fixture.session).values
        #expect(entries.contains { $0.body == "Réunion « élue »" }, "\(entries.map(\.body))")
    }

    /// An overlay opened and closed leaves the screen exactly as drawn without it, and Ctrl-R
    /// redraws every cell.
    @Test func closingAnOverlayLeavesNothingBehind() throws {
        let app = try LiveApp(extra: ["LANG": "C"])
        defer { app.tmux.kill() }
        let tmux = app.pane
        let before = try tmux.waitFor("Le numerique dans nos quartiers", timeout: 30)
        try tmux.send("S")
        try tmux.waitFor("Choisir la seance", timeout: 30)
        try tmux.send("Escape")
        let after = try tmux.waitFor("the picker gone", timeout: 30) { !$0.contains("Choisir la seance") }
        #expect(after == before, "\n\(Golden.difference(expected: before, actual: after))")
        try tmux.send("4")
        try tmux.waitFor("Propositions", "3 proposition(s)", timeout: 30)
        try tmux.send("Enter")
        try tmux.waitFor("Historique", timeout: 30)
        try tmux.send("Escape", "1")
        let back = try tmux.waitFor("the agenda again", timeout: 30) {
            $0.contains("Le numerique dans nos quartiers") && !$0.contains("Historique")
        }
        #expect(back == before, "\n\(Golden.difference(expected: before, actual: back))")
        try tmux.send("C-r")
        try tmux.waitFor("Le numerique dans nos quartiers", timeout: 30)
        let redrawn = try tmux.screen()
        #expect(redrawn == before)
    }

    @Test func theBallotDrawsItsRadioMark() throws {
        let app = try LiveApp(extra: ["LANG": "C"])
        defer { app.tmux.kill() }
        let variables = LiveApp.environment(app.fixture).merging(["LANG": "C"]) { $1 }.map {
            "\($0.key)='\($0.value)'"
        }
        .sorted()
        .joined(separator: " ")
        let ballot = try app.tmux.open(
            "env -i TERM=\"$TERM\" \(variables) '\(app.binary)' vote \(CouncilFixture.yesNoPoll) --member m35"
        )
        try ballot.waitFor("( ) Oui", "( ) Non", timeout: 30)
        try ballot.send("Space")
        try ballot.waitFor("(*) Oui", timeout: 30)
    }
}
