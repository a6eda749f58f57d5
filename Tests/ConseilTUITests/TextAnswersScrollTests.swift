import ConseilCore
import ConseilTUI
import Testing

@Suite("Free-text answers wrap and scroll with ↑/↓")
struct TextAnswersScrollTests {
    @Test func everyAnswerCanBeReachedAndLongOnesWrap() throws {
        let poll = try Poll.make(
            id: "p-pourquoi", session: "2017-11-17-s", item: nil, kind: .text, question: "Pourquoi ?",
            options: [],
            abstain: false, maxAnswers: nil, anonymous: false, hideResults: false, after: nil,
            createdAt: CouncilFixture.now, createdBy: "anne")
        let long =
            "Tout le monde peut plus facilement participer et accéder à l'information et aux services, "
            + "mais il faut conserver du lien réel"
        let ballots = [long, "deuxième", "troisième"].enumerated().map {
            Ballot(poll: poll.id, voter: "m0\($0.offset)", at: CouncilFixture.now, answers: [$0.element])
        }
        var data = CouncilFixture.shared
        data.polls = [PollResults(poll: poll, ballots: ballots, counts: [])]
        var driver = ScreenDriver(width: 80, height: 24, data: data)
        driver.play("2<Enter>")
        let lines = driver.lines
        #expect(lines.contains { $0.hasPrefix("   – Tout le monde") })
        #expect(lines.contains { $0.hasPrefix("     ") && $0.contains("lien réel") }, "the long answer wraps")
        #expect(lines.allSatisfy { $0.count <= 80 })
        driver.play("j")
        #expect(!driver.text.contains("Tout le monde"))
        #expect(driver.text.contains("– deuxième"))
        driver.play("jjjj")
        #expect(driver.text.contains("– troisième"), "the cursor stops at the last answer")
    }
}
