import ConseilCore
import ConseilTUI
import Testing

@Suite("Forms: a new poll, a show of hands, an agenda item")
struct FormUpdateTests {
    @Test func aNewChoicePollWithItsOptions() {
        var driver = ScreenDriver()
        driver.play("2N")
        #expect(driver.text.contains("Nouveau scrutin (brouillon)"))
        let effects = driver.play(
            "<Right><Tab>Quel lieu ?<Tab>Mairie ; Médiathèque;Tiers-lieu<Tab><Tab><Space><C-s>")
        guard case .createPoll(let request)? = effects.first else {
            Issue.record("no poll created: \(effects)")
            return
        }
        #expect(request.kind == .choice)
        #expect(request.question == "Quel lieu ?")
        #expect(request.options == ["Mairie", "Médiathèque", "Tiers-lieu"])
        #expect(request.abstain)
        #expect(!request.anonymous)
        #expect(request.after == nil)
        #expect(request.voters == .members)
        #expect(driver.state.form != nil, "open until the store answers")
        driver.send(.outcome(.createPoll(request), .done(nil, created: "p-quel-lieu")))
        #expect(driver.state.form == nil)
    }

    @Test func aPollForTheWholeRoom() {
        var driver = ScreenDriver()
        let effects = driver.play(
            "2N<Tab>Qui vient ?" + String(repeating: "<Tab>", count: 11) + "<Right><C-s>")
        guard case .createPoll(let request)? = effects.first else {
            Issue.record("no poll created: \(effects)")
            return
        }
        #expect(request.voters == .room)
        #expect(driver.text.contains("Téléphones"))
    }

    @Test func escapeCancelsAForm() {
        var driver = ScreenDriver()
        driver.play("2NQuestion")
        #expect(driver.play("<Esc>").isEmpty)
        #expect(driver.state.form == nil)
    }

    @Test func aShowOfHandsForTheSelectedPoll() {
        var driver = ScreenDriver()
        driver.play("2")
        let index = driver.state.data.polls.firstIndex { $0.poll.id == CouncilFixture.yesNoPoll } ?? 0
        driver.play(String(repeating: "j", count: index) + "m")
        #expect(driver.text.contains("Main levée"))
        let effects = driver.play("12<Tab>7<Enter>")
        #expect(
            effects == [
                .addHandCount(poll: CouncilFixture.yesNoPoll, counts: [12, 7], voters: nil)
            ])
    }

    @Test func anAgendaItemWithItsDuration() {
        var driver = ScreenDriver()
        let effects = driver.play("1+Questions des habitants<Tab>15<Enter><Enter>")
        guard case .addAgendaItem(_, let title, let duration, _)? = effects.first else {
            Issue.record("no item added: \(effects)")
            return
        }
        #expect(title == "Questions des habitants")
        #expect(duration == 15)
    }
}
