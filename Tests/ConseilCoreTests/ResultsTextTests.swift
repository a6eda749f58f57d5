import ConseilCore
import Testing

@Suite("Poll results in a terminal")
struct ResultsTextTests {
    @Test("the base line states voters, ballots and hands, with French plurals")
    func baseLine() throws {
        let poll = try Fixture.poll(.yesno)
        let mixed = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, votes: [("Oui", 2)]),
            counts: [Fixture.hands(poll, ["Oui": 9_998], voters: 10_000)])
        #expect(
            ResultsText(language: .fr).baseLine(mixed)
                == "Base : 10 002 votants (2 bulletins, 10 000 à main levée)")
        #expect(
            ResultsText(language: .en).baseLine(mixed)
                == "Base: 10,002 voters (2 ballots, 10,000 by show of hands)")
        let one = PollResults(poll: poll, ballots: Fixture.ballots(poll, votes: [("Non", 1)]), counts: [])
        #expect(ResultsText(language: .fr).baseLine(one) == "Base : 1 votant (1 bulletin)")
        #expect(ResultsText(language: .en).baseLine(one) == "Base: 1 voter (1 ballot)")
        let none = PollResults(poll: poll, ballots: [], counts: [])
        #expect(ResultsText(language: .fr).baseLine(none) == "Base : 0 votant (0 bulletin)")
        #expect(ResultsText(language: .en).baseLine(none) == "Base: 0 voters (0 ballots)")
    }

    @Test("bars are proportional to the largest count and always the same width")
    func bars() {
        let text = ResultsText(language: .fr, barWidth: 10)
        #expect(text.bar(10, 10) == String(repeating: "█", count: 10))
        #expect(text.bar(5, 10) == String(repeating: "█", count: 5) + String(repeating: "░", count: 5))
        // 1/16 of 10 cells is 5/8 of a cell; 1/20 is half a cell.
        #expect(text.bar(1, 16) == "▋" + String(repeating: "░", count: 9))
        #expect(text.bar(1, 20) == "▌" + String(repeating: "░", count: 9))
        #expect(text.bar(0, 0) == String(repeating: "░", count: 10))
        for count in 0...37 { #expect(text.bar(count, 37).count == 10) }
        let ascii = ResultsText(language: .fr, barWidth: 4, unicode: false)
        #expect(ascii.bar(2, 4) == "##..")
        #expect(ascii.bar(0, 0) == "....")
    }

    @Test("options show counts and French percentages; hidden results show only the ballots")
    func render() throws {
        let poll = try Fixture.poll(.yesno, abstain: true, question: "Adopter ?\u{1B}[2J")
        let ballots = Fixture.ballots(poll, votes: [("Oui", 34), ("Non", 2), ("Abstention", 1)])
        let text = ResultsText(language: .fr).render(PollResults(poll: poll, ballots: ballots, counts: []))
        #expect(text.hasPrefix("Adopter ?␛[2J\n(oui/non, brouillon)\n"))
        #expect(text.contains("91,89 %"))
        #expect(text.contains("   2,70 %"))
        #expect(text.hasSuffix("Base : 37 votants (37 bulletins)\n"))
        var hidden = try Fixture.poll(.yesno, hideResults: true)
        try hidden.open(at: Fixture.now)
        let masked = ResultsText(language: .fr).render(
            PollResults(poll: hidden, ballots: ballots, counts: []))
        #expect(masked.contains("Résultats masqués jusqu'à la clôture. 37 bulletins"))
        #expect(!masked.contains("%"))
    }
}
