import ConseilCore
import ConseilTUI
import Testing

@Suite("The keymap drives update: screens, moves, open and back")
struct NavigationUpdateTests {
    @Test func digitsSwitchScreens() {
        var driver = ScreenDriver()
        #expect(driver.state.screen == .agenda)
        for (key, screen) in [("2", Screen.polls), ("3", .minutes), ("4", .proposals), ("1", .agenda)] {
            #expect(driver.play(key).isEmpty)
            #expect(driver.state.screen == screen)
            #expect(driver.lines[1].contains(" \(screen.rawValue) \(screen.title.fr)"))
        }
    }

    @Test func selectedTabIsReversed() {
        var driver = ScreenDriver()
        driver.play("3")
        let row = driver.lines[1]
        let column = DisplayWidth.of(String(row.prefix(while: { $0 != "3" })))
        #expect(driver.buffer[column, 1].style == .reverse)
        #expect(driver.buffer[1, 1].style == .dim)
    }

    @Test func jkAndArrowsMoveAndClamp() {
        var driver = ScreenDriver()
        driver.play("4")
        #expect(driver.state.selected == 0)
        driver.play("j")
        #expect(driver.state.selected == 1)
        driver.play("<Down><Down><Down>j")
        #expect(driver.state.selected == 2, "three proposals: the cursor stops on the last")
        driver.play("k")
        #expect(driver.state.selected == 1)
        driver.play("<Up><Up>kk")
        #expect(driver.state.selected == 0)
        driver.play("jj")
        #expect(driver.lines.contains { $0.hasPrefix(" ▶ rejetée") })
    }

    @Test func cursorIsKeptPerScreen() {
        var driver = ScreenDriver()
        driver.play("2j4jj2")
        #expect(driver.state.selected == 1)
        driver.play("4")
        #expect(driver.state.selected == 2)
        driver.play("1j")
        #expect(driver.state.selected == 1)
        #expect(driver.text.contains("▶ en cours"))
    }

    @Test func enterOpensAndEscGoesBack() {
        var driver = ScreenDriver()
        driver.play("2j<Enter>")
        #expect(driver.state.openPoll == CouncilFixture.wordsPoll)
        #expect(driver.lines[3] == " " + CouncilFixture.wordsQuestion)
        driver.play("<Esc>")
        #expect(driver.state.openPoll == nil)
        #expect(driver.text.contains("▶ ouvert"))

        driver.play("4<Enter>")
        #expect(driver.state.openProposal == CouncilFixture.seniors)
        #expect(driver.text.contains("Historique"))
        driver.play("<Esc>")
        #expect(driver.state.openProposal == nil)
        #expect(driver.text.contains("3 proposition(s)"))
    }

    @Test func projectorOpensFromThePollAndEscLeavesIt() {
        var driver = ScreenDriver()
        driver.play("2p")
        #expect(driver.state.projector)
        #expect(!driver.text.contains("Ordre du jour"), "the projector is full screen: no title or hint bar")
        #expect(driver.text.contains("34 votants · 23 présents · ouvert"))
        driver.play("<Esc>")
        #expect(!driver.state.projector)
        #expect(driver.state.openPoll == CouncilFixture.yesNoPoll)
        driver.play("<Esc>")
        #expect(driver.state.openPoll == nil)
    }

    @Test func switchingScreenLeavesTheProjector() {
        var driver = ScreenDriver()
        driver.play("2p3")
        #expect(!driver.state.projector)
        #expect(driver.state.screen == .minutes)
        #expect(driver.text.contains("Compte rendu — Séminaire numérique"))
    }

    @Test func enterOnAgendaOrMinutesDoesNothing() {
        var driver = ScreenDriver()
        #expect(driver.play("<Enter>3<Enter>").isEmpty)
        #expect(driver.state.openPoll == nil && driver.state.openProposal == nil)
    }

    @Test func unboundKeysDoNothing() {
        var driver = ScreenDriver()
        driver.play("2")
        let before = driver.text
        #expect(driver.play("zx<Tab><Left>").isEmpty)
        #expect(driver.text == before)
    }

    @Test func screenKeysOnlyWorkWhereTheyApply() {
        var driver = ScreenDriver()
        #expect(driver.play("octp/").isEmpty)
        #expect(driver.state.screen == .agenda)
        #expect(!driver.state.filtering && !driver.state.projector && driver.state.statusChoice == nil)
    }

    @Test func ctrlRReloads() {
        var driver = ScreenDriver()
        #expect(driver.play("<C-r>") == [.reload])
    }
}
