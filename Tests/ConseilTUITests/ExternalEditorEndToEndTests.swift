import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// Ctrl-O hands the terminal to a real `vi` (no $EDITOR set, as on a fresh account): it must
/// show, take keys, and give back a text that conseil saves and redraws.
@Suite(
    "End to end: Ctrl-O opens a real vi in the foreground",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/vi"), "vi is not installed"),
    .timeLimit(.minutes(1))
)
struct ExternalEditorEndToEndTests {
    @Test func viEditsTheNoteAndConseilSavesIt() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("3")
        try tmux.waitFor("Présences")
        try tmux.send("n")
        try tmux.waitFor("Note — ")
        try tmux.send("Bonjour", literal: true)
        try tmux.send("C-o")
        // vi shows the text, in the foreground: its empty-line markers fill the screen.
        try tmux.waitFor("Bonjour", "~")
        try tmux.send("A")
        try tmux.send(" à toutes et à tous", literal: true)
        try tmux.send("Escape")
        try tmux.send(":wq", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("Bonjour à toutes et à tous", "Enregistré")
        let entries = app.fixture.root.minutesEntries(session: app.fixture.session).values
        #expect(entries.contains { $0.body == "Bonjour à toutes et à tous" && $0.kind == .note })
    }
}
