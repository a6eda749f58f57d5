import ConseilCore
import ConseilTUI
import Testing

/// The moderation keys on the seminar's polls, through the keymap and the pure `update`.
@Suite("Moderation keys: h on a free text, g then g, Esc cancels a merge")
struct ModerationKeysTests {
    @Test func hOnAFreeTextHidesTheSelectedAnswer() throws {
        var driver = ScreenDriver(width: 120, height: 40, data: try RennesWall.snapshot.get())
        driver.play("2jj<Enter>")
        let results = try #require(driver.state.selectedPoll)
        #expect(results.poll.kind == .text)
        let effects = driver.play("jh")
        #expect(effects == [.moderate(poll: results.poll.id, .hide(results.textAnswers[1].key))])
    }

    @Test func gThenGMergesAndEscCancels() throws {
        var driver = ScreenDriver(width: 120, height: 40, data: try RennesWall.snapshot.get())
        driver.play("2<Enter>")
        let answers = try #require(driver.state.selectedPoll?.answers)
        #expect(driver.play("jjjg").isEmpty, "the first g only picks the group")
        #expect(driver.state.mergeSource == answers[3].key)
        #expect(driver.text.contains("Grouper : choisissez le groupe d'arrivée"))
        driver.play("<Esc>")
        #expect(driver.state.mergeSource == nil)
        #expect(driver.state.openPoll != nil, "Esc cancels the merge, not the poll")
        driver.play("g")
        let effects = driver.play("kkkg")
        #expect(
            effects == [.moderate(poll: driver.state.openPoll!, .merge(answers[3].key, into: answers[0].key))]
        )
    }

    @Test func revealKeysStepAndStopAtBothEnds() throws {
        var driver = ScreenDriver(width: 120, height: 40, data: try RennesWall.snapshot.get())
        driver.play("2jp")
        #expect(driver.state.reveal == .results, "a closed poll starts at its results")
        driver.play("<Left><Left><Left>")
        #expect(driver.state.reveal == .question)
        driver.play("r")
        #expect(driver.state.reveal == .count)
        driver.play("<Right><Right>")
        #expect(driver.state.reveal == .results)
        #expect(driver.state.projector)
    }
}
