import Foundation
import Testing

/// The word cloud: spellings of one word grouped as one answer, and a second round.
@Suite struct WordsPollTests {
    let scenario: Scenario
    let voters: [String]
    let first: String

    init() throws {
        scenario = try Scenario()
        voters = try scenario.addVoters(4)
        first = try scenario.newPoll(
            kind: "words", question: "Le numérique en un mot ?", ["--max-answers", "3"])
        try scenario.council.succeed(["vote", first, "Formation"], as: voters[0])
        try scenario.council.succeed(["vote", first, "formations", "Réseau"], as: voters[1])
        try scenario.council.succeed(["vote", first, "la formation"], as: voters[2])
        try scenario.council.succeed(["vote", first, "« formation »"], as: voters[3])
    }

    @Test func spellingsOfOneWordAreOneAnswer() throws {
        let results = try scenario.council.succeed(["poll", "results", first, "--format", "json"])
            .jsonObject()
        #expect(results["kind"] as? String == "words")
        #expect(results["base"] as? Int == 4)
        let answers = try #require(results["answers"] as? [[String: Any]])
        // Most frequent first; shown in lower case, without its article or quotes.
        #expect(answers.first?["text"] as? String == "formation")
        #expect(answers.first?["count"] as? Int == 4)
        #expect(answers.count == 2)
        #expect(answers.last?["text"] as? String == "Réseau")

        let text = try scenario.council.succeed(["poll", "results", first]).stdout
        #expect(text.contains("formation"))
        #expect(!text.contains("formations"), "grouped spellings are not listed apart")
    }

    @Test func secondRoundShowsThePreviousOne() throws {
        let second = try scenario.newPoll(
            kind: "words", question: "Et après le débat ?", ["--max-answers", "3", "--after", first])
        try scenario.council.succeed(["vote", second, "Partage"], as: voters[0])
        try scenario.council.succeed(["vote", second, "Formation"], as: voters[1])

        let results = try scenario.council.succeed(["poll", "results", second, "--format", "json"])
            .jsonObject()
        #expect(results["id"] as? String == second)
        let previous = try #require(results["previous"] as? [String: Any], "\(results)")
        #expect(previous["id"] as? String == first)
        #expect(previous["base"] as? Int == 4)
        let earlier = try #require(previous["answers"] as? [[String: Any]])
        #expect(earlier.first?["text"] as? String == "formation")
        #expect(earlier.first?["count"] as? Int == 4)

        // The terminal view shows both rounds, with the change per answer.
        let text = try scenario.council.succeed(["poll", "results", second]).stdout
        #expect(text.contains("Partage"))
        #expect(text.contains("4 →"), "\(text)")
    }

    @Test func firstRoundHasNoPrevious() throws {
        let results = try scenario.council.succeed(["poll", "results", first, "--format", "json"])
            .jsonObject()
        #expect(results["previous"] == nil)
    }
}
