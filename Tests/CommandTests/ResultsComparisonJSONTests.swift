import Foundation
import Testing

/// `poll results --format json` of a second round carries `comparison`: one row per idea,
/// each round in percent of its own base, and the change in points.
@Suite struct ResultsComparisonJSONTests {
    @Test func aWordsSecondRoundComparesOneRowPerIdea() throws {
        let scenario = try Scenario()
        let voters = try scenario.addVoters(4)
        let first = try scenario.newPoll(kind: "words", question: "Un mot ?")
        for voter in voters.prefix(3) {
            try scenario.council.succeed(["vote", first, "Formations"], as: voter)
        }
        try scenario.council.succeed(["vote", first, "L’Emploi"], as: voters[3])
        let second = try scenario.newPoll(kind: "words", question: "Un mot, après ?", ["--after", first])
        try scenario.council.succeed(["vote", second, "formation"], as: voters[0])
        try scenario.council.succeed(["vote", second, "la formation."], as: voters[1])
        try scenario.council.succeed(["vote", second, "lien social"], as: voters[2])

        let json = try scenario.council.succeed(["poll", "results", second, "--format", "json"]).jsonObject()
        let rows = try #require(json["comparison"] as? [[String: Any]], "\(json)")
        // `formations` before and `formation` after are one idea, not a shift; `L’Emploi`, the
        // only spelling of its group, keeps its capital.
        #expect(rows.map { $0["text"] as? String } == ["formation", "lien social", "Emploi"])
        #expect(rows.map { $0["before"] as? Int } == [3, 0, 1])
        #expect(rows.map { $0["after"] as? Int } == [2, 1, 0])
        // 3 of 4 before, 2 of 3 after: 75 % → 66,67 %, -8,33 points.
        #expect(rows.map { $0["beforePercent"] as? Double } == [75, 0, 25])
        #expect(rows.map { $0["afterPercent"] as? Double } == [66.67, 33.33, 0])
        #expect(rows.map { $0["change"] as? Double } == [-8.33, 33.33, -25])
        // The second round's own answers use the same keys.
        let answers = try #require(json["answers"] as? [[String: Any]])
        #expect(answers.map { $0["text"] as? String } == ["formation", "lien social"])
        // The first round alone has no comparison.
        let alone = try scenario.council.succeed(["poll", "results", first, "--format", "json"]).jsonObject()
        #expect(alone["comparison"] == nil)
    }

    @Test func anOptionsSecondRoundComparesEveryOption() throws {
        let scenario = try Scenario()
        let voters = try scenario.addVoters(3)
        let first = try scenario.newPoll(kind: "yesno", question: "Tiers-lieu ?")
        for voter in voters { try scenario.council.succeed(["vote", first, "Non"], as: voter) }
        let second = try scenario.newPoll(kind: "yesno", question: "Tiers-lieu, après ?", ["--after", first])
        try scenario.council.succeed(["vote", second, "Oui"], as: voters[0])

        let json = try scenario.council.succeed(["poll", "results", second, "--format", "json"]).jsonObject()
        let rows = try #require(json["comparison"] as? [[String: Any]], "\(json)")
        #expect(rows.map { $0["text"] as? String } == ["Oui", "Non"])
        #expect(rows.map { $0["change"] as? Double } == [100, -100])
    }

    @Test func aHiddenFirstRoundGivesNoComparison() throws {
        let scenario = try Scenario()
        let voters = try scenario.addVoters(2)
        let first = try scenario.newPoll(kind: "words", question: "Un mot ?", ["--hide-results"])
        for voter in voters { try scenario.council.succeed(["vote", first, "formations"], as: voter) }
        let second = try scenario.newPoll(kind: "words", question: "Après ?", ["--after", first])
        try scenario.council.succeed(["vote", second, "formation"], as: voters[0])

        let json = try scenario.council.succeed(["poll", "results", second, "--format", "json"]).jsonObject()
        #expect(json["comparison"] == nil, "\(json)")
        #expect(json["previous"] == nil)
    }
}
