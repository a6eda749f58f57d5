import Foundation
import Testing

/// The facilitator's moderation through the commands: merge any answer into any other, undo it,
/// hide and show words and free texts. Only poll.json changes; the ballots stay as cast, and
/// the results, minutes and exports say how many answers were hidden or merged.
@Suite struct ModerationTests {
    let scenario: Scenario
    let words: String
    let texts: String

    init() throws {
        scenario = try Scenario()
        let voters = try scenario.addVoters(4)
        words = try scenario.newPoll(kind: "words", question: "Un mot ?", ["--max-answers", "3"])
        try scenario.council.succeed(["vote", words, "formation", "réseau"], as: voters[0])
        try scenario.council.succeed(["vote", words, "formations", "lien"], as: voters[1])
        try scenario.council.succeed(["vote", words, "partage"], as: voters[2])
        try scenario.council.succeed(["vote", words, "Liens"], as: voters[3])
        texts = try scenario.newPoll(kind: "text", question: "Une idée ?")
        try scenario.council.succeed(["vote", texts, "Des ateliers au centre social"], as: voters[0])
        try scenario.council.succeed(["vote", texts, "Achetez mes montres pas chères"], as: voters[1])
    }

    private func answers(_ poll: String) throws -> [String: Int] {
        let results = try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        let list = results["answers"] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0["text"] as! String, $0["count"] as! Int) })
    }

    private func ballots() throws -> [String: Data] {
        try scenario.council.snapshot().filter { $0.key.contains("/ballots/") }
    }

    @Test func anyAnswerMergesIntoAnyOtherAndTheMergeUndoes() throws {
        let before = try ballots()
        // partage (1) is last in the list, formation (2) first: not neighbours.
        try scenario.council.succeed(
            ["poll", "merge", words, "partage", "formation"], as: Scenario.facilitator)
        #expect(try answers(words)["formation"] == 3)
        #expect(try answers(words)["partage"] == nil)
        // Any spelling names the group, accents and case aside.
        try scenario.council.succeed(
            ["poll", "merge", words, "RESEAU", "Formation"], as: Scenario.facilitator)
        #expect(try answers(words)["formation"] == 3, "one participant counts once per group")
        let json = try scenario.council.succeed(["poll", "results", words, "--format", "json"]).jsonObject()
        #expect(json["mergedAnswers"] as? Int == 2)

        try scenario.council.succeed(["poll", "unmerge", words, "formation"], as: Scenario.facilitator)
        #expect(try answers(words) == ["formation": 2, "lien": 2, "partage": 1, "réseau": 1])
        #expect(try ballots() == before, "the ballots never change")
    }

    @Test func mergingAGroupIntoItselfIsRefusedAndNothingIsWritten() throws {
        try scenario.council.succeed(
            ["poll", "merge", words, "partage", "formation"], as: Scenario.facilitator)
        let before = try scenario.council.snapshot()
        let refused = try scenario.council.run(
            ["poll", "merge", words, "formation", "partage"], as: Scenario.facilitator)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("déjà dans le même groupe"), "\(refused.stderr)")
        #expect(try scenario.council.changes(since: before).isEmpty)
        let unknown = try scenario.council.run(["poll", "hide", words, "inconnu"], as: Scenario.facilitator)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("aucune réponse « inconnu »"), "\(unknown.stderr)")
    }

    @Test func aWordHidesAndShowsAgain() throws {
        let before = try ballots()
        let hidden = try scenario.council.succeed(["poll", "hide", words, "lien"], as: Scenario.facilitator)
        #expect(hidden.stdout.contains("1 réponse masquée"), "\(hidden.stdout)")
        #expect(try answers(words)["lien"] == nil)
        let text = try scenario.council.succeed(["poll", "results", words]).stdout
        #expect(text.contains("Modération : 1 réponse masquée (bulletins inchangés)"), "\(text)")
        try scenario.council.succeed(["poll", "show", words, "lien"], as: Scenario.facilitator)
        #expect(try answers(words)["lien"] == 2)
        #expect(try ballots() == before)
    }

    @Test func aFreeTextAnswerHidesByAPartOfItsText() throws {
        let before = try ballots()
        try scenario.council.succeed(["poll", "hide", texts, "montres"], as: Scenario.facilitator)
        var json = try scenario.council.succeed(["poll", "results", texts, "--format", "json"]).jsonObject()
        #expect(json["texts"] as? [String] == ["Des ateliers au centre social"])
        #expect(json["hiddenAnswers"] as? Int == 1)
        // The PV spaces French punctuation with no-break spaces: compared as plain spaces.
        let minutes = try scenario.council.succeed(["minutes", "export", scenario.session, "--format", "md"])
            .stdout.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(
                of: "\u{202F}", with: " ")
        #expect(minutes.contains("Modération : 1 réponse masquée"), "\(minutes)")
        #expect(!minutes.contains("montres"))
        try scenario.council.succeed(["poll", "show", texts, "montres"], as: Scenario.facilitator)
        json = try scenario.council.succeed(["poll", "results", texts, "--format", "json"]).jsonObject()
        #expect((json["texts"] as? [String])?.count == 2)
        #expect(try ballots() == before)
    }

    @Test func aPlainMemberMayNotModerate() throws {
        let refused = try scenario.council.run(["poll", "hide", words, "lien"], as: Scenario.member)
        #expect(refused.status != 0)
        #expect(try answers(words)["lien"] == 2)
    }
}
