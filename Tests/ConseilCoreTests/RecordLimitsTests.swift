import Testing

@testable import ConseilCore

@Suite("Record limits: the values a file may hold before anything computes with them")
struct RecordLimitsTests {
    @Test func aQuorumIsAPercentage() {
        var council = Council(name: "C", members: [Member(id: "alice", name: "Alice", role: .member)])
        for percent in [0, 50, 100] {
            council.quorumPercent = percent
            #expect(council.limitViolation == nil)
        }
        for percent in [-1, 101, Int.max, Int.min] {
            council.quorumPercent = percent
            #expect(council.limitViolation?.fr.contains("« quorumPercent » vaut") == true)
        }
    }

    @Test func memberIdsFollowTheIdPatternOnce() {
        let alice = Member(id: "alice", name: "Alice", role: .member)
        #expect(
            Council(name: "C", members: [alice, alice]).limitViolation?.en == "member “alice” listed twice")
        let hostile = Member(id: "../x", name: "X", role: .member)
        #expect(Council(name: "C", members: [hostile]).limitViolation?.en == "invalid member id: “../x”")
    }

    @Test func agendaPositionsAndTimesCannotOverflow() {
        var item = AgendaItem(
            id: "a1", session: "s", title: "T", position: 1000, duration: 30, presenter: nil)
        #expect(item.limitViolation == nil)
        item.position = Int.max
        #expect(item.limitViolation?.en.hasPrefix("“position” is 9,223,372,036,854,775,807") == true)
        item.position = 1000
        item.spentSeconds = Int.max
        #expect(item.limitViolation?.en.hasPrefix("“spentSeconds” is") == true)
        item.spentSeconds = -1
        #expect(item.limitViolation != nil)
        item.spentSeconds = 0
        item.duration = 0
        #expect(item.limitViolation?.en.hasPrefix("“duration” is 0") == true)
    }

    @Test func theNextPositionStaysInBoundsWhateverTheItems() {
        func item(_ position: Int) -> AgendaItem {
            AgendaItem(
                id: "a\(position)", session: "s", title: "T", position: position, duration: nil,
                presenter: nil)
        }
        #expect(AgendaItem.nextPosition(after: []) == 1000)
        #expect(AgendaItem.nextPosition(after: [item(1000), item(3000)]) == 4000)
        #expect(AgendaItem.nextPosition(after: [item(-5000)]) == 1000)
        #expect(AgendaItem.nextPosition(after: [item(Int.max)]) == RecordLimits.positions.upperBound)
    }

    @Test func anItemLeftRunningForYearsStopsAtTheLimit() {
        var item = AgendaItem(
            id: "a1", session: "s", title: "T", position: 1000, duration: 30, presenter: nil)
        item.start(at: Timestamp(seconds: 0))
        let later = Timestamp(seconds: 100 * 366 * 86_400)
        #expect(item.spent(at: later) == RecordLimits.maxSpentSeconds)
        item.finish(at: later)
        #expect(item.limitViolation == nil, "a finished item can be written and read back")
    }

    @Test func handCountsAreBoundedAndConsistent() throws {
        let poll = try Fixture.poll(.yesno)
        #expect(Fixture.hands(poll, ["Oui": 3, "Non": 1], voters: 4).limitViolation == nil)
        #expect(Fixture.hands(poll, ["Oui": 0], voters: 0).limitViolation == nil)
        let huge = Fixture.hands(poll, ["Oui": 1_000_000_000_000_000], voters: 1_000_000_000_000_000)
        #expect(huge.limitViolation?.en.hasPrefix("“voters” is 1,000,000,000,000,000") == true)
        #expect(
            Fixture.hands(poll, ["Oui": -1], voters: 3).limitViolation?.en.hasPrefix("“counts” is -1") == true
        )
        #expect(
            Fixture.hands(poll, ["Oui": 5], voters: 3).limitViolation?.en
                == "“Oui” counts 5 hands for 3 voters")
    }

    @Test func progressIsAPercentage() {
        let event = ProposalEvent(
            id: "e", proposal: "p", at: Fixture.now, by: "s", status: .inProgress, progress: 101)
        #expect(event.limitViolation?.en.hasPrefix("“progress” is 101") == true)
    }

    @Test func pollSettingsAreThoseMakeAccepts() throws {
        #expect(try Fixture.poll(.yesno, abstain: true).limitViolation == nil)
        #expect(try Fixture.poll(.multi, options: ["A", "B", "C"], maxAnswers: 2).limitViolation == nil)
        #expect(try Fixture.poll(.words).limitViolation == nil)
        var poll = try Fixture.poll(.choice, options: ["A", "B"])
        poll.options = ["A", "a"]
        #expect(poll.limitViolation != nil, "labels folded alike would make answers ambiguous")
        poll.options = ["A"]
        #expect(poll.limitViolation?.en.hasPrefix("“options” is 1") == true)
        poll = try Fixture.poll(.multi, options: ["A", "B"])
        poll.maxAnswers = Int.max
        #expect(poll.limitViolation?.en.hasPrefix("“maxAnswers” is") == true)
        poll = try Fixture.poll(.text)
        poll.options = ["Oui"]
        #expect(poll.limitViolation != nil)
    }

    @Test func aPollBelongsToItsFolders() throws {
        let poll = try Fixture.poll(.yesno, id: "q1")
        #expect(poll.placementProblem(folder: "q1", session: "2017-11-17-seance") == nil)
        #expect(poll.placementProblem(folder: "q2", session: "2017-11-17-seance") != nil)
        #expect(poll.placementProblem(folder: "q1", session: "2017-12-15-autre") != nil)
    }

    @Test func aRecordNamesItsOwnPlace() {
        let item = AgendaItem(
            id: "a1", session: "2017-11-17-x", title: "T", position: 1000, duration: nil, presenter: nil)
        #expect(item.placementProblem(fileStem: "a1", session: "2017-11-17-x") == nil)
        #expect(
            item.placementProblem(fileStem: "a2", session: "2017-11-17-x")?.en
                == "“id” is “a1” but the file lies under “a2”")
        #expect(
            item.placementProblem(fileStem: "a1", session: "2017-12-15-y")?.en.hasPrefix("“session”") == true)
        let attendance = Attendance(member: "alice", status: .present, at: Fixture.now, by: "sec")
        #expect(attendance.placementProblem(fileStem: "bob") != nil)
        #expect(
            RecordPlacement.problem([("id", "x\u{1B}[2J", "y")])?.en
                == "“id” is “x␛[2J” but the file lies under “y”")
    }

    @Test func sumsAndPercentagesOfHugeCountsDoNotTrap() throws {
        let poll = try Fixture.poll(.yesno)
        let counts = (1...3).map {
            Fixture.hands(poll, ["Oui": Int.max / 2], voters: Int.max / 2, id: "h\($0)")
        }
        let results = PollResults(poll: poll, ballots: [], counts: counts)
        #expect(results.base == Int.max)
        #expect(results.options[0].count == Int.max)
        #expect(Percentage(count: Int.max, base: Int.max)?.hundredths == 10_000)
    }
}
