import ConseilCore
import ConseilTUI
import Testing

@Suite("The ballot screen: pick, type, confirm, at 40×12 and 80×24")
struct BallotScreenTests {
    private let member = Member(id: "m35", name: "Votant 35", role: .member)

    private func poll(_ kind: PollKind, options: [String] = [], max: Int? = nil) throws -> Poll {
        var poll = try Poll.make(
            id: "p1", session: "2017-11-17-s", item: nil, kind: kind, question: "Quelle priorité pour 2018 ?",
            options: options, abstain: false, maxAnswers: max, anonymous: false, hideResults: false,
            after: nil,
            createdAt: CouncilFixture.now, createdBy: "anne")
        try poll.open(at: CouncilFixture.now)
        return poll
    }

    private func play(_ state: inout BallotState, _ script: String) -> [BallotEffect] {
        Key.parse(script: script).flatMap { updateBallot(&state, $0) }
    }

    @Test func aSingleChoiceIsPickedWithSpaceAndCastWithEnter() throws {
        var state = BallotState(
            language: .fr, width: 40, height: 12, unicode: true, member: member, openPolls: [try poll(.yesno)]
        )
        #expect(play(&state, "<Enter>").isEmpty, "nothing ticked: nothing cast")
        #expect(BallotView.render(state).text.contains("cochez une réponse"))
        #expect(play(&state, "<Down><Space><Enter>") == [.cast(poll: "p1", answer: .options([1]))])
        let text = BallotView.render(state).text
        #expect(text.contains("( ) Oui") && text.contains("(•) Non"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 40 })
    }

    @Test func aMultipleChoiceStopsAtItsMaximum() throws {
        var state = BallotState(
            language: .fr, width: 80, height: 24, unicode: true, member: member,
            openPolls: [try poll(.multi, options: ["Formation", "Emploi", "Santé"], max: 2)])
        #expect(play(&state, " <Down> <Down> ").isEmpty)
        #expect(state.message != nil, "a third tick is refused with a message")
        #expect(play(&state, "<Enter>") == [.cast(poll: "p1", answer: .options([0, 1]))])
        #expect(BallotView.render(state).text.contains("(2 au plus)"))
    }

    @Test func wordsAreTypedOnePerField() throws {
        var state = BallotState(
            language: .fr, width: 40, height: 12, unicode: true, member: member,
            openPolls: [try poll(.words, max: 2)])
        let effects = play(&state, "formation<Enter>lien social<Enter>")
        #expect(effects == [.cast(poll: "p1", answer: .typed(["formation", "lien social"]))])
        #expect(BallotView.render(state).text.contains("2. lien social"))
    }

    @Test func severalOpenPollsAreChosenFirstAndNoneSaysSo() throws {
        var second = try poll(.yesno)
        second.id = "p2"
        var state = BallotState(
            language: .fr, width: 80, height: 24, unicode: true, member: member,
            openPolls: [try poll(.yesno), second])
        #expect(BallotView.render(state).text.contains("Scrutins ouverts"))
        #expect(play(&state, "j<Enter>") == [.choose(poll: "p2")])
        let empty = BallotState(
            language: .fr, width: 40, height: 12, unicode: true, member: member, openPolls: [])
        #expect(BallotView.render(empty).text.contains("Aucun scrutin ouvert"))
    }
}
