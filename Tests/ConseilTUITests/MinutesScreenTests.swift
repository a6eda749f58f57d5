import ConseilCore
import ConseilTUI
import Testing

@Suite("The minutes screen: long lines wrap, j/k choose the section")
struct MinutesScreenTests {
    /// The attendance lines are longer than any terminal: every name must still be on screen.
    @Test(arguments: ScreenSize.tested)
    func longLinesWrapInsteadOfBeingCut(_ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play("3")
        // The screen's text as words: a name may wrap between its two words.
        let text = driver.lines.dropFirst(3).dropLast().joined(separator: " ").split(separator: " ")
            .joined(separator: " ")
        for member in ["Anne Animatrice", "Votant 01", "Votant 20", "Votant 22", "Votant 36"] {
            #expect(text.contains(member), "\(member) is cut off the minutes at \(size.width)×\(size.height)")
        }
    }

    /// ↑/↓ choose the section that n, d, a and e write in: the session, then each agenda item.
    @Test func jkChooseTheSectionAndTheViewFollows() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.play("3")
        #expect(driver.lines[3] == " ▶ Compte rendu — Séminaire numérique")
        #expect(driver.buffer[1, 3].style == .selected)
        driver.play("j")
        #expect(driver.lines[3] == " ▶ 1. Accueil et tour de table")
        driver.play("j")
        #expect(driver.lines[3] == " ▶ 2. Le numérique dans nos quartiers")
        driver.play("jjjj")
        #expect(driver.state.selected == 3, "the session and three items")
        // The last item is near the end: the view stops at the end of the minutes.
        #expect(driver.lines[19] == "   Base : 8 votants (8 bulletins)")
        #expect(driver.lines[21] == " ▶ 3. Questions diverses")
        #expect(driver.lines[22] == "")
        driver.play("kkkkk")
        #expect(driver.lines[3] == " ▶ Compte rendu — Séminaire numérique")
    }
}
