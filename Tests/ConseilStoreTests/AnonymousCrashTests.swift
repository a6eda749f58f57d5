import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

#if canImport(Glibc)
    import Glibc
#endif

/// kill -9 during an anonymous vote (issue 8, fault 8): a crash may lose the vote, never lock the
/// member out, and never count one member twice.
@Suite("Anonymous votes killed at random", .serialized)
struct AnonymousCrashTests {
    @Test("after votes killed at any moment, every member votes exactly once")
    func nobodyLockedOut() throws {
        try withScratch { scratch in
            let members = 40
            let root = try Fixture.root(at: scratch.data, members: members)
            let session = try Fixture.session(in: root)
            let poll = try Fixture.openPoll(in: root, session: session, anonymous: true)
            let environment = Binary.environment(data: scratch.data, now: nil)
            // How long an unhurried vote takes here, so that kills land anywhere in one.
            var duration = Int64.max
            for number in 1...3 {
                let start = monotonicMilliseconds()
                let probe = try runConseil(
                    ["vote", poll.id, "Oui", "--member", Fixture.memberId(number)], environment: environment)
                #expect(probe.succeeded, "\(probe.stderr)")
                duration = min(duration, max(5, monotonicMilliseconds() - start))
            }
            var killed = 0
            var random = SystemRandomNumberGenerator()
            for number in 4...members {
                let child = try spawnConseil(
                    ["vote", poll.id, "Non", "--member", Fixture.memberId(number)], environment: environment)
                usleep(UInt32(Int64.random(in: (duration * 300)...(duration * 1200), using: &random)))
                child.kill()
                if case .signalled = child.wait().termination { killed += 1 }
            }
            #expect(killed > 0, "no vote was killed before its end: the test proves nothing")

            // Every member tries again: those whose vote counted are told so, the others vote.
            for number in 1...members {
                let again = try runConseil(
                    ["vote", poll.id, "Oui", "--member", Fixture.memberId(number)], environment: environment)
                #expect(
                    again.succeeded || again.stderr.contains("déjà voté")
                        || again.stderr.contains("already voted"),
                    "member \(number): \(again.summary)")
            }
            let close = try runConseil(
                ["poll", "close", poll.id, "--member", "anim"], environment: environment)
            #expect(close.succeeded, "\(close.stderr)")
            let folder = root.sessionPath(session.id) + "/polls/\(poll.id)"
            #expect(FileReader.list(folder + "/ballots").count == members, "one ballot per member")
            #expect(FileReader.list(folder + "/voters").count == members, "one mark per member")
            #expect(dotFiles(under: folder + "/voters").isEmpty, "no journal left after the close")
        }
    }
}
