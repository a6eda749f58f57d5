import ConseilCore
import Testing

@Suite("Word groups: the spelling shown on the wall")
struct WordSpellingTests {
    func shown(_ answers: [String]) throws -> [String] {
        try Fixture.words(answers.map { [$0] }).answers.map(\.text)
    }

    @Test("lower case wins over capitals, however frequent, and punctuation goes")
    func lowerCase() throws {
        #expect(try shown(["FORMATION", "Formation", "formation", "formation."]) == ["formation"])
        #expect(try shown(["FORMATION", "FORMATION", "FORMATION", "formation."]) == ["formation"])
        #expect(try shown(["Mediation", "Mediation", "médiation"]) == ["médiation"])
    }

    @Test("accents win: egalite is typed on a phone for égalité")
    func accents() throws {
        #expect(try shown(["égalité", "egalite", "EGALITE"]) == ["égalité"])
        #expect(try shown(["egalite", "egalite", "egalité", "égalité"]) == ["égalité"])
        #expect(try shown(["Numerique", "NUMERIQUE", "numérique"]) == ["numérique"])
    }

    @Test("no article, no elision, no quotes around the shown spelling")
    func noArticle() throws {
        #expect(try shown(["L'Emploi", "emploi"]) == ["emploi"])
        #expect(try shown(["L'Emploi", "L'Emploi"]) == ["Emploi"])
        #expect(try shown(["des outils", "outils"]) == ["outils"])
        #expect(try shown(["des outils", "des outils"]) == ["outils"])
        #expect(try shown(["« formation »", "la formation"]) == ["formation"])
        #expect(try shown(["aux élus", "élus"]) == ["élus"])
    }

    @Test("a singular wins over its plural")
    func singular() throws {
        #expect(try shown(["formations", "formations", "formation"]) == ["formation"])
        #expect(try shown(["chevaux", "chevaux", "cheval"]) == ["cheval"])
        #expect(try shown(["liens sociaux", "lien social", "liens sociaux"]) == ["lien social"])
        #expect(try shown(["services publics", "service public"]) == ["service public"])
    }

    @Test("a proper noun keeps its capital when every original has one")
    func properNoun() throws {
        #expect(try shown(["Rennes", "RENNES", "RENNES"]) == ["Rennes"])
        #expect(try shown(["Bretagne", "bretagne"]) == ["bretagne"])
        #expect(try shown(["Conseil Régional", "CONSEIL REGIONAL"]) == ["Conseil Régional"])
    }

    @Test("inner quotes stay, outer ones go")
    func quotes() throws {
        #expect(try shown(["« uberiser » le rural.", "« uberiser » le rural"]) == ["« uberiser » le rural"])
    }
}
