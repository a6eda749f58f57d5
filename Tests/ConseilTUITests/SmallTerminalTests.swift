import ConseilTUI
import Testing

@Suite("A terminal under 80×24 gets a clear message, not a broken layout")
struct SmallTerminalTests {
    @Test(arguments: ["1", "2<Enter>", "2p", "4<Enter>t", "?"])
    func tooSmall(_ keys: String) {
        var driver = ScreenDriver(width: 60, height: 20)
        driver.play(keys)
        let lines = driver.lines
        #expect(lines.count == 20)
        #expect(lines[9] == String(repeating: " ", count: 20) + "Fenêtre trop petite")
        #expect(lines[10].contains("60×20 < 80×24"))
        #expect(lines[11].contains("Agrandissez le terminal, ou q pour quitter."))
        #expect(!driver.text.contains(CouncilFixture.councilName))
        #expect(driver.buffer[20, 9].style == .bold)
    }

    @Test func oneColumnShortIsTooSmall() {
        #expect(ScreenDriver(width: 79, height: 24).text.contains("Fenêtre trop petite"))
        #expect(ScreenDriver(width: 80, height: 23).text.contains("Fenêtre trop petite"))
        #expect(!ScreenDriver(width: 80, height: 24).text.contains("Fenêtre trop petite"))
    }

    @Test func growingBackRedraws() {
        var driver = ScreenDriver(width: 60, height: 20)
        driver.play("2<Enter>")
        driver.send(.resize(width: 80, height: 24))
        #expect(driver.lines[3] == " " + CouncilFixture.yesNoQuestion)
        #expect(driver.text.contains("44,12 %"))
    }

    @Test func english() {
        let text = ScreenDriver(width: 60, height: 20, language: .en).text
        #expect(text.contains("Window too small"))
        #expect(text.contains("Enlarge the terminal, or q to quit."))
    }

    @Test func tinyTerminalsDoNotCrash() {
        for (width, height) in [(0, 0), (1, 1), (10, 5), (19, 3)] {
            #expect(ScreenDriver(width: width, height: height).buffer.cells.count == width * height)
        }
    }
}
