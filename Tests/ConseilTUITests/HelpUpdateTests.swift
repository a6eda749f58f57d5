import ConseilCore
import ConseilTUI
import Testing

@Suite("? opens the help made from the keymap; any key closes it")
struct HelpUpdateTests {
    /// Every binding shows, at 80×24 as at 120×40: the help flows into columns.
    @Test(arguments: [(80, 24), (120, 40)])
    func listsEveryBinding(_ width: Int, _ height: Int) {
        var driver = ScreenDriver(width: width, height: height)
        driver.play("?")
        #expect(driver.state.showHelp)
        let lines = driver.lines
        #expect(lines[3] == " Aide — touches (une touche pour revenir)")
        for binding in Keymap.bindings {
            let keys = binding.keys.map { $0.label(.fr) }.joined(separator: " ")
            let found = lines.contains { line in line.contains(keys + " ") && line.contains(binding.help.fr) }
            #expect(found, "help misses \(keys) \(binding.help.fr)")
        }
        #expect(lines.contains { $0.contains("Partout") })
        #expect(lines.contains { $0.contains("2 Scrutins") })
    }

    @Test(arguments: ["q", "1", "x", "<Esc>", "<Enter>", "?"])
    func anyKeyCloses(_ key: String) {
        var driver = ScreenDriver()
        driver.play("2?")
        #expect(driver.play(key).isEmpty, "the closing key does nothing else")
        #expect(!driver.state.showHelp)
        #expect(driver.state.screen == .polls)
        #expect(driver.text.contains("Votes  Question"))
    }

    @Test func hintBarComesFromTheKeymap() {
        for screen in Screen.allCases {
            var driver = ScreenDriver(width: 120, height: 40)
            driver.play("\(screen.rawValue)")
            let hints = driver.lines[39]
            for binding in Keymap.hints(for: screen) {
                #expect(
                    hints.contains("\(binding.keys[0].label(.fr)) \(binding.help.fr)"), "\(screen): \(hints)")
            }
            for binding in Keymap.bindings where !binding.hint {
                #expect(!hints.contains(binding.help.fr + " "), "\(screen): \(hints)")
            }
        }
    }
}
