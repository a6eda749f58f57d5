import ConseilCore
import ConseilTUI
import Testing

@testable import ConseilStore

/// Tasks that used to need the command line, done from the keyboard through the real App:
/// what each writes is read back from the data root.
@Suite("From the keyboard: new session and its state, new proposal, a follow-up without a status change")
struct ShellFreeTasksTests {
    @Test func aNewSessionFromThePickerIsCreatedAndShown() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("S")
        #expect(app.render().text.contains("N nouvelle"))
        app.play("NSéance de décembre<Tab><C-u>2017-12-15<Tab>Maison de quartier<C-s>")
        #expect(app.state.form == nil)
        let created = try #require(fixture.root.sessions().values.first { $0.title == "Séance de décembre" })
        #expect(created.date == CalendarDay("2017-12-15"))
        #expect(created.place == "Maison de quartier")
        #expect(app.state.data.session?.id == created.id, "the new session is the one shown")
    }

    @Test func aBadDateIsRefusedBesideItsField() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        let before = fixture.root.sessions().values.count
        app.play("SNSéance<Tab><C-u>15/12/2017<C-s>")
        #expect(app.state.form?.text(1) == "15/12/2017")
        #expect(app.render().text.contains("Date (AAAA-MM-JJ) : date invalide"))
        #expect(fixture.root.sessions().values.count == before)
    }

    @Test func theSessionMovesOnFromPlannedToRunningToClosed() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("1E")
        #expect(try fixture.root.session(fixture.session).state == .running)
        app.play("E")
        #expect(app.render().text.contains("Clore la séance"))
        app.play("n")
        #expect(try fixture.root.session(fixture.session).state == .running)
        app.play("Eo")
        #expect(try fixture.root.session(fixture.session).state == .closed)
    }

    @Test func aNewProposalWithItsOwnerThemeAndReview() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("4N")
        #expect(app.render().text.contains("Nouvelle proposition"))
        app.play(
            "Bornes de recharge<Tab>Mobilité<Tab>Deux bornes place des Lices<Tab>marc<Tab>2018-01-15<C-s>")
        #expect(app.state.form == nil, "\(app.render().text)")
        let record = try #require(
            fixture.root.proposals().values.first { $0.proposal.title == "Bornes de recharge" })
        #expect(record.proposal.owner == "marc")
        #expect(record.proposal.theme == "Mobilité")
        #expect(record.proposal.description == ["Deux bornes place des Lices"])
        #expect(record.status == .submitted)
        #expect(record.history.last?.review == CalendarDay("2018-01-15"))
        #expect(app.state.selectedProposal?.proposal.id == record.proposal.id, "▶ stands on it")
    }

    @Test func anUnknownOwnerIsRefusedBesideItsField() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("4NBornes<Tab><Tab><Tab>personne<C-s>")
        #expect(app.render().text.contains("Responsable (identifiant, facultat"), "\(app.render().text)")
        #expect(app.render().text.contains("membre inconnu"))
        #expect(!fixture.root.proposals().values.contains { $0.proposal.title == "Bornes" })
    }

    @Test func progressWithoutAStatusChange() throws {
        let fixture = try CouncilFixture()
        let app = try App.onFixture(fixture)
        app.play("4")
        let index = try #require(
            app.state.visibleProposals.firstIndex { $0.proposal.id == CouncilFixture.seniors })
        app.play(String(repeating: "j", count: index) + "t")
        #expect(app.render().text.contains("suivi (reste « en cours »)"))
        // The follow-up is the last choice: en cours → réalisée, abandonnée, suivi.
        app.play("jj<Enter>Trois ateliers de plus<Tab>90<C-s>")
        let record = try #require(
            fixture.root.proposals().values.first { $0.proposal.id == CouncilFixture.seniors })
        #expect(record.status == .inProgress)
        #expect(record.history.last?.progress == 90)
        #expect(record.history.last?.note == "Trois ateliers de plus")
    }

    @Test func aMemberMayNotCreateASessionOrAProposal() throws {
        let fixture = try CouncilFixture()
        let member = try #require(fixture.root.requireCouncil().member("marc"))
        let app = try App.onFixture(fixture, member: member)
        app.play("S")
        #expect(!app.render().text.contains("N nouvelle"))
        app.play("N<Esc>4N")
        #expect(app.state.form == nil)
        #expect(fixture.root.sessions().values.count == 1)
    }
}
