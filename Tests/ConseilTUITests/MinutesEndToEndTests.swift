import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// The secretary writes a note in the real binary in tmux; it must be on disk as typed.
@Suite(
    "End to end: writing the minutes in tmux", .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(1))
)
struct MinutesEndToEndTests {
    @Test func aNoteTypedInTheEditorIsOnDisk() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("3")
        try tmux.waitFor("Présences")
        try tmux.send("Tab", "n")
        try tmux.waitFor("Note — ")
        try tmux.send("Élus présents : « tiers-lieu » d'abord", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("enregistré à")
        try tmux.send("Escape")
        try tmux.waitFor("« tiers-lieu » d'abord")
        let entries = app.fixture.root.minutesEntries(session: app.fixture.session).values
        #expect(entries.contains { $0.body == "Élus présents : « tiers-lieu » d'abord" && $0.kind == .note })
    }
}
