import ConseilCore
import ConseilTUI
import Testing

@Suite("t offers only the statuses the lifecycle allows; Enter asks for the change")
struct StatusChoiceUpdateTests {
    @Test func inProgressOffersDoneOrAbandoned() {
        var driver = ScreenDriver()
        driver.play("4<Enter>t")
        let choice = driver.state.statusChoice
        // The moves the lifecycle allows, then a follow-up that keeps the status.
        #expect(choice?.targets == [.done, .abandoned, .inProgress])
        #expect(choice?.targets.dropLast() == ProposalStatus.inProgress.next[...])
        #expect(choice?.cursor == 0)
        // The chooser is a box of 44 cells centred on the detail, from its fourth row.
        let box = driver.lines[6...12].map { String($0.dropFirst(28).prefix(44)) }
        #expect(box[0].hasPrefix(" Nouveau statut (depuis « en cours »)"))
        #expect(box[2].hasPrefix(" ▶ réalisée"))
        #expect(box[3].hasPrefix("   abandonnée"))
        #expect(box[4].hasPrefix("   suivi (reste « en cours »)"))
        #expect(box[6].hasPrefix(" Entrée valide · Échap annule"))
        #expect(driver.buffer[28, 6].style == .reverse)
        #expect(driver.buffer[31, 8].style == .bold, "the chosen status stands out")
    }

    @Test func enterYieldsTheChangeStatusEffect() {
        var driver = ScreenDriver()
        #expect(driver.play("4<Enter>t").isEmpty)
        #expect(driver.play("j<Enter>").isEmpty, "Enter asks for a note first")
        #expect(
            driver.play("<Enter><Enter><Enter>") == [
                .changeStatus(
                    proposal: CouncilFixture.seniors, to: .abandoned, note: nil, progress: nil, review: nil)
            ])
        #expect(driver.state.statusChoice == nil)
    }

    @Test func cursorClampsInsideTheChoices() {
        var driver = ScreenDriver()
        driver.play("4<Enter>tjjjj<Down>")
        #expect(driver.state.statusChoice?.cursor == 2)
        driver.play("kkk<Up>")
        #expect(driver.state.statusChoice?.cursor == 0)
        #expect(driver.play("<Enter>").isEmpty, "Enter asks for a note first")
        #expect(
            driver.play("<Enter><Enter><Enter>") == [
                .changeStatus(
                    proposal: CouncilFixture.seniors, to: .done, note: nil, progress: nil, review: nil)
            ])
    }

    @Test func escCancelsWithoutEffect() {
        var driver = ScreenDriver()
        #expect(driver.play("4<Enter>t<Esc>").isEmpty)
        #expect(driver.state.statusChoice == nil)
        #expect(driver.state.openProposal == CouncilFixture.seniors)
        #expect(!driver.text.contains("Nouveau statut"))
    }

    @Test func otherKeysAreSwallowedByTheChooser() {
        var driver = ScreenDriver()
        #expect(driver.play("4<Enter>t1q?").isEmpty)
        #expect(driver.state.screen == .proposals)
        #expect(driver.state.statusChoice != nil)
    }

    /// From the list, t works on the selected proposal and opens it.
    @Test func fromTheList() {
        var driver = ScreenDriver()
        driver.play("4jt")
        #expect(driver.state.openProposal == CouncilFixture.wifi)
        #expect(driver.state.statusChoice?.targets == [.adopted, .rejected, .postponed, .underStudy])
        #expect(driver.play("jj<Enter>").isEmpty, "Enter asks for a note first")
        #expect(
            driver.play("<Enter><Enter><Enter>") == [
                .changeStatus(
                    proposal: CouncilFixture.wifi, to: .postponed, note: nil, progress: nil, review: nil)
            ])
    }

    @Test func finalStatusOffersNothing() {
        var driver = ScreenDriver()
        #expect(driver.play("4jjt").isEmpty)
        #expect(driver.state.statusChoice == nil)
        #expect(driver.lines[29] == " « rejetée » est un statut final")
        #expect(driver.buffer[1, 29].style == .warning)
        driver.play("j")
        #expect(!driver.text.contains("statut final"), "the message goes with the next key")
    }
}
