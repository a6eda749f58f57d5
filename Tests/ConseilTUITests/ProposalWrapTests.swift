import ConseilCore
import ConseilTUI
import Testing

@testable import ConseilStore

/// A proposal's description and history notes wrap at the screen's edge instead of being cut.
@Suite("Proposal detail: long text wraps")
struct ProposalWrapTests {
    @Test(arguments: [80, 120])
    func aLongNoteAndDescriptionReadInFull(width: Int) throws {
        let fixture = try CouncilFixture()
        let uses = try UseCases(root: fixture.root, actor: .administrator, now: CouncilFixture.now)
        let note =
            "Trois ateliers de plus à la médiathèque, animés par deux bénévoles formés, avec un bilan écrit remis à la mairie avant la fin du trimestre"
        _ = try uses.changeStatus(
            of: CouncilFixture.seniors, StatusChange(status: .inProgress, note: note, progress: 60))
        let app = try App(
            root: fixture.root, member: nil, language: .fr, width: width, height: 30, now: CouncilFixture.now,
            unicode: true)
        app.play("4")
        let index = try #require(
            app.state.visibleProposals.firstIndex { $0.proposal.id == CouncilFixture.seniors })
        app.play(String(repeating: "j", count: index) + "<Enter>")
        let screen = app.render().text
        // Every word of the note is on screen, across lines, and nothing is cut with « … ».
        let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        for word in note.split(separator: " ") {
            #expect(words.contains(String(word)), "\(word) in \(screen)")
        }
        let history = screen.split(separator: "\n").drop { !$0.contains("Historique") }
        #expect(!history.contains { $0.contains("…") }, "\(screen)")
    }
}
