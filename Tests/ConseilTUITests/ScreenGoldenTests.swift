import ConseilCore
import ConseilTUI
import Testing

/// One screen reached from the start by a key script, the way a person gets there.
struct ScreenCase: Sendable, CustomTestStringConvertible {
    let name: String
    let keys: String
    var testDescription: String { "\(name) (\(keys.isEmpty ? "no key" : keys))" }

    static let all = [
        ScreenCase(name: "agenda", keys: "1"),
        ScreenCase(name: "polls", keys: "2"),
        ScreenCase(name: "poll-detail", keys: "2<Enter>"),
        ScreenCase(name: "words-detail", keys: "2j<Enter>"),
        ScreenCase(name: "projector", keys: "2p"),
        ScreenCase(name: "projector-words", keys: "2jp"),
        ScreenCase(name: "minutes", keys: "3"),
        ScreenCase(name: "proposals", keys: "4"),
        ScreenCase(name: "proposal-detail", keys: "4<Enter>"),
        ScreenCase(name: "status-chooser", keys: "4<Enter>t"),
        ScreenCase(name: "help", keys: "?"),
        ScreenCase(name: "filter-typing", keys: "4/sen"),
        ScreenCase(name: "filter-applied", keys: "4/étude<Enter>"),
    ]
}

struct ScreenSize: Sendable, CustomTestStringConvertible {
    let width: Int
    let height: Int
    var testDescription: String { "\(width)×\(height)" }

    static let tested = [ScreenSize(width: 80, height: 24), ScreenSize(width: 120, height: 40)]
}

@Suite("Every screen rendered as text, compared with Golden/")
struct ScreenGoldenTests {
    @Test(arguments: ScreenCase.all, ScreenSize.tested)
    func screen(_ screen: ScreenCase, _ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play(screen.keys)
        Golden.check(driver.text, named: "\(screen.name)-\(size.width)x\(size.height)")
    }

    @Test(arguments: ScreenCase.all, ScreenSize.tested)
    func everyRowFitsTheWidth(_ screen: ScreenCase, _ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play(screen.keys)
        let lines = driver.lines
        #expect(lines.count == size.height)
        for line in lines { #expect(DisplayWidth.of(line) <= size.width, "\(line)") }
    }

    /// Every screen but the projector keeps the title bar and the key hints.
    @Test(arguments: ScreenCase.all.filter { !$0.name.hasPrefix("projector") }, ScreenSize.tested)
    func titleAndHintBars(_ screen: ScreenCase, _ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play(screen.keys)
        let lines = driver.lines
        // The session and its date always; the council's name where there is room; who acts, at the right.
        let title = size.width >= 120 ? " \(CouncilFixture.councilName) · " : " "
        #expect(lines[0].hasPrefix(title + "Séminaire numérique · 17 novembre 2017"))
        #expect(lines[0].hasSuffix("administration"))
        #expect(lines[1].contains("1 Ordre du jour") && lines[1].contains("4 Propositions"))
        let hints = lines[size.height - 1]
        if driver.state.filtering {
            #expect(hints.hasPrefix(" / "))
        } else {
            // Enter is offered only where it opens something (polls, minutes entries, proposals).
            let opens =
                [.polls, .minutes, .proposals].contains(driver.state.screen) && !driver.state.showHelp
            #expect(hints.hasPrefix(opens ? " Entrée ouvrir  Échap retour  " : " Échap retour  "), "\(hints)")
            #expect(hints.contains("? aide"), "\(hints)")
            #expect(hints.contains("q quitter"), "\(hints)")
        }
    }
}
