import ConseilCore
import ConseilTUI
import Testing

@testable import ConseilStore

/// Nothing typed is lost and nothing irreversible happens by accident: driven by keys through
/// the real App on a real data root, so that what the store refuses or writes is checked too.
@Suite("Forms keep what was typed; the cursor follows its record; closing and adopting ask first")
struct KeepWorkTests {
    @Test func aRefusedPollFormStaysOpenWithTheErrorBesideItsField() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let before = fixture.root.polls(session: fixture.session).values.count
        app.play("2N<Right><Tab>Où installer le tiers-lieu ?<Tab>Mairie<C-s>")
        let form = try #require(app.state.form, "the form stays open")
        #expect(form.text(1) == "Où installer le tiers-lieu ?")
        #expect(form.text(2) == "Mairie")
        #expect(form.focus == 2, "the cursor goes to the field at fault")
        let screen = app.render().text
        #expect(screen.contains("Options (séparées par ;) : un scrutin à choix demande de 2 à 20 options"))
        #expect(!screen.contains("--"), "the interface names no command-line flag")
        #expect(fixture.root.polls(session: fixture.session).values.count == before, "nothing written")
        // Mending the field and submitting again creates the poll with everything typed before.
        app.play(";Médiathèque<C-s>")
        #expect(app.state.form == nil)
        let poll = try #require(
            fixture.root.polls(session: fixture.session).values.first {
                $0.question == "Où installer le tiers-lieu ?"
            })
        #expect(poll.options == ["Mairie", "Médiathèque"])
        #expect(app.state.selectedPoll?.poll.id == poll.id, "▶ stands on the poll just made")
    }

    @Test(arguments: [
        ("1+Un point<Tab>5000<C-s>", "Durée (minutes) : durée prévue"),
        ("1+   <Tab>10<C-s>", "Titre : le titre doit faire"),
    ])
    func aRefusedAgendaFormKeepsItsFields(keys: String, says: String) throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let before = fixture.root.agenda(session: fixture.session).values.count
        app.play(keys)
        #expect(app.state.form != nil)
        #expect(app.render().text.contains(says), "\(app.render().text)")
        #expect(fixture.root.agenda(session: fixture.session).values.count == before)
    }

    @Test func aRefusedShowOfHandsKeepsTheCounts() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        // A single-choice show of hands of nobody at all is refused, the counts stay typed.
        let index = app.state.data.polls.firstIndex { $0.poll.id == CouncilFixture.yesNoPoll } ?? 0
        app.play("2" + String(repeating: "j", count: index) + "m0<Tab>0<Enter>")
        let form = try #require(app.state.form)
        #expect(form.text(0) == "0")
        #expect(app.render().text.contains("main levée vide"))
    }

    @Test func theCursorFollowsAProposalThatMovesInTheList() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("4j")
        let chosen = try #require(app.state.selectedProposal?.proposal.id)
        #expect(app.state.selected == 1)
        // A status change makes it the most recently updated: it moves to the top of the list.
        app.play("t<Enter><C-s><Esc>")
        #expect(app.state.data.proposals.first?.proposal.id == chosen)
        #expect(app.state.selectedProposal?.proposal.id == chosen, "▶ is still on the proposal changed")
        #expect(app.state.selected == 0)
    }

    @Test func movingInAPollsDetailLeavesTheListCursorAlone() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let index = app.state.data.polls.firstIndex { $0.poll.id == CouncilFixture.yesNoPoll } ?? 0
        app.play("2" + String(repeating: "j", count: index) + "<Enter>j")
        app.play("<Esc>")
        #expect(app.state.selectedPoll?.poll.id == CouncilFixture.yesNoPoll)
    }

    @Test func closingAPollAsksFirst() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let index = app.state.data.polls.firstIndex { $0.poll.id == CouncilFixture.yesNoPoll } ?? 0
        app.play("2" + String(repeating: "j", count: index) + "c")
        #expect(app.render().text.contains("Clore « Faut-il ouvrir un tiers-lieu"))
        app.play("n")
        #expect(try fixture.root.poll(CouncilFixture.yesNoPoll).state == .open, "no: still open")
        #expect(app.render().text.contains("Annulé"))
        // From the projector view too.
        app.play("pc")
        #expect(app.render().text.contains("Plus personne ne pourra voter"))
        app.play("o")
        #expect(try fixture.root.poll(CouncilFixture.yesNoPoll).state == .closed)
    }

    @Test func adoptingTheMinutesAsksFirst() throws {
        let fixture = try CouncilFixture()
        for poll in fixture.root.polls(session: fixture.session).values where poll.state == .open {
            _ = try UseCases(root: fixture.root, actor: .administrator, now: CouncilFixture.now).closePoll(
                poll.id)
        }
        let app = try App.onFixture(fixture)
        app.play("3A")
        #expect(app.render().text.contains("Adopter le compte rendu ?"))
        app.play("<Esc>")
        #expect((try fixture.root.minutesStatus(session: fixture.session)).state == .draft)
        app.play("A<Enter>")
        #expect((try fixture.root.minutesStatus(session: fixture.session)).state == .adopted)
    }

    @Test func escapeOverAFailedSaveKeepsTheTextOnScreen() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("3nLe quartier Nord demande un atelier")
        // Meanwhile the minutes are adopted elsewhere: the session no longer takes changes.
        for poll in fixture.root.polls(session: fixture.session).values where poll.state == .open {
            _ = try UseCases(root: fixture.root, actor: .administrator, now: CouncilFixture.now).closePoll(
                poll.id)
        }
        _ = try UseCases(root: fixture.root, actor: .administrator, now: CouncilFixture.now).adoptMinutes(
            session: fixture.session)
        app.play("<Esc>")
        #expect(app.state.editor?.editor.text == "Le quartier Nord demande un atelier", "the text is kept")
        #expect(app.state.editor?.dirty == true)
        #expect(app.render().text.contains("Le quartier Nord demande un atelier"))
    }
}
