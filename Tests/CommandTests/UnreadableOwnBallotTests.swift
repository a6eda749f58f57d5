import Foundation
import Testing

/// An unreadable ballot at a member's own name (fault F7), from disk or a remote, does not lock
/// them out: voting again sets its bytes aside in a hidden copy that `check` reports.
@Suite struct UnreadableOwnBallotTests {
    @Test func votingAgainSetsTheUnreadableBallotAside() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "yesno", question: "Êtes-vous informés ?")
        try council.succeed(["vote", poll, "Oui"], as: Scenario.member)
        let ballots = scenario.session + "/polls/" + poll + "/ballots/"
        let damaged =
            "\u{FEFF}"
            + (try String(contentsOfFile: council.root + "/" + ballots + "marc.json", encoding: .utf8))
        try council.write(damaged, to: ballots + "marc.json")

        let vote = try council.run(["vote", poll, "Non"], as: Scenario.member)
        #expect(vote.status == 0, "\(vote.summary)")
        #expect(!(vote.stdout + vote.stderr).contains(council.root), "\(vote.summary)")
        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["ballots"] as? Int == 1)

        let copies = try council.snapshot().keys.filter {
            $0.hasPrefix(ballots + ".marc.conflict-unreadable") && $0.hasSuffix(".json")
        }
        #expect(copies.count == 1, "\(copies)")
        let kept = try #require(copies.first)
        #expect(try council.snapshot()[kept] == Data(damaged.utf8), "nothing is lost")
        let check = try council.run(["check"])
        #expect(check.status != 0)
        #expect((check.stdout + check.stderr).contains(kept.split(separator: "/").last!), "\(check.summary)")
    }
}
