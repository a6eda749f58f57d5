// Every record is checked when it is loaded (ConseilCore's RecordLimits, BallotValidation and
// HandCountValidation), and nothing is written that loading would then refuse.
import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

@Suite("Records validated on load")
struct LoadValidationTests {
    @Test("a record out of range is never written: the error says why, and no file appears")
    func outOfRangeWritesAreRefused() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            var item = AgendaItem(
                id: Fixture.newId("a"), session: session.id, title: "T", position: Int.max, duration: nil,
                presenter: nil)
            #expect(throws: ConseilError.self) { try root.save(item) }
            #expect(
                !FileManager.default.fileExists(
                    atPath: root.sessionPath(session.id) + "/agenda/\(item.id).json"))
            item.position = 1000
            try root.save(item)
            #expect(root.agenda(session: session.id).values == [item])
        }
    }

    @Test("a vote whose answers the poll does not take is refused before any file is written")
    func castBallotUsesTheLoadingRule() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let poll = try Fixture.openPoll(in: root, session: try Fixture.session(in: root))
            for answers in [[Poll.yes, Poll.no], ["Peut-être"], []] {
                #expect(throws: ConseilError.self) {
                    try root.castBallot(poll: poll, member: "m01", answers: answers, at: Fixture.now)
                }
            }
            #expect(root.ballots(of: poll).values.isEmpty && root.ballots(of: poll).problems.isEmpty)
            #expect(root.recordedAnswers(poll: poll, member: "m01") == nil)
        }
    }

    @Test("a show of hands that loading would leave out is refused before any file is written")
    func handCountsUseTheLoadingRule() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let session = try Fixture.session(in: root)
            let words = try Fixture.openPoll(in: root, session: session, kind: .words)
            let long = HandCount(
                id: Fixture.newId("h"), poll: words.id, counts: [String(repeating: "m", count: 101): 2],
                voters: 2,
                at: Fixture.now, by: "anim")
            #expect(throws: ConseilError.self) { try root.add(long, to: words) }
            #expect(root.handCounts(of: words).values.isEmpty && root.handCounts(of: words).problems.isEmpty)
        }
    }

    @Test("a ghost ballot is a problem, not a vote, in the ballots, the results and the check")
    func ghostBallotsAreLeftOut() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let poll = try Fixture.openPoll(in: root, session: try Fixture.session(in: root))
            try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: Fixture.now)
            let folder = root.sessionPath(poll.session) + "/polls/\(poll.id)/ballots"
            let ghost = Ballot(poll: poll.id, voter: "m02", at: Fixture.now, answers: [Poll.no])
            try writeBytes(try RecordCodec.encode(ghost), to: folder + "/m03.json")
            let ballots = root.ballots(of: poll)
            #expect(ballots.values.map(\.voter) == ["m01"])
            #expect(ballots.problems.map(\.path) == [folder + "/m03.json"])
            let (results, problems) = root.results(of: poll)
            #expect(results.base == 1 && results.discarded == Discarded(ballots: 1))
            #expect(problems == ballots.problems)
            #expect(root.check() == ballots.problems)
            #expect(root.recordedAnswers(poll: poll, member: "m03") == nil)
        }
    }

    @Test("an anonymous poll with more ballots than marked voters is reported")
    func anonymousBallotsWithoutMarks() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let poll = try Fixture.openPoll(
                in: root, session: try Fixture.session(in: root), anonymous: true)
            try root.castBallot(poll: poll, member: "m01", answers: [Poll.yes], at: Fixture.now)
            let folder = root.sessionPath(poll.session) + "/polls/\(poll.id)"
            let extra = Ballot(poll: poll.id, voter: nil, at: nil, answers: [Poll.no])
            try writeBytes(try RecordCodec.encode(extra), to: folder + "/ballots/fantome0000000000000.json")
            func reasons() -> [String] { root.check().map { "\($0.path): \($0.reason.en)" } }
            #expect(reasons() == [folder + "/ballots: 2 anonymous ballots for 1 marked voters"])
            // Nothing says which of the two is the ghost: both still count (docs/DECISIONS.md).
            #expect(root.results(of: poll).results.base == 2)
            try writeBytes(Array("voted\n".utf8), to: folder + "/voters/intrus")
            #expect(reasons() == [folder + "/voters/intrus: vote mark of someone who is not a member"])
        }
    }

    @Test("a record copied under another name or session is left out where it lies")
    func misplacedRecordsAreLeftOut() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data)
            let everything = try Fixture.everything(in: root)
            let other = try Fixture.session(in: root, title: "Séance de décembre")
            let item = everything.item
            let copy = root.sessionPath(other.id) + "/agenda/\(item.id).json"
            try FileManager.default.createDirectory(
                atPath: root.sessionPath(other.id) + "/agenda", withIntermediateDirectories: true)
            try writeBytes(try RecordCodec.encode(item), to: copy)
            let event = try #require(root.proposal(everything.proposal.id).record.history.first)
            let renamed = root.proposalsPath + "/\(everything.proposal.id)/events/e0000000000000.json"
            try writeBytes(try RecordCodec.encode(event), to: renamed)

            #expect(root.agenda(session: other.id).values.isEmpty)
            #expect(root.agenda(session: everything.session.id).values == [item])
            #expect(try root.proposal(everything.proposal.id).record.history == [event])
            let reasons = root.check().map { "\($0.path): \($0.reason.en)" }
            #expect(
                reasons
                    == [
                        "\(copy): “session” is “\(everything.session.id)” but the file lies under “\(other.id)”",
                        "\(renamed): “id” is “\(event.id)” but the file lies under “e0000000000000”",
                    ].sorted())
        }
    }

    @Test("sync's check of an incoming ballot compares it with the names of its path")
    func incomingBallotsAreCheckedAgainstTheirPath() throws {
        let path = "2026-11-21-seance/polls/q1/ballots/m01.json"
        #expect(Layout.kind(of: path) == .ballot)
        func bytes(_ ballot: Ballot) throws -> [UInt8] { try RecordCodec.encode(ballot) }
        let own = Ballot(poll: "q1", voter: "m01", at: Fixture.now, answers: [Poll.yes])
        #expect(RecordKind.ballot.check(try bytes(own), path: path) == nil)
        let borrowed = Ballot(poll: "q1", voter: "m02", at: Fixture.now, answers: [Poll.yes])
        #expect(RecordKind.ballot.check(try bytes(borrowed), path: path) != nil)
        let elsewhere = Ballot(poll: "q2", voter: "m01", at: Fixture.now, answers: [Poll.yes])
        #expect(RecordKind.ballot.check(try bytes(elsewhere), path: path) != nil)
        // The other version kept by a sync conflict stands for the record it is a copy of.
        let copy = "2026-11-21-seance/polls/q1/ballots/.m01.conflict-1a2b3c4d.json"
        #expect(RecordKind.ballot.check(try bytes(own), path: copy) == nil)
        let session = Session(
            id: "2026-11-21-seance", title: "T", date: Fixture.day, place: nil, createdAt: Fixture.now,
            createdBy: "sec")
        let sessionBytes = try RecordCodec.encode(session)
        #expect(RecordKind.session.check(sessionBytes, path: "2026-11-21-seance/session.json") == nil)
        #expect(RecordKind.session.check(sessionBytes, path: "2026-11-22-autre/session.json") != nil)
        let count = HandCount(
            id: "h1", poll: "q2", counts: [Poll.yes: 1], voters: 1, at: Fixture.now, by: "anim")
        #expect(
            RecordKind.handCount.check(try RecordCodec.encode(count), path: "s/polls/q1/counts/h1.json")
                != nil)
    }
}
