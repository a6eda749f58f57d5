import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// A facilitator corrects the agenda and the polls, and a member votes, without the command
/// line: the real binary in tmux, what it writes read back from the data root.
@Suite(
    "End to end: agenda items, draft polls, shows of hands and a vote from the keyboard",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(2))
)
struct RecordTasksEndToEndTests {
    @Test func theFacilitatorCorrectsTheAgendaAndThePolls() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let tmux = app.pane
        let root = app.fixture.root
        let session = app.fixture.session
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("N")
        try tmux.waitFor("Nouveau point de l'ordre du jour")
        try tmux.send("Ateliers vélo", literal: true)
        try tmux.send("Tab", "Tab")
        try tmux.send("marc", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Ateliers vélo — Marc Membre", timeout: 20)
        try tmux.send("D")
        try tmux.waitFor("Supprimer le point « Ateliers vélo » de l'ordre du jour ?")
        try tmux.send("o")
        try tmux.waitFor("Point supprimé : Ateliers vélo", timeout: 20)
        #expect(!root.agenda(session: session).values.contains { $0.title == "Ateliers vélo" })

        try tmux.send("2", "N")
        try tmux.waitFor("Nouveau scrutin (brouillon)")
        try tmux.send("Tab")
        try tmux.send("Un local pour le fablab ?", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Scrutin créé (brouillon)", timeout: 20)
        try tmux.send("e")
        try tmux.waitFor("Modifier le brouillon")
        try tmux.send("Tab", "C-u")
        try tmux.send("Un local rue Hoche ?", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Brouillon modifié", timeout: 20)
        let draft = try #require(
            root.polls(session: session).values.first { $0.question == "Un local rue Hoche ?" })
        #expect(draft.item == CouncilFixture.runningItem)
        try tmux.send("D")
        try tmux.waitFor("Supprimer le brouillon « Un local rue Hoche ? » ?")
        try tmux.send("o")
        try tmux.waitFor("Brouillon supprimé", timeout: 20)
        #expect((try? root.poll(draft.id)) == nil)

        try tmux.send("k", "k", "j", "m")
        try tmux.waitFor("Mots et mains")
        try tmux.send("Vélo=5 ; partage=3", literal: true)
        try tmux.send("Tab")
        try tmux.send("6", literal: true)
        try tmux.send("C-s")
        try tmux.waitFor("Main levée ajoutée : 6 personnes", timeout: 20)
        let words = try root.poll(CouncilFixture.wordsPoll)
        #expect(root.handCounts(of: words).values.count == 1)
        try tmux.send("M")
        try tmux.waitFor("Retirer la dernière main levée")
        try tmux.send("o")
        try tmux.waitFor("Main levée retirée : 6 personnes", timeout: 20)
        #expect(root.handCounts(of: words).values.isEmpty)
    }

    @Test func aMemberVotesFromThePollList() throws {
        let app = try LiveApp(extra: ["CONSEIL_MEMBER": "marc"])
        defer { app.tmux.kill() }
        let tmux = app.pane
        try tmux.waitFor("Le numérique dans nos quartiers")
        try tmux.send("2")
        try tmux.waitFor("v voter")
        try tmux.send("Enter")
        try tmux.waitFor("Oui", "Non", timeout: 20)
        try tmux.send("Space", "Enter")
        try tmux.send("q")
        try tmux.waitFor("Vote enregistré : Oui", timeout: 20)
        let poll = try app.fixture.root.poll(CouncilFixture.yesNoPoll)
        #expect(app.fixture.root.recordedAnswers(poll: poll, member: "marc") == ["Oui"])
    }
}
