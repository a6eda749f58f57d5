import Foundation
import TestSupport
import Testing

/// A member who holds a pouvoir votes on the phone page (`conseil serve`): their own ballot,
/// then the represented member's under a heading naming them, both through the one door.
@Suite(.serialized) struct RoomPouvoirTests {
    let scenario: Scenario
    let holder: String
    let giver: String

    init() throws {
        scenario = try Scenario()
        let voters = try scenario.addVoters(3)
        (holder, giver) = (voters[0], voters[1])
        let attendance: [(String, String, String?)] = [
            (holder, "present", nil), (giver, "excuse", holder), (voters[2], "present", nil),
        ]
        for (member, status, proxy) in attendance {
            try scenario.council.succeed(
                ["session", "attend", scenario.session, member, status]
                    + (proxy.map { ["--proxy", $0] } ?? []),
                as: Scenario.secretary)
        }
    }

    /// A yes/no poll opened, the room server started, and a phone on `member`'s ballot page.
    func openPhone(_ member: String, _ extra: [String] = []) throws -> (
        poll: String, serve: RoomServe, phone: Phone, page: RawHTTP.Reply
    ) {
        let codes = try RoomVoteTests.codes(scenario)
        let poll = try scenario.newPoll(kind: "yesno", question: "Adopter le budget ?", extra)
        let serve = try RoomServe(scenario.council, session: scenario.session)
        let phone = serve.phone()
        return (poll, serve, phone, try phone.get("/?member=" + codes[member]!))
    }

    @Test func theHolderVotesForSelfThenForTheRepresentedMember() throws {
        let council = scenario.council
        let (poll, serve, phone, own) = try openPhone(holder)
        defer { withExtendedLifetime(serve) {} }
        #expect(
            own.body.contains("<h1>Votre réponse</h1>") && !own.body.contains("name=\"for\""), "\(own.body)")
        let confirmed = try phone.submit(own, to: "/vote", [("poll", poll), ("option", "0")])
        #expect(confirmed.body.contains(">Vote pour Votant 2 (pouvoir)</a>"), "\(confirmed.body)")

        let second = try phone.get("/vote")
        #expect(second.body.contains("<h1>Vote pour Votant 2 (pouvoir)</h1>"), "\(second.body)")
        #expect(second.body.contains("name=\"for\" value=\"\(giver)\""))
        let done = try phone.submit(second, to: "/vote", [("poll", poll), ("option", "1"), ("for", giver)])
        #expect(done.status == 200 && done.body.contains("Question suivante"), "\(done.body)")

        let results = try RoomVoteTests.results(scenario, poll)
        #expect(results["ballots"] as? Int == 2)
        #expect((results["options"] as? [[String: Any]])?.map { $0["count"] as? Int } == [1, 1])
        let file = try #require(
            try council.snapshot()["\(scenario.session)/polls/\(poll)/ballots/\(giver).json"])
        let ballot = try #require(JSONSerialization.jsonObject(with: file) as? [String: Any])
        #expect(ballot["castBy"] as? String == holder && ballot["answers"] as? [String] == ["Non"])
        // Both cast: the page is the holder's own again, to vote again.
        #expect(try phone.get("/vote").body.contains("Vous avez voté : Oui"))
    }

    @Test func aBallotForSomeoneElsesPouvoirIsRefused() throws {
        let council = scenario.council
        let (poll, serve, other, page) = try openPhone("v03")
        defer { withExtendedLifetime(serve) {} }
        #expect(!page.body.contains("pouvoir"), "\(page.body)")
        let before = try council.snapshot()
        let refused = try other.submit(page, to: "/vote", [("poll", poll), ("option", "0"), ("for", giver)])
        #expect(
            refused.status == 409 && refused.body.contains("vous ne détenez pas le pouvoir"),
            "\(refused.body)")
        #expect(try council.changes(since: before) == [])
    }

    @Test func anAnonymousPollGivesTheHolderTwoMarks() throws {
        let council = scenario.council
        let codes = try RoomVoteTests.codes(scenario)
        let poll = try scenario.newPoll(kind: "yesno", question: "Secret ?", ["--anonymous"])
        let serve = try RoomServe(council, session: scenario.session)
        let phone = serve.phone()
        try phone.submit(
            try phone.get("/?member=" + codes[holder]!), to: "/vote", [("poll", poll), ("option", "0")])
        let second = try phone.get("/vote")
        #expect(second.body.contains("<h1>Vote pour Votant 2 (pouvoir)</h1>"), "\(second.body)")
        try phone.submit(second, to: "/vote", [("poll", poll), ("option", "1"), ("for", giver)])
        let marks = try council.snapshot().keys.filter {
            $0.contains("/\(poll)/voters/") && !$0.hasSuffix("/")
        }.sorted()
        #expect(marks.count == 2 && marks.contains { $0.hasSuffix("/" + giver) }, "\(marks)")
        #expect(try phone.get("/vote").body.contains("Vous avez voté à ce scrutin anonyme"))
    }
}
