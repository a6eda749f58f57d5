import Foundation
import Testing

/// "Pourquoi ?": free-text answers are listed as they were given.
@Suite struct TextPollTests {
    @Test func answersAreListedAsTexts() throws {
        let scenario = try Scenario()
        let voters = try scenario.addVoters(2)
        let poll = try scenario.newPoll(kind: "text", question: "Pourquoi ?")
        try scenario.council.succeed(["vote", poll, "Parce que l'école doit s'en saisir"], as: voters[0])
        try scenario.council.succeed(["vote", poll, "Pour ne laisser personne de côté"], as: voters[1])

        let results = try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["kind"] as? String == "text")
        let texts = try #require(results["texts"] as? [String])
        #expect(Set(texts) == ["Parce que l'école doit s'en saisir", "Pour ne laisser personne de côté"])
        #expect(results["base"] as? Int == 2)

        let text = try scenario.council.succeed(["poll", "results", poll]).stdout
        #expect(text.contains("Pour ne laisser personne de côté"))
    }
}
