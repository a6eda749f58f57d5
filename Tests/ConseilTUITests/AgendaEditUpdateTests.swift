import ConseilCore
import ConseilTUI
import Testing

@Suite("Agenda: e edits the selected item, its title and duration filled in")
struct AgendaEditUpdateTests {
    @Test func theFormStartsFromTheItemAndSubmitsTheChange() {
        var driver = ScreenDriver()
        driver.play("1je")
        #expect(driver.text.contains("Modifier le point"))
        #expect(driver.text.contains("Le numérique dans nos quartiers"))
        let effects = driver.play("<C-u> et les villages<Tab><Backspace><Backspace>50<Enter><Enter>")
        guard case .updateAgendaItem(let id, let title, let duration, let presenter)? = effects.first else {
            Issue.record("no update: \(effects)")
            return
        }
        #expect(id == CouncilFixture.runningItem)
        #expect(title == " et les villages")
        #expect(duration == 50)
        #expect(presenter == "sam", "the presenter is filled in and kept")
    }
}
