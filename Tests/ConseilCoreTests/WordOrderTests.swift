import ConseilCore
import Testing

@Suite("Word groups: ties in French alphabetical order")
struct WordOrderTests {
    @Test("accents sort after their base letter, not after z")
    func accentsAfterTheirLetter() {
        let words = ["travaux", "élus", "emploi", "zone", "Europe", "école"]
        #expect(
            words.sorted(by: FrenchOrder.precedes) == [
                "école", "élus", "emploi", "Europe", "travaux", "zone",
            ])
    }

    @Test("e < é < è < ê < ë < f, one letter at a time")
    func accentOrder() {
        let words = ["f", "ë", "ê", "è", "é", "e"]
        #expect(words.sorted(by: FrenchOrder.precedes) == ["e", "é", "è", "ê", "ë", "f"])
        #expect(
            ["côte", "cote", "coté", "côté"].sorted(by: FrenchOrder.precedes) == [
                "cote", "coté", "côte", "côté",
            ])
    }

    @Test("case and punctuation decide only between equal letters")
    func caseAndPunctuation() {
        #expect(FrenchOrder.precedes("rural", "« uberiser » le rural"))
        #expect(FrenchOrder.precedes("« uberiser » le rural", "zone"))
        #expect(FrenchOrder.precedes("bus", "Bus"))
        #expect(FrenchOrder.precedes("Bus", "cable"))
        #expect(!FrenchOrder.precedes("bus", "bus"))
    }

    @Test("equal counts in the cloud sort in French order")
    func cloudTies() throws {
        let results = try Fixture.words([["travaux"], ["élus"], ["accès"], ["Zèbre"], ["emploi"]])
        #expect(results.answers.map(\.text) == ["accès", "élus", "emploi", "travaux", "Zèbre"])
    }
}
