import Testing

@testable import ConseilCore

@Suite("Ballot validation: a ballot counts only in its poll, from a member, with answers the poll asks for")
struct BallotValidationTests {
    let council = Council(
        name: "C",
        members: ["v0", "v1", "v2"].map { Member(id: $0, name: $0, role: .member) })

    func problem(_ ballot: Ballot, file: String? = nil, in poll: Poll) -> String? {
        BallotValidation.problem(
            ballot, fileStem: file ?? ballot.voter ?? "k", poll: poll, members: council.memberIds,
            pouvoirs: [:])?
            .en
    }

    @Test func aBallotAsVoteWritesItIsValid() throws {
        let poll = try Fixture.poll(.yesno, abstain: true)
        for answer in poll.options {
            #expect(
                problem(Ballot(poll: poll.id, voter: "v0", at: Fixture.now, answers: [answer]), in: poll)
                    == nil)
        }
    }

    @Test func theVoterIsAMemberAndTheFileIsTheirs() throws {
        let poll = try Fixture.poll(.yesno)
        let ghost = Ballot(poll: poll.id, voter: "ghost", at: Fixture.now, answers: ["Oui"])
        #expect(problem(ghost, in: poll) == "“ghost” is not a member of the council")
        let borrowed = Ballot(poll: poll.id, voter: "v0", at: Fixture.now, answers: ["Oui"])
        #expect(problem(borrowed, file: "v1", in: poll) == "the file name is not the voter's (“v0”)")
        let nobody = Ballot(poll: poll.id, voter: nil, at: nil, answers: ["Oui"])
        #expect(problem(nobody, in: poll) == "ballot without a voter in a named poll")
        let elsewhere = Ballot(poll: "q9", voter: "v0", at: Fixture.now, answers: ["Oui"])
        #expect(problem(elsewhere, in: poll) == "ballot of another poll (“q9”)")
    }

    @Test func withoutMembersOnlyTheVoterGoesUnchecked() throws {
        let poll = try Fixture.poll(.yesno)
        let ghost = Ballot(poll: poll.id, voter: "ghost", at: Fixture.now, answers: ["Oui"])
        #expect(
            BallotValidation.problem(ghost, fileStem: "ghost", poll: poll, members: nil, pouvoirs: nil) == nil
        )
        let two = Ballot(poll: poll.id, voter: "ghost", at: Fixture.now, answers: ["Oui", "Non"])
        #expect(
            BallotValidation.problem(two, fileStem: "ghost", poll: poll, members: nil, pouvoirs: nil) != nil)
    }

    @Test func anAnonymousBallotNamesNobodyAndHasNoTime() throws {
        var poll = try Fixture.poll(.yesno)
        poll.anonymous = true
        #expect(problem(Ballot(poll: poll.id, voter: nil, at: nil, answers: ["Oui"]), in: poll) == nil)
        let named = Ballot(poll: poll.id, voter: "v0", at: nil, answers: ["Oui"])
        #expect(problem(named, in: poll) == "named or timed ballot in an anonymous poll")
        let timed = Ballot(poll: poll.id, voter: nil, at: Fixture.now, answers: ["Oui"])
        #expect(problem(timed, in: poll) == "named or timed ballot in an anonymous poll")
    }

    @Test func singleAnswerKindsTakeExactlyOneOption() throws {
        for poll in [try Fixture.poll(.yesno), try Fixture.poll(.choice, options: ["3", "2", "1"])] {
            func answers(_ list: [String]) -> String? {
                BallotValidation.answersProblem(list, poll: poll)?.en
            }
            #expect(answers([]) == "0 answers where the poll takes exactly one")
            #expect(
                answers([poll.options[0], poll.options[1]]) == "2 answers where the poll takes exactly one")
            #expect(
                answers(["\u{0}" + poll.options[0]]) == "“␀\(poll.options[0])” is not an option of the poll")
            #expect(
                answers([poll.options[0].lowercased() + " "]) != nil, "stored answers are labels, exactly")
        }
    }

    @Test func multipleChoiceTakesDistinctOptionsUpToTheLimit() throws {
        let poll = try Fixture.poll(.multi, options: ["A", "B", "C"], maxAnswers: 2)
        #expect(BallotValidation.answersProblem(["A", "C"], poll: poll) == nil)
        #expect(
            BallotValidation.answersProblem(["A", "B", "C"], poll: poll)?.en
                == "3 answer(s) where the poll takes 1 to 2")
        #expect(BallotValidation.answersProblem(["A", "A"], poll: poll)?.en == "the same answer twice")
        #expect(BallotValidation.answersProblem(["D"], poll: poll)?.en == "“D” is not an option of the poll")
    }

    @Test func wordsAndTextsAreBoundedInNumberAndLength() throws {
        let words = try Fixture.poll(.words, maxAnswers: 2)
        #expect(BallotValidation.answersProblem(["formation", "emploi"], poll: words) == nil)
        #expect(BallotValidation.answersProblem(["a", "b", "c"], poll: words) != nil)
        #expect(BallotValidation.answersProblem(["   "], poll: words) != nil)
        #expect(BallotValidation.answersProblem([String(repeating: "m", count: 101)], poll: words) != nil)
        let text = try Fixture.poll(.text)
        #expect(BallotValidation.answersProblem(["Parce que."], poll: text) == nil)
        #expect(BallotValidation.answersProblem(["Un", "Deux"], poll: text) != nil)
        #expect(BallotValidation.answersProblem([String(repeating: "t", count: 2001)], poll: text) != nil)
        // Control characters in free text stay, shown inert (docs/DECISIONS.md).
        #expect(BallotValidation.answersProblem(["Vraiment \u{1B}[2J ?"], poll: text) == nil)
    }

    @Test func aResultSaysWhatItLeftOut() {
        #expect(Discarded().notice == nil)
        #expect(Discarded(ballots: 20).notice?.fr == "20 bulletins invalides écartés : conseil check")
        #expect(
            Discarded(ballots: 1, handCounts: 2).notice?.en
                == "1 invalid ballot left out, 2 invalid shows of hands left out: conseil check")
        #expect(Discarded(handCounts: 1).notice?.fr == "1 main levée invalide écartée : conseil check")
    }

    @Test func handCountsNameOptionsOfTheirPoll() throws {
        let poll = try Fixture.poll(.yesno)
        #expect(
            HandCountValidation.problem(
                Fixture.hands(poll, ["Oui": 3], voters: 3), fileStem: "h1", poll: poll) == nil)
        let stray = Fixture.hands(poll, ["Peut-être": 3], voters: 3)
        #expect(
            HandCountValidation.problem(stray, fileStem: "h1", poll: poll)?.en
                == "“Peut-être” is not an option of the poll")
        #expect(
            HandCountValidation.problem(
                Fixture.hands(poll, ["Oui": 3], voters: 3), fileStem: "h2", poll: poll) != nil)
        let text = try Fixture.poll(.text)
        #expect(
            HandCountValidation.problem(Fixture.hands(text, ["x": 1], voters: 1), fileStem: "h1", poll: text)
                != nil)
    }
}
