import ConseilCore
import Foundation
import Testing

@testable import ConseilStore

/// The ballots the interface holds in memory (`PollBallots`), kept current file by file, must
/// always equal the poll's folders read again from scratch: a vote changed, a ballot that
/// becomes unreadable and readable again, one removed, new ones from members and from phones.
@Suite("Poll ballots kept current file by file")
struct PollBallotsTests {
    /// What the tally sees: each ballot's voter and answers in order, and the files left out.
    static func seen(_ loaded: Loaded<Ballot>) -> [String] {
        loaded.values.map { "\($0.voter ?? "·"): \($0.answers.joined(separator: "+"))" }
            + loaded.problems.map { "problem " + URL(fileURLWithPath: $0.path).lastPathComponent }
    }

    @Test func everyChangeMatchesAFreshRead() throws {
        try withScratch { scratch in
            let root = try Fixture.root(at: scratch.data, members: 6)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session)
            let council = try root.requireCouncil()
            for number in [1, 3, 5] {
                try root.castBallot(
                    poll: poll, member: Fixture.memberId(number), answers: [number == 3 ? "Non" : "Oui"],
                    at: Fixture.now)
            }
            var held = PollBallots(poll: poll, root: root, council: council)
            let ballot = { (member: String) in
                root.absolute(Layout.ballot(session: session.id, poll: poll.id, key: member))
            }
            let steps: [(String, () throws -> [String])] = [
                (
                    "a vote changed",
                    {
                        try root.castBallot(poll: poll, member: "m01", answers: ["Non"], at: Fixture.now)
                        return [Layout.ballot(session: session.id, poll: poll.id, key: "m01")]
                    }
                ),
                (
                    "a ballot made unreadable",
                    {
                        try Data("{ pas du JSON".utf8).write(to: URL(fileURLWithPath: ballot("m03")))
                        return [Layout.ballot(session: session.id, poll: poll.id, key: "m03")]
                    }
                ),
                (
                    "the unreadable ballot readable again",
                    {
                        try FileManager.default.removeItem(atPath: ballot("m03"))
                        try root.castBallot(poll: poll, member: "m03", answers: ["Oui"], at: Fixture.now)
                        return [Layout.ballot(session: session.id, poll: poll.id, key: "m03")]
                    }
                ),
                (
                    "a ballot removed",
                    {
                        try FileManager.default.removeItem(atPath: ballot("m05"))
                        return [Layout.ballot(session: session.id, poll: poll.id, key: "m05")]
                    }
                ),
                (
                    "new ballots before and after the others",
                    {
                        try root.castBallot(poll: poll, member: "m02", answers: ["Oui"], at: Fixture.now)
                        try root.castBallot(poll: poll, member: "m06", answers: ["Non"], at: Fixture.now)
                        return ["m02", "m06"].map {
                            Layout.ballot(session: session.id, poll: poll.id, key: $0)
                        }
                    }
                ),
                (
                    "an unreadable ballot that is new",
                    {
                        try Data("[]".utf8).write(to: URL(fileURLWithPath: ballot("m04")))
                        return [Layout.ballot(session: session.id, poll: poll.id, key: "m04")]
                    }
                ),
            ]
            for (step, change) in steps {
                let changes = try change().compactMap(RecordChange.init(path:))
                held.reread(changes, root: root)
                let fresh = PollBallots(poll: poll, root: root, council: council)
                #expect(Self.seen(held.loaded) == Self.seen(fresh.loaded), "after \(step)")
            }
            #expect(
                Self.seen(held.loaded) == [
                    "m01: Non", "m02: Oui", "m03: Oui", "m06: Non", "problem m04.json",
                ])
        }
    }
}
