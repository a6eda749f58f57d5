import ConseilCore
import ConseilTUI
import Testing

@Suite("? opens the help made from the keymap; any key closes it")
struct HelpUpdateTests {
    @Test(arguments: ScreenSize.tested)
    func listsEveryBinding(_ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play("?")
        #expect(driver.state.showHelp)
        let lines = driver.lines
        #expect(lines[3] == " Aide — touches (une touche pour revenir)")
        for binding in Keymap.bindings {
            let keys = binding.keys.map(\.label).joined(separator: " ")
            let found = lines.contains { line in
                line.hasPrefix("   " + keys + " ") && line.contains(binding.help.fr)
            }
            #expect(found, "help misses \(keys) \(binding.help.fr)")
        }
        #expect(lines.contains("   Ctrl-R      relire les fichiers"))
        #expect(lines.contains("   o           ouvrir le vote  (Scrutins)"))
        #expect(lines.contains("   ↑ k         monter"))
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
                #expect(hints.contains("\(binding.keys[0].label) \(binding.help.fr)"), "\(screen): \(hints)")
            }
            for binding in Keymap.bindings where !binding.hint {
                #expect(!hints.contains(binding.help.fr + " "), "\(screen): \(hints)")
            }
        }
    }
}
