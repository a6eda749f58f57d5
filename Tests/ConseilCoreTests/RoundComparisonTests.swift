import ConseilCore
import Testing

@Suite("Before / after: a second round compared with the first")
struct RoundComparisonTests {
    func options(_ votes: [(String, Int)], id: String, after: String? = nil) throws -> PollResults {
        let poll = try Fixture.poll(.yesno, id: id, after: after)
        return PollResults(poll: poll, ballots: Fixture.ballots(poll, votes: votes), counts: [])
    }

    @Test("options: change in votes and in percentage points")
    func optionRounds() throws {
        let before = try options([("Oui", 10), ("Non", 22)], id: "tour1")
        let after = try options([("Oui", 17), ("Non", 15)], id: "tour2", after: "tour1")
        let comparison = RoundComparison(before: before, after: after)
        #expect(comparison.baseBefore == 32 && comparison.baseAfter == 32)
        #expect(comparison.rows.map(\.label) == ["Oui", "Non"])
        #expect(comparison.rows.map(\.before) == [10, 22])
        #expect(comparison.rows.map(\.after) == [17, 15])
        #expect(comparison.rows.map(\.change) == [7, -7])
        // 31,25 % → 53,13 % and 68,75 % → 46,88 %.
        #expect(comparison.rows.map(\.percentChange) == [2188, -2187])
        #expect(comparison.rows.map { $0.percentBefore?.formatted(.fr) } == ["31,25 %", "68,75 %"])
    }

    @Test("bases may differ between the rounds")
    func differentBases() throws {
        let before = try options([("Oui", 15), ("Non", 19)], id: "tour1")
        let after = try options([("Oui", 34), ("Non", 3)], id: "tour2")
        let rows = RoundComparison(before: before, after: after).rows
        #expect(rows.first?.percentBefore?.hundredths == 4412)
        #expect(rows.first?.percentAfter?.hundredths == 9189)
        #expect(rows.first?.percentChange == 4777)
    }

    @Test("an empty round has no percentage, so no change in points")
    func emptyRound() throws {
        let before = try options([], id: "tour1")
        let after = try options([("Oui", 3)], id: "tour2")
        let comparison = RoundComparison(before: before, after: after)
        #expect(comparison.rows.first?.change == 3)
        #expect(comparison.rows.first?.percentBefore == nil)
        #expect(comparison.rows.allSatisfy { $0.percentChange == nil })
    }

    @Test("an option only in the first round still shows, at zero after")
    func optionOnlyBefore() throws {
        let first = try Fixture.poll(.choice, options: ["Vélo", "Bus", "Tram"], id: "tour1")
        let second = try Fixture.poll(.choice, options: ["Vélo", "Bus"], id: "tour2")
        let comparison = RoundComparison(
            before: PollResults(
                poll: first, ballots: Fixture.ballots(first, votes: [("Vélo", 1), ("Tram", 3)]), counts: []),
            after: PollResults(
                poll: second, ballots: Fixture.ballots(second, votes: [("Vélo", 2), ("Bus", 2)]), counts: []))
        #expect(comparison.rows.map(\.label) == ["Vélo", "Bus", "Tram"])
        #expect(comparison.rows.map(\.change) == [1, 2, -3])
        #expect(comparison.rows.last?.percentAfter?.hundredths == 0)
    }

    @Test("words match by grouping key, new and vanished words included")
    func wordRounds() throws {
        let before = try Fixture.words([["Formation"], ["formation"], ["emploi"], ["réseau"]])
        let after = try Fixture.words([["formations"], ["formation"], ["formation"], ["l’emploi"], ["Fibre"]])
        let comparison = RoundComparison(before: before, after: after)
        let byLabel = Dictionary(uniqueKeysWithValues: comparison.rows.map { ($0.label, $0) })
        #expect(comparison.rows.count == 4)
        #expect(byLabel["formation"]?.before == 2)
        #expect(byLabel["formation"]?.after == 3)
        #expect(byLabel["formation"]?.change == 1)
        // 2/4 = 50 % → 3/5 = 60 %.
        #expect(byLabel["formation"]?.percentChange == 1000)
        // "emploi" and "l’emploi" are one row, shown without the elision.
        #expect(byLabel["l’emploi"] == nil)
        #expect(byLabel["emploi"]?.before == 1 && byLabel["emploi"]?.after == 1)
        #expect(byLabel["emploi"]?.change == 0)
        #expect(byLabel["Fibre"]?.before == 0 && byLabel["Fibre"]?.after == 1)
        #expect(byLabel["réseau"]?.after == 0 && byLabel["réseau"]?.change == -1)
        // The second round's order first (ties in French order), then what only the first had.
        #expect(comparison.rows.map(\.label) == ["formation", "emploi", "Fibre", "réseau"])
    }

