import ConseilCore
import Testing

@Suite("Word cloud tally: groups, counts, merges and hides")
struct WordCloudTests {
    @Test("six spellings of one answer are one group counted six times")
    func oneGroup() throws {
        let results = try Fixture.words([
            ["Formation"], ["formations"], ["la formation"], ["« formation »"], ["Formation."],
            ["  formation  "],
        ])
        #expect(results.answers.count == 1)
        let group = try #require(results.answers.first)
        #expect(group.key == "formation")
        #expect(group.count == 6)
        // Spellings are tidied (spaces trimmed) and all kept for the merge screen.
        #expect(
            Set(group.spellings)
                == ["Formation", "formations", "la formation", "« formation »", "Formation.", "formation"])
        #expect(results.base == 6)
    }

    @Test("elisions group with the bare word")
    func elisions() throws {
        let results = try Fixture.words([["l'emploi"], ["l’emploi"], ["emploi"]])
        #expect(results.answers.map(\.key) == ["emploi"])
        #expect(results.answers.first?.count == 3)
    }

    @Test("an answer with inner quotes stays apart and keeps its quotes")
    func innerQuotes() throws {
        let results = try Fixture.words([["« uberiser » le rural"], ["uberiser"], ["uberiser"]])
        #expect(results.answers.count == 2)
        #expect(results.word("uberiser")?.count == 2)
        let quoted = try #require(results.word("« uberiser » le rural"))
        #expect(quoted.text == "« uberiser » le rural")
        #expect(quoted.count == 1)
    }

    @Test("a plural folds only onto a singular someone gave")
    func plurals() throws {
        let alone = try Fixture.words([["usages"], ["Usages"]])
        #expect(alone.answers.map(\.key) == ["usages"])
        #expect(alone.answers.first?.text == "usages")
        let both = try Fixture.words([["usages"], ["usage"]])
        #expect(both.answers.map(\.key) == ["usage"])
        #expect(both.answers.first?.count == 2)
    }

    @Test("among equally good spellings, the most frequent is shown")
    func mostFrequentSpelling() throws {
        let results = try Fixture.words([["Rennes"], ["RENNES"], ["RENNES"], ["Rennes"], ["Rennes"]])
        #expect(results.answers.first?.text == "Rennes")
        let accented = try Fixture.words([["égalité"], ["Égalité"], ["égalités"], ["égalité"]])
        #expect(accented.answers.first?.text == "égalité")
    }

    @Test("a tie between spellings always goes the same way, whatever the ballot order")
    func tieRule() throws {
        let answers = [["formation"], ["Formation"], ["la formation"], ["Formations"]]
        let texts = try [answers, answers.reversed(), [answers[2], answers[0], answers[3], answers[1]]].map {
            try Fixture.words($0).answers.first?.text
        }
        #expect(Set(texts).count == 1)
        // The rule: lower case and singular first, then without the article.
        #expect(texts.first == "formation")
    }

    @Test("one participant citing a group twice counts once")
    func oncePerParticipant() throws {
        let results = try Fixture.words([["Formation", "formations", "la formation"], ["formation"]])
        #expect(results.answers.first?.count == 2)
        #expect(results.base == 2)
    }

    @Test("hand counts add to the ballots and to the base")
    func handCounts() throws {
        let results = try Fixture.words(
            [["Formation"], ["emploi"]], hands: ["formation": 3, "l'emploi": 1, "rien": 0], handVoters: 4)
        #expect(results.word("formation")?.count == 4)
        #expect(results.word("emploi")?.count == 2)
        #expect(results.word("rien") == nil)
        #expect(results.base == 6)
        #expect(results.ballots == 2)
        #expect(results.handVoters == 4)
    }

    @Test("a hand count can make a singular appear and fold a ballot's plural")
    func handCountSingular() throws {
        let results = try Fixture.words([["formations"]], hands: ["formation": 2], handVoters: 2)
        #expect(results.answers.map(\.key) == ["formation"])
        #expect(results.answers.first?.count == 3)
    }

    @Test("merged groups join, counting a participant who gave both once")
    func merged() throws {
        let results = try Fixture.words(
            [["emploi", "formation"], ["l'emploi"], ["formation"], ["numérique"]],
            merged: ["emploi": "formation"])
        #expect(results.word("emploi") == nil)
        let group = try #require(results.word("formation"))
        #expect(group.count == 3)
        #expect(group.spellings.contains("l'emploi"))
        #expect(results.word("numerique")?.count == 1)
    }

    @Test("merges follow chains and survive a cycle")
    func mergeChains() throws {
        let chained = try Fixture.words(
            [["a"], ["b"], ["c"]], merged: ["a": "b", "b": "c"])
        #expect(chained.answers.map(\.key) == ["c"])
        #expect(chained.answers.first?.count == 3)
        // A cycle set by mistake must end, not hang.
        let cycle = try Fixture.words([["a"], ["b"]], merged: ["a": "b", "b": "a"])
        #expect(cycle.answers.reduce(0) { $0 + $1.count } == 2)
    }

    @Test("hidden groups leave the results but stay in the ballots and the base")
    func hidden() throws {
        let results = try Fixture.words([["Formation"], ["bêtise"], ["Bêtises"]], hidden: ["betise"])
        #expect(results.answers.map(\.key) == ["formation"])
        #expect(results.base == 3)
    }

    @Test("most frequent first, ties in alphabetical order ignoring case")
    func ordering() throws {
        let results = try Fixture.words([
            ["zèbre", "Mobilité"], ["accès", "mobilité"], ["Bus"], ["mobilité", "zèbre"], ["bus"],
        ])
        // "Bus" and "bus" once each: lower case is shown.
        #expect(results.answers.map(\.text) == ["mobilité", "bus", "zèbre", "accès"])
        #expect(results.answers.map(\.count) == [3, 2, 2, 1])
    }

    @Test("ties order alphabetically regardless of the case of the first letter")
    func caseInsensitiveTies() throws {
        let results = try Fixture.words([["Zèbre"], ["avenir"], ["Mobilité"]])
        #expect(results.answers.map(\.text) == ["avenir", "Mobilité", "Zèbre"])
    }

    @Test("blank and punctuation-only answers are not a group")
    func blanks() throws {
        let results = try Fixture.words([["..."], ["« »"], ["emploi"]])
        #expect(results.answers.map(\.key) == ["emploi"])
        #expect(results.base == 3)
    }
}
