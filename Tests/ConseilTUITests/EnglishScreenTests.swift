import ConseilTUI
import Testing

@Suite("--lang en: the same screens in English")
struct EnglishScreenTests {
    @Test(arguments: ScreenSize.tested)
    func pollDetail(_ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height, language: .en)
        driver.play("2<Enter>")
        Golden.check(driver.text, named: "en-poll-detail-\(size.width)x\(size.height)")
        let text = driver.text
        #expect(text.contains("44.12%"))
        #expect(text.contains("55.88%"))
        #expect(!text.contains("44,12"))
        #expect(driver.lines[0].contains("17 November 2017"))
        #expect(driver.lines[1].contains("1 Agenda") && driver.lines[1].contains("2 Polls"))
        #expect(driver.lines[size.height - 1].contains("? help"))
        #expect(driver.lines[size.height - 1].contains("q quit"))
    }

    /// Key names follow the language too: "Enter" and "Esc", not "Entrée" and "Échap".
    @Test func keyLabelsInEnglish() {
        var driver = ScreenDriver(width: 80, height: 24, language: .en)
        driver.play("4")
        #expect(driver.lines[23] == " Enter open  Esc back  N new  t status  / filter  ? help  q quit")
        driver.play("?")
        #expect(driver.lines.contains { $0.contains("Enter    open") })
        #expect(driver.lines.contains { $0.contains("Esc      back") })
        #expect(!driver.text.contains("Entrée") && !driver.text.contains("Échap"))
    }

    @Test func proposalsAndHelp() {
        var driver = ScreenDriver(width: 80, height: 24, language: .en)
        driver.play("4")
        #expect(driver.text.contains("3 proposal(s)"))
        #expect(driver.text.contains("in progress"))
        #expect(!driver.text.contains("Propositions"))
        driver.play("?")
        #expect(driver.text.contains("Help — keys (any key to go back)"))
    }
}
