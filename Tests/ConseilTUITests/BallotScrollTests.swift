import ConseilCore
import ConseilTUI
import Testing

/// The ballot at 40×12 (issue 9, item 6) without a terminal: the grades grid and the typed
/// fields scroll with « ↓ plus » / « ↑ plus » like the options, and every row fits the width.
@Suite("The ballot scrolls at 40×12")
struct BallotScrollTests {
    private let member = Member(id: "m35", name: "Votant 35", role: .member)

    private func state(_ kind: PollKind, options: [String] = [], max: Int? = nil) throws -> BallotState {
        var poll = try Poll.make(
            id: "p1", session: "2017-11-17-s", item: nil, kind: kind, question: "Quels projets financer ?",
            options: options, abstain: false, maxAnswers: max, anonymous: false, hideResults: false,
            after: nil, createdAt: CouncilFixture.now, createdBy: "anne")
        try poll.open(at: CouncilFixture.now)
        return BallotState(
            language: .fr, width: 40, height: 12, unicode: true, member: member, openPolls: [poll])
    }

    private func lines(_ state: BallotState) -> [String] {
        BallotView.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
    }

    @Test func theGradesGridScrollsToItsLastOption() throws {
        let projects = ["Fablab", "Repair café", "Café numérique", "Ateliers seniors", "Wi-Fi", "Tiers-lieu"]
        var state = try state(.grades, options: projects)
        var shown = lines(state)
        #expect(shown.contains { $0.contains("↓ plus") } && !shown.contains { $0.contains("Tiers-lieu") })
        for key in Key.parse(script: "<Down><Down><Down><Down><Down>2") { _ = updateBallot(&state, key) }
        shown = lines(state)
        #expect(shown.contains { $0.contains("▶ Tiers-lieu") } && shown.contains { $0.contains("↑ plus") })
        #expect(shown.contains(" Tiers-lieu : Très bien"), "\(shown)")
        #expect(shown.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    @Test func wordFieldsScrollToo() throws {
        var state = try state(.words, max: 8)
        #expect(lines(state).contains { $0.contains("↓ plus") })
        for key in Key.parse(script: "a<Enter>b<Enter>c<Enter>d<Enter>e<Enter>f<Enter>g<Enter>h") {
            _ = updateBallot(&state, key)
        }
        let shown = lines(state)
        #expect(
            shown.contains { $0.contains("8. h") } && shown.contains { $0.contains("↑ plus") }, "\(shown)")
    }

    @Test func englishMarkers() throws {
        var state = try state(.choice, options: (1...8).map { "Option \($0)" })
        state.language = .en
        #expect(lines(state).contains("  ↓ more"))
    }
}
