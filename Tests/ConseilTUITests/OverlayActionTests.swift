import ConseilCore
import ConseilTUI
import Testing

@testable import ConseilStore

/// The session picker, the attendance list, reordering and word merging, driven by keys
/// through the real App so that what they write to disk is checked too.
@Suite("Session picker, attendance, reordering and word merging")
struct OverlayActionTests {
    private func app(_ fixture: CouncilFixture) throws -> App {
        try App(
            root: fixture.root, member: nil, language: .fr, width: 100, height: 30, now: CouncilFixture.now,
            unicode: true)
    }

    private func play(_ app: App, _ script: String) {
        for key in Key.parse(script: script) { app.handle(.key(key)) }
    }

    @Test func sWithEnterShowsAnotherSession() throws {
        let fixture = try CouncilFixture()
        let other = try UseCases(root: fixture.root, actor: .administrator, now: CouncilFixture.now)
            .createSession(
                title: "Séance de décembre", date: CalendarDay("2017-12-15")!, place: nil)
        let app = try app(fixture)
        #expect(app.state.data.session?.id == fixture.session, "today's session comes first, not a later one")
        play(app, "S")
        #expect(app.render().text.contains("Choisir la séance"))
        play(app, "j<Enter>")
        #expect(app.state.data.session?.id == other.id)
        #expect(app.render().text.contains("Séance de décembre"))
        play(app, "Sk<Enter>")
        #expect(app.state.data.session?.id == fixture.session)
    }

    @Test func spaceCyclesAMembersAttendanceOnDisk() throws {
        let fixture = try CouncilFixture()
        let app = try app(fixture)
        play(app, "Pjj")
        let member = app.state.data.council.members[2]
        let before = app.state.data.attendance[member.id] ?? .absent
        play(app, " ")
        let after = try #require(app.state.data.attendance[member.id])
        #expect(after != before)
        let stored = fixture.root.attendance(session: fixture.session).values.first { $0.member == member.id }
        #expect(stored?.status == after)
        #expect(app.render().text.contains("Présences ("))
        play(app, "<Esc>")
        #expect(app.state.attendanceCursor == nil)
    }

    @Test func shiftJMovesTheSelectedItemDown() throws {
        let fixture = try CouncilFixture()
        let app = try app(fixture)
        let first = app.state.data.agenda[0].id
        play(app, "J")
        #expect(app.state.data.agenda.map(\.id)[1] == first)
        #expect(
            fixture.root.agenda(session: fixture.session).values.map(\.id)[1] == first, "the order is on disk"
        )
        #expect(app.state.selected == 1, "the cursor follows the item")
    }

    @Test func gThenGMergesAnyWordIntoAnyOtherUUndoesItAndHHidesAndShows() throws {
        let fixture = try CouncilFixture()
        let app = try app(fixture)
        play(app, "2j<Enter>")
        let answers = try #require(app.state.selectedPoll?.answers)
        #expect(answers.count >= 3)
        // The third answer into the first: not only into the row above.
        play(app, "jjgkkg")
        let merged = try fixture.root.poll(CouncilFixture.wordsPoll).merged ?? [:]
        #expect(merged[answers[2].key] == answers[0].key)
        let top = try #require(app.state.selectedPoll?.answers.first)
        #expect(top.count > answers[0].count, "the merged group counts both")
        play(app, "u")
        #expect(try fixture.root.poll(CouncilFixture.wordsPoll).merged == nil)
        #expect(app.state.selectedPoll?.answers == answers)

        play(app, "h")
        #expect(try fixture.root.poll(CouncilFixture.wordsPoll).hidden == [answers[0].key])
        #expect(app.state.selectedPoll?.answers.contains { $0.key == answers[0].key } == false)
        // The hidden answer is listed last: h on it shows it again.
        play(app, String(repeating: "j", count: answers.count))
        #expect(app.state.moderatedAnswers[app.state.answerCursor].hidden)
        play(app, "h")
        #expect(try fixture.root.poll(CouncilFixture.wordsPoll).hidden == nil)
        #expect(app.state.selectedPoll?.answers == answers)
    }
}
