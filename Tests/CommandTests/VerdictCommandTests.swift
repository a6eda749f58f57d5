import Foundation
import Testing

/// Majority rules and named votes through the real binary: `poll new --majority/--of/--named`,
/// the verdict stored at closing, the casting vote, and the refusals.
@Suite struct VerdictCommandTests {
    private func verdict(_ council: TestCouncil, _ poll: String) throws -> [String: Any] {
        let json = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        return try #require(json["verdict"] as? [String: Any], "\(json)")
    }

    @Test func aNamedTwoThirdsVoteIsAdoptedAndNamesTheVoters() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(6)
        let poll = try scenario.newPoll(
            kind: "yesno", question: "Adopter la charte ?",
            ["--majority", "two-thirds", "--named", "--abstain"])
        for (voter, answer) in zip(voters, ["Oui", "Oui", "Oui", "Oui", "Non", "Abstention"]) {
            try council.succeed(["vote", poll, answer], as: voter)
        }
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)

        let stored = try verdict(council, poll)
        #expect(stored["rule"] as? String == "two-thirds")
        #expect(stored["of"] as? String == "expressed")
        #expect(stored["for"] as? Int == 4)
        #expect(stored["against"] as? Int == 1)
        #expect(stored["abstentions"] as? Int == 1)
        #expect(stored["required"] as? Int == 4, "⌈2·5/3⌉")
        #expect(stored["outcome"] as? String == "adopted")
        #expect(stored["castingVote"] == nil)

        let json = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        let named = try #require(json["named"] as? [[String: Any]])
        #expect(named.count == 6)
        #expect(
            named.contains {
                $0["member"] as? String == "v05" && $0["name"] as? String == "Votant 5"
                    && $0["answer"] as? String == "Non"
            })

        let text = try council.succeed(["poll", "results", poll]).stdout
        #expect(
            text.contains(
                "Adopté (4 voix pour, 1 contre, 1 abstention ; majorité des deux tiers des suffrages exprimés : 4 voix requises)"
            ),
            "\(text)")
        #expect(text.contains("Vote nominatif"))
        #expect(text.contains("Votant 6 : Abstention"))
        let markdown = try council.succeed(["poll", "results", poll, "--format", "md"]).stdout
        #expect(markdown.contains("**Adopté (4 voix pour"), "\(markdown)")
        #expect(markdown.contains("- Votant 1 : Oui"))
        let minutes = try council.succeed(["minutes", "export", scenario.session, "--format", "html"]).stdout
        #expect(minutes.contains("Adopté (4 voix pour"))
        #expect(minutes.contains("<li>Votant 5 : Non</li>"))

        // The decision in the minutes names the poll that carried it.
        try council.succeed(
            ["minutes", "add", scenario.session, "--decision", "La charte est adoptée", "--poll", poll],
            as: Scenario.secretary)
        // The PV spaces French punctuation with no-break spaces: compared as plain spaces.
        let pv = try council.succeed(["minutes", "export", scenario.session, "--format", "md"]).stdout
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(
            pv.contains("- La charte est adoptée — scrutin « Adopter la charte ? » : Adopté (4 voix pour"),
            "\(pv)")
        let before = try council.snapshot()
        let refused = try council.run(
            ["minutes", "add", scenario.session, "--note", "Une note", "--poll", poll], as: Scenario.secretary
        )
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--poll ne vaut que pour une décision"), "\(refused.summary)")
        #expect(try council.changes(since: before).isEmpty)
    }

    @Test func theVerdictStoredAtClosingOutlivesChangesToTheMembers() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(3)
        // 6 members in office: 4 needed. Four vote for.
        let poll = try scenario.newPoll(
            kind: "yesno", question: "Le budget ?", ["--majority", "absolute", "--of", "members"])
        for voter in voters + [Scenario.member] { try council.succeed(["vote", poll, "Oui"], as: voter) }
        let open = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(open["verdict"] == nil, "no verdict before closing")
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        #expect(try verdict(council, poll)["outcome"] as? String == "adopted")
        #expect(try verdict(council, poll)["base"] as? Int == 6)

        // Four more members: 10 in office, 6 would be needed now. The decision stands.
        for id in ["w1", "w2", "w3", "w4"] {
            try council.succeed(["member", "add", id, "--name", "Nouveau \(id)", "--role", "member"])
        }
        let after = try verdict(council, poll)
        #expect(after["outcome"] as? String == "adopted")
        #expect(after["base"] as? Int == 6)
        #expect(after["required"] as? Int == 4)
    }

    @Test func aTieIsDecidedByTheChairWhenTheCouncilSaysSo() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(3)
        try council.edit("council.json") { $0["castingVote"] = true }
        try council.edit("\(scenario.session)/session.json") { $0["chair"] = Scenario.facilitator }
        let poll = try scenario.newPoll(
            kind: "yesno", question: "Ouvrir le samedi ?", ["--majority", "simple"])
        for (voter, answer) in zip(
            [Scenario.facilitator, voters[0], voters[1], voters[2]], ["Oui", "Oui", "Non", "Non"])
        {
            try council.succeed(["vote", poll, answer], as: voter)
        }
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        let stored = try verdict(council, poll)
        #expect(stored["outcome"] as? String == "adopted", "\(stored)")
        let casting = try #require(stored["castingVote"] as? [String: Any])
        #expect(casting["member"] as? String == Scenario.facilitator)
        #expect(casting["answer"] as? String == "Oui")
        let text = try council.succeed(["poll", "results", poll]).stdout
        #expect(
            text.contains("Adopté par la voix prépondérante de la présidence (Anne Animatrice)"), "\(text)")
        // The projector view gives the decision under the counts.
        let screen = try council.succeed(
            ["tui", "--size", "100x30", "--keys", "2p", "--dump"], as: Scenario.facilitator)
        #expect(screen.stdout.contains("Adopté par la voix prépondérante"), "\(screen.stdout)")
    }

    @Test func aSecretVoteTieStaysATie() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(1)
        try council.edit("council.json") { $0["castingVote"] = true }
        try council.edit("\(scenario.session)/session.json") { $0["chair"] = Scenario.facilitator }
        let poll = try scenario.newPoll(
            kind: "yesno", question: "Élire ?", ["--majority", "absolute", "--anonymous"])
        try council.succeed(["vote", poll, "Oui"], as: Scenario.facilitator)
        try council.succeed(["vote", poll, "Non"], as: voters[0])
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        let stored = try verdict(council, poll)
        #expect(stored["outcome"] as? String == "tie")
        #expect(stored["castingVote"] == nil)
        #expect(try council.succeed(["poll", "results", poll]).stdout.contains("Partage des voix"))
    }

    @Test(arguments: [
        (["--named", "--anonymous"], "nominatif"),
        (["--majority", "absolute", "--kind", "choice", "--option", "A", "--option", "B"], "oui/non"),
        (["--majority", "most"], "majorité inconnue"),
        (["--of", "present"], "demande une majorité"),
        (["--majority", "simple", "--of", "members"], "majorité simple"),
    ])
    func refusedRulesWriteNothing(extra: [String], message: String) throws {
        let scenario = try Scenario()
        let before = try scenario.council.snapshot()
        let kind = extra.contains("--kind") ? [] : ["--kind", "yesno"]
        let output = try scenario.council.run(
            ["poll", "new", scenario.session, "--question", "Q ?"] + kind + extra, as: Scenario.facilitator)
        #expect(output.status != 0)
        #expect(output.stderr.contains(message), "\(output.summary)")
        #expect(try scenario.council.changes(since: before).isEmpty)
    }

    @Test func theRulesAreListedAndRefusalsSpeakEnglishWhenAsked() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "yesno", question: "Adopter ?", ["--majority", "absolute", "--of", "present", "--named"],
            open: false)
        let list = try #require(
            try scenario.council.succeed(["poll", "list", scenario.session, "--json"]).json()
                as? [[String: Any]])
        let listed = try #require(list.first { $0["id"] as? String == poll })
        #expect(listed["majority"] as? String == "absolute")
        #expect(listed["of"] as? String == "present")
        #expect(listed["named"] as? Bool == true)

        let before = try scenario.council.snapshot()
        let output = try scenario.council.run(
            [
                "poll", "new", scenario.session, "--kind", "yesno", "--question", "Q ?", "--named",
                "--anonymous", "--lang", "en",
            ],
            as: Scenario.facilitator)
        #expect(output.status != 0)
        #expect(output.stderr.contains("a named vote publishes who voted what"), "\(output.summary)")
        #expect(output.stderr.contains("[--named]"), "\(output.summary)")
        #expect(try scenario.council.changes(since: before).isEmpty)
    }
}
