import ConseilCore
import ConseilTUI
import Testing

@testable import ConseilStore

/// Agenda items with a presenter and deleted, draft polls edited and deleted, shows of hands for
/// word clouds and taken back, a member's vote: from the keyboard through the real App, each
/// result read back from the data root.
@Suite("From the keyboard: agenda items, draft polls, shows of hands, a member's vote")
struct RecordTasksTests {
    static let marc = Member(id: "marc", name: "Marc Membre", role: .member)

    @Test func anItemWithItsPresenterIsAddedEditedAndShown() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("1NAteliers vélo<Tab>20<Tab>marc<C-s>")
        #expect(app.state.form == nil, "\(app.render().text)")
        let item = try #require(fixture.root.agenda(session: fixture.session).values.last)
        #expect(item.title == "Ateliers vélo" && item.presenter == "marc")
        #expect(app.render().text.contains("Ateliers vélo — Marc Membre"))
        app.play("e<Tab><Tab><C-u>anne<C-s>")
        #expect(try fixture.root.agendaItem(item.id).presenter == "anne")
        app.play("e<Tab><Tab><C-u><C-s>")
        #expect(try fixture.root.agendaItem(item.id).presenter == nil, "an empty field names nobody")
    }

    @Test func anUnknownPresenterIsRefusedBesideItsField() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let before = fixture.root.agenda(session: fixture.session).values.count
        app.play("1NAteliers<Tab><Tab>personne<C-s>")
        #expect(app.state.form?.text(2) == "personne")
        #expect(app.render().text.contains("membre inconnu"), "\(app.render().text)")
        #expect(fixture.root.agenda(session: fixture.session).values.count == before)
    }

    @Test func anItemNotTakenUpIsDeletedOnceConfirmed() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("1jjD")
        #expect(app.render().text.contains("Supprimer le point « Questions diverses »"))
        app.play("n")
        #expect(fixture.root.agenda(session: fixture.session).values.count == 3, "any other key keeps it")
        app.play("<Del>o")
        #expect(
            fixture.root.agenda(session: fixture.session).values.map(\.id) == ["i1-accueil", "i2-quartiers"])
        #expect(app.state.message?.fr == "Point supprimé : Questions diverses")
    }

    @Test func anItemTakenUpOrWithPollsStays() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("1jDo")
        #expect(app.state.message?.fr.contains("a été abordé : il reste à l'ordre du jour") == true)
        #expect(fixture.root.agenda(session: fixture.session).values.count == 3)
    }

    @Test func aNewPollGoesUnderTheItemUnderWayAndADraftIsEditedThenDeleted() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("2N<Tab>Un local pour le fablab ?<C-s>")
        let created = try #require(
            fixture.root.polls(session: fixture.session).values.first {
                $0.question == "Un local pour le fablab ?"
            })
        #expect(created.item == CouncilFixture.runningItem, "the item under way, by default")
        // The agenda item is the form's last field: → moves it to « Questions diverses ».
        app.play(
            "e<Tab><C-u>Un local pour le fablab, rue Hoche ?" + String(repeating: "<Tab>", count: 12)
                + "<Right><C-s>")
        #expect(app.state.form == nil, "\(app.render().text)")
        let edited = try fixture.root.poll(created.id)
        #expect(edited.question == "Un local pour le fablab, rue Hoche ?")
        #expect(edited.item == "i3-divers")
        #expect(edited.createdAt == created.createdAt && edited.state == .draft)
        app.play("D")
        #expect(app.render().text.contains("Supprimer le brouillon"))
        app.play("o")
        #expect((try? fixture.root.poll(created.id)) == nil)
        #expect(app.state.message?.fr.hasPrefix("Brouillon supprimé") == true)
    }

    @Test func anOpenPollIsNeitherEditedNorDeleted() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("2e")
        #expect(app.state.form == nil)
        #expect(
            app.state.message?.fr.contains("ce scrutin est ouvert : seul un brouillon peut être modifié")
                == true)
        app.play("D")
        #expect(app.state.confirmation == nil)
        #expect(app.state.message?.fr.contains("seul un brouillon peut être supprimé") == true)
        #expect(try fixture.root.poll(CouncilFixture.yesNoPoll).state == .open)
    }

    @Test func aWordPollTakesAShowOfHandsAndAWrongOneIsTakenBack() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let poll = try fixture.root.poll(CouncilFixture.wordsPoll)
        app.play("2jm")
        #expect(app.render().text.contains("Mots et mains"), "\(app.render().text)")
        app.play("Vélo=5 ; partage=3<Tab>6<C-s>")
        #expect(app.state.form == nil, "\(app.render().text)")
        let counts = fixture.root.handCounts(of: poll).values
        #expect(counts.count == 1 && counts.first?.counts == ["Vélo": 5, "partage": 3])
        #expect(counts.first?.voters == 6)
        app.play("M")
        #expect(app.render().text.contains("Retirer la dernière main levée"))
        app.play("o")
        #expect(fixture.root.handCounts(of: poll).values.isEmpty)
        #expect(app.state.message?.fr == "Main levée retirée : 6 personnes")
    }

    @Test func anUnreadableWordCountStaysInTheForm() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("2jmVélo cinq<Tab>6<C-s>")
        #expect(app.state.form?.text(0) == "Vélo cinq")
        #expect(app.render().text.contains("décompte illisible"), "\(app.render().text)")
        #expect(!app.render().text.contains("--"), "no command-line flag in the interface's words")
        #expect(fixture.root.handCounts(of: try fixture.root.poll(CouncilFixture.wordsPoll)).values.isEmpty)
    }

    @Test func aMemberVotesWithEnterAndComesBackToThePolls() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture, member: Self.marc)
        try vote(app, fixture)
    }

    @Test func aMemberVotesInARestrictedSession() throws {
        let fixture = try CouncilFixture()
        let app = try App(
            root: fixture.root, member: Self.marc, language: .fr, width: 100, height: 30,
            now: CouncilFixture.now, unicode: true, restricted: true)
        app.suspendTerminal = { _ in Issue.record("the terminal was handed to another program") }
        try vote(app, fixture)
    }

    private func vote(_ app: App, _ fixture: CouncilFixture) throws {
        app.play("2")
        #expect(app.render().text.contains("v voter"), "the hint bar offers the vote")
        app.play("<Enter>")
        #expect(app.render().text.contains(CouncilFixture.yesNoQuestion))
        #expect(app.render().text.contains("Oui"))
        app.play(" <Enter>")
        let poll = try fixture.root.poll(CouncilFixture.yesNoPoll)
        #expect(fixture.root.recordedAnswers(poll: poll, member: "marc") == ["Oui"])
        app.play("q")
        #expect(app.state.message?.fr == "Vote enregistré : Oui")
        #expect(app.render().text.contains("Vote enregistré : Oui"))
        #expect(app.state.screen == .polls && app.state.openPoll == nil)
    }

    @Test func theFacilitatorsEnterShowsResultsAndVKeyVotes() throws {
        let fixture = try CouncilFixture()
        let anne = Member(id: "anne", name: "Anne Animatrice", role: .facilitator)
        let app = try App.onFixture(fixture, member: anne)
        app.play("2<Enter>")
        #expect(
            app.state.openPoll == CouncilFixture.yesNoPoll, "Enter shows the results to who runs the poll")
        app.play("<Esc>v<Down> <Enter><Esc>")
        #expect(app.state.message?.fr == "Vote enregistré : Non")
    }

    @Test func theAdministratorIsNotOfferedTheVote() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("2")
        #expect(!app.render().text.contains("v voter"))
        app.play("v")
        #expect(app.state.message?.fr.contains("l'administrateur ne vote pas") == true)
    }

    @Test func minutesEntriesAreListedEditedAndDeleted() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("3<Tab><Tab>nPremière note<Esc>aRelancer la mairie<Esc>")
        #expect(fixture.root.minutesEntries(session: fixture.session).values.count == 2)
        app.play("<Enter>")
        #expect(app.render().text.contains("Notes du point"), "\(app.render().text)")
        #expect(app.render().text.contains("Relancer la mairie"))
        // Entries written in the same second are listed by id: find each one's row.
        func row(_ kind: MinutesEntryKind) -> String {
            let entries = (app.state.data.minutes?.sections ?? []).flatMap(\.entries).filter {
                $0.item == CouncilFixture.runningItem
            }
            return String(repeating: "j", count: entries.firstIndex { $0.kind == kind } ?? 0)
        }
        app.play(row(.note) + "e modifiée<Esc>")
        let notes = fixture.root.minutesEntries(session: fixture.session).values
        #expect(notes.first { $0.kind == .note }?.body.contains("modifiée") == true, "\(notes)")
        #expect(notes.count == 2, "editing keeps the entry, under its id")
        app.play("<Enter>" + row(.action) + "D")
        #expect(app.render().text.contains("Supprimer « Relancer la mairie » du compte rendu ?"))
        app.play("o")
        let left = fixture.root.minutesEntries(session: fixture.session).values
        #expect(left.map(\.kind) == [.note])
        #expect(app.state.message?.fr == "Action supprimée")
    }

    @Test func aMemberCannotListEntriesToEditThem() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture, member: Self.marc)
        app.play("3<Enter>")
        #expect(app.state.entryList == nil)
        #expect(app.state.message?.fr.contains("réservé au rôle secrétaire") == true)
    }

    @Test func anActionGetsWhoAndADueDate() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("3<Tab><Tab>aRelancer la mairie<Esc><Enter>w")
        #expect(app.render().text.contains("Qui et pour quand"), "\(app.render().text)")
        app.play("personne<Tab>2017-12-01<C-s>")
        #expect(app.state.form?.text(0) == "personne", "a refusal keeps what was typed")
        #expect(app.render().text.contains("membre inconnu"))
        app.play("<C-u>marc<Tab><C-u>01/12/2017<C-s>")
        #expect(app.render().text.contains("Échéance (AAAA-MM-JJ) :"), "\(app.render().text)")
        app.play("<C-u>2017-12-01<C-s>")
        #expect(app.state.form == nil, "\(app.render().text)")
        let action = try #require(fixture.root.minutesEntries(session: fixture.session).values.first)
        #expect(action.who == "marc" && action.due == CalendarDay("2017-12-01"))
        #expect(action.body == "Relancer la mairie")
        app.play("<Enter>")
        #expect(app.render().text.contains("Relancer la mairie · Marc Membre · 1er décembre 2017"))
    }
}
