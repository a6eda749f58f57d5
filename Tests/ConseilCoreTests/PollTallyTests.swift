import ConseilCore
import Testing

@Suite("Option poll tally: counts, base and percentages")
struct PollTallyTests {
    @Test("yes/no: 17 against 15 out of 32")
    func yesNo() throws {
        let poll = try Fixture.poll(.yesno)
        #expect(poll.options == ["Oui", "Non"])
        let results = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, votes: [("Oui", 17), ("Non", 15)]), counts: [])
        #expect(results.base == 32)
        #expect(results.options.map(\.label) == ["Oui", "Non"])
        #expect(results.percent(of: "Oui") == "53,13 %")
        #expect(results.percent(of: "Non") == "46,88 %")
    }

    @Test("yes/no with abstention: 34, 2 and 1 out of 37")
    func abstention() throws {
        let poll = try Fixture.poll(.yesno, abstain: true)
        #expect(poll.options == ["Oui", "Non", "Abstention"])
        let results = PollResults(
            poll: poll,
            ballots: Fixture.ballots(poll, votes: [("Oui", 34), ("Non", 2), ("Abstention", 1)]), counts: [])
        #expect(results.options.map(\.count) == [34, 2, 1])
        #expect(results.options.map { $0.percent?.formatted(.fr) } == ["91,89 %", "5,41 %", "2,70 %"])
    }

    @Test("base = ballots + hand voters; hand counts add to the options")
    func handsAndBallots() throws {
        let poll = try Fixture.poll(.yesno)
        let results = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, votes: [("Oui", 4), ("Non", 5)]),
            counts: [
                Fixture.hands(poll, ["Oui": 9, "Non": 10], voters: 20, id: "h1"),
                Fixture.hands(poll, ["Oui": 2], voters: 5, id: "h2"),
            ])
        #expect(results.ballots == 9)
        #expect(results.handVoters == 25)
        #expect(results.base == 34)
        #expect(results.count(of: "Oui") == 15)
        #expect(results.count(of: "Non") == 15)
        #expect(results.percent(of: "Oui") == "44,12 %")
    }

    @Test("a show of hands alone fills a poll")
    func handsOnly() throws {
        let poll = try Fixture.poll(.yesno)
        let results = PollResults(
            poll: poll, ballots: [], counts: [Fixture.hands(poll, ["Oui": 19, "Non": 15], voters: 34)])
        #expect(results.ballots == 0)
        #expect(results.percent(of: "Oui") == "55,88 %")
        #expect(results.percent(of: "Non") == "44,12 %")
    }

    @Test("multiple choice: the base is voters, not answers")
    func multi() throws {
        let poll = try Fixture.poll(.multi, options: ["Vélo", "Bus", "Train"], maxAnswers: 2)
        let results = PollResults(
            poll: poll,
            ballots: Fixture.ballots(
                poll, [["Vélo", "Bus"], ["Vélo"], ["Bus", "Train"], ["Vélo", "Train"]]),
            counts: [])
        #expect(results.base == 4)
        #expect(results.options.map(\.count) == [3, 2, 2])
        #expect(results.options.map { $0.percent?.formatted(.fr) } == ["75,00 %", "50,00 %", "50,00 %"])
    }

    @Test("an answer repeated in one ballot counts once; unknown answers are ignored")
    func robustBallots() throws {
        let poll = try Fixture.poll(.multi, options: ["Vélo", "Bus"])
        let results = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, [["Vélo", "Vélo"], ["Trottinette"], ["Bus"]]),
            counts: [Fixture.hands(poll, ["Trottinette": 4, "Bus": 1], voters: 4)])
        #expect(results.options.map(\.label) == ["Vélo", "Bus"])
        #expect(results.options.map(\.count) == [1, 2])
        #expect(results.base == 7)
    }

    @Test("a poll file with a label twice (edited by hand) is tallied, not a crash")
    func duplicateLabels() {
        var poll = Poll(
            id: "p", session: "s", item: nil, kind: .choice, question: "?", options: ["A", "B", "A"],
            maxAnswers: nil, anonymous: false, hideResults: false, after: nil, createdAt: Fixture.now,
            createdBy: "anim")
        poll.state = .closed
        let results = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, votes: [("A", 2), ("B", 1)]), counts: [])
        #expect(results.options.map(\.count) == [2, 1, 2])
        #expect(results.base == 3)
    }

    @Test("no voters: counts are zero and no percentage is given")
    func empty() throws {
        let poll = try Fixture.poll(.choice, options: ["A", "B"])
        let results = PollResults(poll: poll, ballots: [], counts: [])
        #expect(results.base == 0)
        #expect(results.options.map(\.count) == [0, 0])
        #expect(results.options.allSatisfy { $0.percent == nil })
    }

    @Test("free text: every text is kept, in ballot order")
    func freeText() throws {
        let poll = try Fixture.poll(.text)
        let results = PollResults(
            poll: poll, ballots: Fixture.ballots(poll, [["Parce que."], ["Pour l’école"]]), counts: [])
        #expect(results.texts == ["Parce que.", "Pour l’école"])
        #expect(results.options.isEmpty && results.answers.isEmpty)
        #expect(results.base == 2)
    }
}
