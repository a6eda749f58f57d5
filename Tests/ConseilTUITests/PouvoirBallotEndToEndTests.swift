import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// A member holding a pouvoir opens the ballot of the real binary in tmux, casts their own
/// ballot, then on the same screen the represented member's (issue 12, item 2).
@Suite(
    "End to end: the pouvoir's ballot after the holder's own, in tmux",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(3))
)
struct PouvoirBallotEndToEndTests {
    @Test func theHolderVotesYesForSelfAndNoForTheRepresentedMember() throws {
        let app = try LiveApp()
        defer { app.tmux.kill() }
        let session = app.fixture.session
        try app.conseil(["session", "attend", session, "m35", "present", "--member", "sam"])
        try app.conseil(["session", "attend", session, "m36", "excuse", "--proxy", "m35", "--member", "sam"])
        let poll =
            try app.conseil([
                "poll", "new", session, "--kind", "yesno", "--question", "Adopter le budget 2018 ?",
                "--member",
                "anne",
            ]).split(separator: "\n").last.map(String.init) ?? ""
        try app.conseil(["poll", "open", poll, "--member", "anne"])

        let ballot = try app.ballotScreen(poll: poll, member: "m35")
        try ballot.waitFor("Vote — Votant 35", "Adopter le budget 2018 ?", "( ) Oui", timeout: 30)
        try ballot.send("Space")
        try ballot.send("Enter")
        // The same screen moves on to the represented member's ballot, and says so.
        try ballot.waitFor("Vote pour Votant 36 (pouvoir)", "votre vote est enregistré", timeout: 30)
        try ballot.send("Down")
        try ballot.send("Space")
        try ballot.send("Enter")
        try ballot.waitFor("vote enregistré : Non", timeout: 30)

        let results =
            try JSONSerialization.jsonObject(
                with: Data(try app.conseil(["poll", "results", poll, "--format", "json"]).utf8))
            as? [String: Any]
        #expect(results?["ballots"] as? Int == 2, "\(String(describing: results))")
        let counts = (results?["options"] as? [[String: Any]])?.map { $0["count"] as? Int }
        #expect(counts == [1, 1], "\(String(describing: results))")
        let stored = app.fixture.root.ballots(of: try app.fixture.root.poll(poll)).values
        #expect(
            stored.first { $0.voter == "m35" }?.answers == ["Oui"]
                && stored.first { $0.voter == "m35" }?.castBy == nil)
        #expect(
            stored.first { $0.voter == "m36" }?.answers == ["Non"]
                && stored.first { $0.voter == "m36" }?.castBy == "m35")

        // Esc goes back to the holder's own ballot, as recorded.
        try ballot.send("Escape")
        try ballot.waitFor("Vote — Votant 35", "vote enregistré : Oui", timeout: 30)
    }
}