    @Test("the second round carries the first, and the text shows both")
    func previousRoundInResults() throws {
        let first = try options([("Oui", 10), ("Non", 22)], id: "tour1")
        let poll = try Fixture.poll(.yesno, id: "tour2", after: "tour1")
        let results = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, votes: [("Oui", 17), ("Non", 15)]), counts: [],
            previous: first)
        #expect(results.previous?.poll.id == "tour1")
        let text = ResultsText(language: .fr).render(results)
        #expect(text.contains("premier tour : tour1"))
        #expect(text.contains("10 →   17  (+7)"))
        #expect(text.contains("31,25 % → 53,13 % (+21,88 pts)"))
        #expect(text.contains("(−7)"))
        let markdown = MinutesMarkdown(language: .fr).pollSection(results).joined(separator: "\n")
        #expect(markdown.contains("| Oui | 10 | 17 | +7 |"))
        #expect(markdown.contains("| Non | 22 | 15 | −7 |"))
    }

    /// A words poll asked twice: the second round's results, carrying the first.
    func wordRounds(before: [[String]], after: [[String]], hideFirst: Bool = false) throws -> PollResults {
        let first = try Fixture.poll(.words, maxAnswers: 3, id: "tour1", hideResults: hideFirst)
        let second = try Fixture.poll(.words, maxAnswers: 3, id: "tour2", after: "tour1")
        let earlier = PollResults(poll: first, ballots: Fixture.ballots(first, before), counts: [])
        return PollResults(
            poll: second, ballots: Fixture.ballots(second, after), counts: [], previous: earlier)
    }

    @Test("a plural before and its singular after are one idea, not a shift")
    func pluralAndSingularInDifferentRounds() throws {
        let results = try wordRounds(
            before: [["formations"], ["formations"], ["Formations"], ["emploi"]],
            after: [["formation"], ["formation"], ["cheval"]])
        let previous = try #require(results.previous)
        // Each round alone would keep `formations` apart; together they share the key.
        #expect(previous.answers.map(\.key) == ["formation", "emploi"])
        #expect(results.answers.map(\.key) == ["formation", "cheval"])
        let rows = RoundComparison(before: previous, after: results).rows
        #expect(rows.map(\.label) == ["formation", "cheval", "emploi"])
        #expect(rows.map(\.before) == [3, 0, 1])
        #expect(rows.map(\.after) == [2, 1, 0])
        // 3/4 = 75 % → 2/3 = 66,67 %: each round in percent of its own base.
        #expect(rows.first?.percentChange == -833)
    }

    @Test("plurals of every kind fold across the rounds")
    func lemmasAcrossRounds() throws {
        let results = try wordRounds(
            before: [["chevaux"], ["liens sociaux"], ["services publics"], ["les locaux"]],
            after: [["cheval"], ["lien social"], ["le service public"], ["local"]])
        let rows = RoundComparison(before: try #require(results.previous), after: results).rows
        #expect(rows.map(\.label) == ["cheval", "lien social", "local", "service public"])
        #expect(rows.allSatisfy { $0.before == 1 && $0.after == 1 })
    }

    @Test("the row shows the best spelling over both rounds")
    func spellingOverBothRounds() throws {
        let results = try wordRounds(before: [["égalité"]], after: [["EGALITE"], ["Egalite"]])
        #expect(results.answers.first?.text == "Egalite")
        let rows = RoundComparison(before: try #require(results.previous), after: results).rows
        #expect(rows.map(\.label) == ["égalité"])
        #expect(rows.first?.before == 1 && rows.first?.after == 2)
    }

    @Test("a hidden first round gives no comparison, and does not regroup the second")
    func hiddenFirstRound() throws {
        let results = try wordRounds(before: [["formation"]], after: [["formations"]], hideFirst: true)
        #expect(results.previous == nil)
        #expect(results.answers.map(\.key) == ["formations"])
    }
}
