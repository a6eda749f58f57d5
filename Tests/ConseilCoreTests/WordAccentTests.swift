import ConseilCore
import Testing

/// Accent folding groups `egalite` with `égalité`; words that French tells apart by their
/// accents alone stay apart when both are typed with their accents (docs/DECISIONS.md).
@Suite("Word groups: words told apart by their accents")
struct WordAccentTests {
    @Test("pêche and péché are two answers, each with its count")
    func differentAccents() throws {
        let results = try Fixture.words([["pêche"], ["Pêche"], ["péché"]])
        #expect(results.answers.map(\.text) == ["pêche", "péché"])
        #expect(results.answers.map(\.count) == [2, 1])
        #expect(Set(results.answers.map(\.key)).count == 2)
    }

    @Test("a spelling without accents joins the most frequent accented one")
    func withoutAccents() throws {
        let results = try Fixture.words([["pêche"], ["péché"], ["péché"], ["PECHE"]])
        #expect(results.answers.map(\.text) == ["péché", "pêche"])
        #expect(results.answers.map(\.count) == [3, 1])
    }

    @Test("marché and marche cannot be told apart: marche may be a marché typed on a phone")
    func missingAccent() throws {
        let results = try Fixture.words([["marche"], ["marché"], ["marché"]])
        #expect(results.answers.map(\.text) == ["marché"])
        #expect(results.answers.first?.count == 3)
    }

    @Test("a missing accent on one letter is still the same word")
    func partlyAccented() throws {
        let results = try Fixture.words([["égalité"], ["egalité"], ["égalite"]])
        #expect(results.answers.map(\.text) == ["égalité"])
        #expect(results.answers.first?.count == 3)
    }

    @Test("plurals fold within their accented word")
    func pluralsKeepTheirWord() throws {
        let results = try Fixture.words([["pêches"], ["pêche"], ["péchés"], ["péché"], ["péché"]])
        #expect(results.answers.map(\.text) == ["péché", "pêche"])
        #expect(results.answers.map(\.count) == [3, 2])
    }

    @Test("the split does not depend on the order of the ballots")
    func stable() throws {
        let answers = [["pêche"], ["péché"], ["peche"], ["pèche"]]
        let groups = try [answers, answers.reversed()].map {
            try Fixture.words($0).answers.map { "\($0.key)=\($0.text):\($0.count)" }
        }
        #expect(groups[0] == groups[1])
    }
}
