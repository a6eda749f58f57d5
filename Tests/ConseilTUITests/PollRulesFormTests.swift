import ConseilCore
import ConseilTUI
import Testing

@Suite("New-poll form: majority, base, named vote, grades scale")
struct PollRulesFormTests {
    @Test func aNamedTwoThirdsOfThePresent() {
        var driver = ScreenDriver()
        driver.play("2N")
        #expect(driver.text.contains("Majorité (oui/non)"))
        let effects = driver.play(
            "<Tab>Adopter la charte ?" + String(repeating: "<Tab>", count: 7)
                + "<Right><Right><Right><Tab><Right><Tab><Space><C-s>")
        guard case .createPoll(let request)? = effects.first else {
            Issue.record("no poll created: \(effects)")
            return
        }
        #expect(request.kind == .yesno)
        #expect(request.rules == PollRules(majority: .twoThirds, of: .present, named: true))
    }

    @Test func aGradesPollWithItsScale() {
        var driver = ScreenDriver()
        driver.play("2N")
        let effects = driver.play(
            String(repeating: "<Right>", count: 5) + "<Tab>Quel projet ?<Tab>Fablab;Repair café"
                + String(repeating: "<Tab>", count: 9)
                + "Pour ; Mitigé;Contre<C-s>")
        guard case .createPoll(let request)? = effects.first else {
            Issue.record("no poll created: \(effects)")
            return
        }
        #expect(request.kind == .grades)
        #expect(request.options == ["Fablab", "Repair café"])
        #expect(request.rules == PollRules(grades: ["Pour", "Mitigé", "Contre"]))
    }
}
