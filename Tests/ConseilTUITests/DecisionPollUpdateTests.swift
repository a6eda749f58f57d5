import ConseilCore
import ConseilTUI
import Testing

@Suite("Minutes screen: Ctrl-P ties a decision to the poll that carried it")
struct DecisionPollUpdateTests {
    @Test func ctrlPCyclesThroughTheSessionsPolls() throws {
        var driver = ScreenDriver()
        driver.play("3d")
        #expect(driver.text.contains("Scrutin (Ctrl-P) : aucun"))
        driver.play("<C-p>")
        let first = try #require(driver.state.editor?.poll)
        let question = try #require(driver.state.data.polls.first { $0.poll.id == first }?.poll.question)
        #expect(driver.text.contains(String(question.prefix(30))), "\(driver.text)")
        let effects = driver.play("Le tiers-lieu est décidé<C-s>")
        guard case .saveMinutes(let draft)? = effects.first else {
            Issue.record("Ctrl-S did not save: \(effects)")
            return
        }
        #expect(draft.poll == first)
        #expect(draft.kind == .decision)
        // Past the last poll, none again.
        for _ in driver.state.data.polls { driver.play("<C-p>") }
        #expect(driver.state.editor?.poll == nil)
    }

    @Test func aNoteIsTiedToNoPoll() {
        var driver = ScreenDriver()
        driver.play("3n<C-p>")
        #expect(driver.state.editor?.poll == nil)
        #expect(!driver.text.contains("Ctrl-P"))
    }
}
