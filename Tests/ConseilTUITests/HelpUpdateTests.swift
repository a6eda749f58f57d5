import ConseilCore
import ConseilTUI
import Testing

@Suite("? opens the help made from the keymap; any key closes it")
struct HelpUpdateTests {
    /// Every binding the administrator may use shows, at 80×24 as at 120×40: the help flows
    /// into columns.
    @Test(arguments: [(80, 24), (120, 40)])
    func listsEveryBinding(_ width: Int, _ height: Int) {
        var driver = ScreenDriver(width: width, height: height)
        driver.play("?")
        #expect(driver.state.showHelp)
        let lines = driver.lines
        #expect(lines[3] == " Aide — touches (une touche pour revenir)")
        #expect(
            !lines.contains { $0.contains("voter") }, "the administrator keeps the folder and does not vote")
        for binding in Keymap.bindings where binding.action != .vote {
            let keys = binding.keys.map { $0.label(.fr) }.joined(separator: " ")
            let found = lines.contains { line in line.contains(keys + " ") && line.contains(binding.help.fr) }
            #expect(found, "help misses \(keys) \(binding.help.fr)")
        }
        #expect(lines.contains { $0.contains("Partout") })
        #expect(lines.contains { $0.contains("2 Scrutins") })
    }

    /// Like the hint bar, the help lists only what the actor may do (issue 9 item 7): a member
    /// over SSH is not told of keys that would only answer « refusé ».
    @Test func listsOnlyWhatTheActorMayDo() {
        let member = Member(id: "x", name: "X", role: .member)
        var driver = ScreenDriver(width: 80, height: 24, actor: .member(member, restricted: true))
        driver.play("?")
        let text = driver.lines[3..<23].joined(separator: "\n")
        #expect(text.contains("voter") && text.contains("projecteur") && text.contains("aide"), "\(text)")
        for refused in [
            "clore", "présences", "salle téléphones", "adopter", "exporter", "synchroniser", "statut",
        ] {
            #expect(!text.contains(refused), "a member may not \(refused): \(text)")
        }
        for binding in Keymap.bindings where driver.state.actor.may(binding.action.capability) {
            #expect(text.contains(binding.help.fr), "help misses \(binding.help.fr)")
        }
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
            for binding in Keymap.hints(for: screen, actor: driver.state.actor) {
                #expect(
                    hints.contains("\(binding.keys[0].label(.fr)) \(binding.help.fr)"), "\(screen): \(hints)")
            }
            for binding in Keymap.bindings where !binding.hint {
                #expect(!hints.contains(binding.help.fr + " "), "\(screen): \(hints)")
            }
        }
    }

    /// The hint bar offers a key only when the table of rights lets the actor do its action.
    @Test func hintBarOffersOnlyWhatTheActorMayDo() {
        func hints(_ role: Role, restricted: Bool, screen: Screen) -> String {
            let member = Member(id: "x", name: "X", role: role)
            var driver = ScreenDriver(
                width: 200, height: 30, actor: .member(member, restricted: restricted))
            driver.play("\(screen.rawValue)")
            return driver.lines[29]
        }
        let memberPolls = hints(.member, restricted: true, screen: .polls)
        #expect(memberPolls.contains("p projecteur") && memberPolls.contains("? aide"), "\(memberPolls)")
        #expect(
            !memberPolls.contains("o ouvrir le vote") && !memberPolls.contains("N nouveau"), "\(memberPolls)")
        let memberAgenda = hints(.member, restricted: true, screen: .agenda)
        #expect(
            !memberAgenda.contains("s commencer") && !memberAgenda.contains("P présences"), "\(memberAgenda)")
        let memberMinutes = hints(.member, restricted: false, screen: .minutes)
        #expect(!memberMinutes.contains("n note") && memberMinutes.contains("x exporter"), "\(memberMinutes)")

        let facilitatorPolls = hints(.facilitator, restricted: true, screen: .polls)
        #expect(facilitatorPolls.contains("o ouvrir le vote") && facilitatorPolls.contains("N nouveau"))
        let secretaryMinutes = hints(.secretary, restricted: true, screen: .minutes)
        #expect(secretaryMinutes.contains("n note") && secretaryMinutes.contains("d décision"))
        #expect(!secretaryMinutes.contains("x exporter"), "no file is written over SSH: \(secretaryMinutes)")
        let secretaryAgenda = hints(.secretary, restricted: true, screen: .agenda)
        #expect(secretaryAgenda.contains("P présences") && !secretaryAgenda.contains("s commencer"))
    }
}
