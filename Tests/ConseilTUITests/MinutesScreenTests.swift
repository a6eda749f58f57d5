import ConseilCore
import ConseilTUI
import Testing

@Suite("The minutes screen: formatted, read line by line and page by page")
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

    /// A poll's results are a table with aligned columns, never Markdown's pipes and rules.
    @Test(arguments: ScreenSize.tested)
    func tablesAreDrawnAsTables(_ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play("3")
        var seen: [String] = []
        for _ in 0..<20 {
            seen += driver.lines.dropFirst(4).dropLast()
            driver.play("<Space>")
        }
        let text = seen.joined(separator: "\n")
        #expect(!text.contains("|---") && !text.contains("| Réponse") && !text.contains("## "), "\(text)")
        let header = seen.first { $0.contains("Réponse") && $0.contains("Voix") }
        let yes = seen.first { $0.hasPrefix("   Oui ") }
        let no = seen.first { $0.hasPrefix("   Non ") }
        #expect(header != nil && yes != nil && no != nil, "\(text)")
        if let header, let yes, let no {
            // The counts and the percentages end in the same columns, under their headings.
            #expect(yes.count == no.count && yes.count == header.count, "\n\(header)\n\(yes)\n\(no)")
            #expect(yes.contains("15  44,12") && no.contains("19  55,88"), "\n\(yes)\n\(no)")
        }
        #expect(seen.contains { $0.hasPrefix("   • Présents (23) : ") }, "lists are lists")
    }

    /// ↑/↓ and j/k scroll one line; the first row keeps the section that n, d, a and e write in.
    @Test func linesScrollOneByOneUnderTheSectionHeading() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.play("3")
        #expect(driver.lines[3].hasPrefix(" ▶ Compte rendu — Séminaire numérique"))
        #expect(driver.buffer[1, 3].style == .selected)
        let before = driver.lines
        driver.play("j")
        #expect(driver.lines[4] == before[5] && driver.lines[21] == before[22])
        driver.play("<Down>")
        #expect(driver.lines[4] == before[6])
        driver.play("k<Up>")
        #expect(driver.lines == before)
        driver.play("<Up>")
        #expect(driver.lines == before, "the top stays at the top")
    }

    /// Tab and Shift-Tab go from section to section; n then writes in the one on top.
    @Test func tabChoosesTheSectionThatNotesGoIn() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.play("3<Tab>")
        #expect(driver.lines[3].hasPrefix(" ▶ 1. Accueil et tour de table"))
        #expect(driver.state.selected == 1)
        driver.play("<Tab>")
        #expect(driver.lines[3].hasPrefix(" ▶ 2. Le numérique dans nos quartiers"))
        driver.play("n")
        #expect(driver.state.editor?.item == CouncilFixture.runningItem)
        driver.play("<Esc><S-Tab><S-Tab>")
        #expect(driver.lines[3].hasPrefix(" ▶ Compte rendu — Séminaire numérique"))
        #expect(driver.state.selected == 0)
    }

    /// Space and PgDn turn a page, PgUp turns it back, End shows the last line, Home the first.
    @Test func pagesAndEnds() {
        var driver = ScreenDriver(width: 80, height: 24)
        driver.play("3")
        let first = driver.lines
        driver.play("<Space>")
        // A page keeps two lines of the one before, so that the eye finds its place.
        #expect(driver.lines[4] == first[21])
        driver.play("<PgUp>")
        #expect(driver.lines == first)
        driver.play("<PgDn><PgDn>")
        #expect(driver.lines[4] != first[4])
        driver.play("<End>")
        let end = driver.lines
        #expect(end[22] == "   3. Questions diverses", "the last line of the minutes on the last row")
        driver.play("j<Space>")
        #expect(driver.lines == end, "the end stays the end")
        driver.play("<Home>")
        #expect(driver.lines == first)
    }

    /// At 80×24 a member reads the Rennes seminar to its last line, item 4 and its polls included.
    @Test func everyLineOfTheRennesMinutesIsReachableAt80x24() throws {
        var driver = ScreenDriver(
            width: 80, height: 24, data: try RennesWall.snapshot.get(), actor: .administrator)
        let full = ScreenDriver(width: 80, height: 400, data: try RennesWall.snapshot.get())
        var all = full
        all.play("3")
        // The whole minutes on one tall screen, then read page by page on the small one.
        let expected = Array(all.lines.dropFirst(4).dropLast())
        driver.play("3")
        var read: [String] = []
        var previous: [String] = []
        while driver.lines != previous {
            previous = driver.lines
            read += driver.lines.dropFirst(4).dropLast()
            driver.play("<Space>")
        }
        let missing = expected.filter { !$0.isEmpty && !read.contains($0) }
        #expect(missing.isEmpty, "never shown at 80×24: \(missing)")
        #expect(expected.contains { $0.hasPrefix("   4. ") }, "item 4 is in the minutes")
        let item4 = expected.firstIndex { $0.hasPrefix("   4. ") } ?? 0
        #expect(expected[item4...].contains { $0.contains("Scrutin : ") }, "and its polls")
    }
}

@Suite("The minutes screen compared with Golden/")
struct MinutesGoldenTests {
    @Test(arguments: ScreenSize.tested)
    func scrolledToTheEnd(_ size: ScreenSize) {
        var driver = ScreenDriver(width: size.width, height: size.height)
        driver.play("3<End>")
        Golden.check(driver.text, named: "minutes-end-\(size.width)x\(size.height)")
    }

    @Test(arguments: ScreenSize.tested)
    func rennesItemFour(_ size: ScreenSize) throws {
        var driver = ScreenDriver(width: size.width, height: size.height, data: try RennesWall.snapshot.get())
        driver.play("3<Tab><Tab><Tab><Tab>")
        Golden.check(driver.text, named: "minutes-rennes-item4-\(size.width)x\(size.height)")
    }
}
