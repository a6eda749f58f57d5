import Foundation
import Testing

/// Majority judgment through the real binary: `poll new --kind grades`, `vote POLL 'A=Bien'`,
/// the ranking in every format, and the refusals.
@Suite struct GradesCommandTests {
    @Test func fourProjectsAreRanked() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(5)
        let poll = try scenario.newPoll(
            kind: "grades", question: "Quels projets financer ?",
            [
                "--option", "Fablab", "--option", "Café numérique", "--option", "Repair café", "--option",
                "Médiathèque",
            ])
        let ballots: [[String]] = [
            ["Fablab=Excellent", "cafe numerique=Bien", "Repair café=Passable", "4=7"],
            ["fablab=très bien", "2=2", "3=Insuffisant", "Médiathèque=Assez bien"],
            ["Fablab=Bien", "Café numérique=Bien", "Repair café=Bien", "Médiathèque=Bien"],
            ["Fablab=Assez bien", "Café numérique=Très bien", "Médiathèque=Passable"],
            ["Fablab=1", "Café numérique=Passable"],
        ]
        for (voter, pairs) in zip(voters, ballots) { try council.succeed(["vote", poll] + pairs, as: voter) }
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)

        let json = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(json["kind"] as? String == "grades")
        #expect(
            json["scale"] as? [String] == [
                "Excellent", "Très bien", "Bien", "Assez bien", "Passable", "Insuffisant", "À rejeter",
            ])
        let ranking = try #require(json["ranking"] as? [[String: Any]], "\(json)")
        // Fablab: E, TB, B, AB, E → median Très bien. Café: B, TB, B, TB, P → Bien (4 above
        // and below ties broken). Repair café: P, I, B, —, — → Insuffisant. Médiathèque:
        // À rejeter, AB, B, P, — → Passable.
        #expect(
            ranking.map { $0["label"] as? String } == [
                "Fablab", "Café numérique", "Médiathèque", "Repair café",
            ])
        #expect(ranking.map { $0["rank"] as? Int } == [1, 2, 3, 4])
        #expect(
            ranking.map { $0["majorityGrade"] as? String } == [
                "Très bien", "Bien", "Passable", "Insuffisant",
            ])
        #expect(ranking[0]["profile"] as? [Int] == [2, 1, 1, 1, 0, 0, 0])
        #expect(
            ranking[3]["profile"] as? [Int] == [0, 0, 1, 0, 1, 1, 2], "missing grades count as À rejeter")

        let text = try council.succeed(["poll", "results", poll]).stdout
        #expect(text.contains("1 Excellent · 2 Très bien"), "\(text)")
        #expect(text.contains("1. Fablab"), "\(text)")
        #expect(text.contains("Très bien"))
        let minutes = try council.succeed(["minutes", "export", scenario.session, "--format", "md"]).stdout
        #expect(minutes.contains("| 1 | Fablab | Très bien |"), "\(minutes)")
        let html = try council.succeed(["minutes", "export", scenario.session, "--format", "html"]).stdout
        #expect(html.contains("Profil de mérite"))
    }

    @Test(arguments: [
        (["Fablab=Génial"], "mention inconnue"),
        (["Cinéma=Bien"], "réponse inconnue"),
        (["Fablab=Bien", "fablab=Passable"], "deux fois"),
        (["Fablab"], "OPTION=MENTION"),
    ])
    func badBallotsWriteNothing(pairs: [String], message: String) throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "grades", question: "Quel projet ?", ["--option", "Fablab", "--option", "Café"])
        let before = try scenario.council.snapshot()
        let output = try scenario.council.run(["vote", poll] + pairs, as: Scenario.member)
        #expect(output.status != 0)
        #expect(output.stderr.contains(message), "\(output.summary)")
        #expect(try scenario.council.changes(since: before).isEmpty)
    }

    @Test func aCustomScaleAndItsRefusals() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "grades", question: "Quel projet ?",
            ["--option", "A", "--option", "B", "--grade", "Pour", "--grade", "Mitigé", "--grade", "Contre"])
        try scenario.council.succeed(["vote", poll, "A=pour", "B=3"], as: Scenario.member)
        let json = try scenario.council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect(ranking.map { $0["majorityGrade"] as? String } == ["Pour", "Contre"])
        for extra in [["--grade", "Seule"], ["--grade", "A=B", "--grade", "C"]] {
            let before = try scenario.council.snapshot()
            let output = try scenario.council.run(
                [
                    "poll", "new", scenario.session, "--kind", "grades", "--question", "Q ?", "--option", "A",
                    "--option", "B",
                ]
                    + extra, as: Scenario.facilitator)
            #expect(output.status != 0)
            #expect(output.stderr.contains("mentions"), "\(output.summary)")
            #expect(try scenario.council.changes(since: before).isEmpty)
        }
        let hands = try scenario.council.run(
            ["poll", "count", poll, "--add", "A=3"], as: Scenario.facilitator)
        #expect(hands.status != 0)
        #expect(hands.stderr.contains("main levée"), "\(hands.summary)")
    }
}
