import Foundation
import Testing

/// One ballot per voter, and counts by show of hands added to the ballots.
@Suite struct BallotTests {
    @Test func votingAgainReplacesTheBallot() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(2)
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        try council.succeed(["vote", poll, "Oui"], as: voters[1])
        try council.succeed(["vote", poll, "Non"], as: voters[0])

        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["ballots"] as? Int == 2)
        #expect(results["base"] as? Int == 2)
        let options = try #require(results["options"] as? [[String: Any]])
        #expect(options.map { $0["count"] as? Int } == [1, 1])
        #expect(options.map { $0["percent"] as? Double } == [50, 50])
    }

    @Test func showOfHandsAddsToBallotsAndBase() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(2)
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        try council.succeed(["vote", poll, "Non"], as: voters[1])
        try council.succeed(
            ["poll", "count", poll, "--add", "Oui=3", "--add", "Non=5"], as: Scenario.facilitator)

        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["base"] as? Int == 10)
        let options = try #require(results["options"] as? [[String: Any]])
        #expect(options.map { $0["count"] as? Int } == [4, 6])
        #expect(options.map { $0["percent"] as? Double } == [40, 60])
        let text = try council.succeed(["poll", "results", poll]).stdout
        #expect(text.contains("40,00 %") && text.contains("60,00 %"), "\(text)")
    }
}
