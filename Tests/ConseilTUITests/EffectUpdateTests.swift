import ConseilCore
import ConseilTUI
import Testing

@Suite("Keys that act on the data root yield effects; update itself writes nothing")
struct EffectUpdateTests {
    @Test func openAndCloseTheSelectedPoll() {
        var driver = ScreenDriver()
        #expect(driver.play("2o") == [.openPoll(CouncilFixture.yesNoPoll)])
        // Closing cannot be taken back: it asks first, and only a yes closes.
        #expect(driver.play("c").isEmpty)
        #expect(driver.text.contains("Plus personne ne pourra voter"))
        #expect(driver.play("o") == [.closePoll(CouncilFixture.yesNoPoll)])
        #expect(driver.play("jo") == [.openPoll(CouncilFixture.wordsPoll)])
        #expect(driver.play("<Enter>c<Enter>") == [.closePoll(CouncilFixture.wordsPoll)])
        #expect(
            driver.state.data.polls.allSatisfy { $0.poll.state == .open },
            "the state is only changed by a reload")
    }

    @Test func startAndFinishTheSelectedItem() {
        var driver = ScreenDriver()
        #expect(driver.play("s") == [.startItem("i1-accueil")])
        #expect(driver.play("jf") == [.finishItem(CouncilFixture.runningItem)])
    }

    @Test(arguments: ["1", "2", "3", "4", "2<Enter>", "4<Enter>"])
    func qQuitsFromEveryScreen(_ keys: String) {
        var driver = ScreenDriver()
        driver.play(keys)
        #expect(driver.play("q") == [.quit])
        #expect(driver.play("<C-c>") == [.quit])
    }

    @Test func qInTheFilterIsText() {
        var driver = ScreenDriver()
        #expect(driver.play("4/q").isEmpty)
        #expect(driver.state.filter == "q")
    }

    @Test func noPollsNoEffect() {
        var data = CouncilFixture.shared
        data.polls = []
        var driver = ScreenDriver(data: data)
        #expect(driver.play("2oc<Enter>p").isEmpty)
        #expect(driver.text.contains("Aucun scrutin dans cette séance."))
    }

    @Test func newDataKeepsTheCursorInside() {
        var driver = ScreenDriver()
        driver.play("4jj")
        var data = CouncilFixture.shared
        data.proposals = Array(data.proposals.prefix(1))
        driver.send(.data(data))
        #expect(driver.state.selected == 0)
        #expect(driver.text.contains("▶ en cours"))
    }
}
