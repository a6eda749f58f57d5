import ConseilCore
import ConseilTUI
import Testing

@Suite("/ filters the proposals as one types")
struct FilterUpdateTests {
    @Test func typingNarrowsTheList() {
        var driver = ScreenDriver()
        driver.play("4/")
        #expect(driver.state.filtering)
        #expect(driver.state.visibleProposals.count == 3)
        // Title, theme and status are searched: "pour", "in progress", "public", "Équipement"…
        driver.play("p")
        #expect(
            driver.state.visibleProposals.map(\.proposal.id) == [CouncilFixture.seniors, CouncilFixture.wifi])
        #expect(driver.text.contains("2 proposition(s) · filtre : p"))
        driver.play("u")
        #expect(driver.state.visibleProposals.map(\.proposal.id) == [CouncilFixture.wifi], "public")
        #expect(driver.text.contains("1 proposition(s) · filtre : pu"))
        #expect(
            driver.text.contains(
                "▶ à l'étude    0 %     Équipement          Wi-Fi public au marché des Lices"))
        #expect(!driver.text.contains("Ateliers"))
        #expect(driver.lines[29] == " / pu▏  Entrée valide, Échap annule")
    }

    @Test func accentsAndCaseAreIgnored() {
        var driver = ScreenDriver()
        driver.play("4/EQUIPEMENT<Enter>")
        #expect(driver.state.visibleProposals.map(\.proposal.id) == [CouncilFixture.wifi])
        driver.play("<Esc>/à l'ÉTUDE<Enter>")
        #expect(driver.state.visibleProposals.map(\.proposal.id) == [CouncilFixture.wifi])
    }

    @Test func statusNamesMatch() {
        var driver = ScreenDriver()
        driver.play("4/rejet<Enter>")
        #expect(driver.state.visibleProposals.map(\.proposal.id) == [CouncilFixture.fablab])
    }

    @Test func backspaceWidensAgain() {
        var driver = ScreenDriver()
        driver.play("4/licesz")
        #expect(driver.state.visibleProposals.isEmpty)
        #expect(driver.text.contains("0 proposition(s)"))
        driver.play("<Backspace>")
        #expect(driver.state.visibleProposals.count == 1)
    }

    @Test func enterKeepsTheFilterAndEscClearsIt() {
        var driver = ScreenDriver()
        driver.play("4/sen<Enter>")
        #expect(!driver.state.filtering)
        #expect(driver.state.filter == "sen")
        #expect(driver.text.contains("1 proposition(s) · filtre : sen"))
        #expect(driver.play("<Enter>").isEmpty)
        #expect(driver.state.openProposal == CouncilFixture.seniors, "Enter opens the filtered row")
        driver.play("<Esc>")
        #expect(driver.state.filter == "sen", "the first Esc leaves the detail")
        driver.play("<Esc>")
        #expect(driver.state.filter.isEmpty)
        #expect(driver.state.visibleProposals.count == 3)
    }

    @Test func escWhileTypingCancels() {
        var driver = ScreenDriver()
        driver.play("4j/wifi<Esc>")
        #expect(!driver.state.filtering)
        #expect(driver.state.filter.isEmpty)
        #expect(driver.state.selected == 0)
    }

    @Test func digitsAndLettersAreTextWhileTyping() {
        var driver = ScreenDriver()
        driver.play("4/2q?jk")
        #expect(driver.state.screen == .proposals)
        #expect(driver.state.filter == "2q?jk")
        #expect(!driver.state.showHelp)
    }

    @Test func theFilterIsBounded() {
        var driver = ScreenDriver()
        driver.play("4/" + String(repeating: "a", count: 100))
        #expect(driver.state.filter.count == 60)
        for line in driver.lines { #expect(DisplayWidth.of(line) <= 100) }
    }
}
