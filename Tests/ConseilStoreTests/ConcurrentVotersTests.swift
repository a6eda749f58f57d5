// Many voters at once: each ballot is its own file, so nobody waits and nothing is lost.
// The real `conseil` binary, one process per voter, all started before any is waited for.
import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

@Suite("Concurrent voters", .serialized)
struct ConcurrentVotersTests {
    /// Starts every command, then waits for all of them.
    private func runTogether(_ commands: [[String]], scratch: Scratch) throws -> [ProcessOutput] {
        let environment = Binary.environment(data: scratch.data)
        let children = try commands.map {
            try spawnConseil($0, environment: environment)
        }
        return children.map { $0.wait() }
    }

    @Test("50 members voting at once give 50 ballots and the right tally")
    func fiftyVoters() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data, members: 50)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            // m01…m30 vote Oui, m31…m50 vote Non.
            let commands = (1...50).map { number in
                ["vote", poll.id, number <= 30 ? "oui" : "2", "--member", Fixture.memberId(number)]
            }
            let results = try runTogether(commands, scratch: scratch)
            for (number, result) in zip(1..., results) {
                #expect(result.succeeded, "voter \(number): \(result.stderr)")
            }

            let ballots = root.ballots(of: poll)
            #expect(ballots.problems.isEmpty)
            #expect(ballots.values.count == 50)
            #expect(ballots.values.compactMap(\.voter) == (1...50).map(Fixture.memberId))
            let (tally, problems) = root.results(of: poll)
            #expect(problems.isEmpty)
            #expect(tally.base == 50)
            #expect(tally.options.map(\.count) == [30, 20])
            #expect(tally.options.map(\.label) == [Poll.yes, Poll.no])
            #expect(dotFiles(under: scratch.data).isEmpty)
            #expect(root.check().isEmpty)
        }
    }

    @Test("voting again replaces the earlier ballot")
    func voteAgainReplaces() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            let environment = Binary.environment(data: scratch.data)
            let first = try runConseil(
                ["vote", poll.id, "Oui", "--member", "m01"], environment: environment)
            let second = try runConseil(
                ["vote", poll.id, "Non", "--member", "m01"], environment: environment)
            #expect(first.succeeded && second.succeeded, "\(first.stderr)\(second.stderr)")
            let ballots = root.ballots(of: poll).values
            #expect(ballots.count == 1)
            #expect(ballots.first?.voter == "m01")
            #expect(ballots.first?.answers == [Poll.no])
            #expect(
                FileReader.list(root.sessionPath(session.id) + "/polls/\(poll.id)/ballots") == ["m01.json"])
        }
    }

    @Test("the same voter voting ten times at once keeps one ballot")
    func sameVoterAtOnce() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            let commands = (0..<10).map { run in
                ["vote", poll.id, run % 2 == 0 ? "Oui" : "Non", "--member", "m02"]
            }
            let results = try runTogether(commands, scratch: scratch)
            #expect(results.allSatisfy { $0.succeeded }, "\(results.map(\.stderr))")
            let ballots = root.ballots(of: poll)
            #expect(ballots.problems.isEmpty)
            #expect(ballots.values.count == 1)
            #expect(ballots.values.first?.answers == [Poll.yes] || ballots.values.first?.answers == [Poll.no])
            #expect(dotFiles(under: scratch.data).isEmpty)
        }
    }

    @Test("50 members voting at once in an anonymous poll give 50 ballots and 50 marks")
    func fiftyAnonymousVoters() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data, members: 50)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session, anonymous: true)
            let commands = (1...50).map { number in
                ["vote", poll.id, number % 5 == 0 ? "Non" : "Oui", "--member", Fixture.memberId(number)]
            }
            let results = try runTogether(commands, scratch: scratch)
            #expect(results.allSatisfy { $0.succeeded }, "\(results.map(\.stderr).filter { !$0.isEmpty })")
            let folder = root.sessionPath(session.id) + "/polls/\(poll.id)"
            #expect(FileReader.list(folder + "/voters") == (1...50).map(Fixture.memberId))
            let (tally, problems) = root.results(of: poll)
            #expect(problems.isEmpty)
            #expect(tally.ballots == 50)
            #expect(tally.options.map(\.count) == [40, 10])
            #expect(dotFiles(under: scratch.data).isEmpty)
        }
    }

    @Test("the same voter voting ten times at once in an anonymous poll is counted once")
    func sameAnonymousVoterAtOnce() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session, anonymous: true)
            let commands = (0..<10).map { _ in ["vote", poll.id, "Oui", "--member", "m03"] }
            let results = try runTogether(commands, scratch: scratch)
            #expect(results.filter(\.succeeded).count == 1)
            #expect(
                results.filter { $0.termination == .exited(1) }.count == 9, "\(results.map(\.termination))")
            #expect(root.ballots(of: poll).values.count == 1)
            #expect(FileReader.list(root.sessionPath(session.id) + "/polls/\(poll.id)/voters") == ["m03"])
        }
    }
}
