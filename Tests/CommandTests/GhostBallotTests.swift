import Foundation
import Testing

/// Issue 8, fault 5: ballots are checked against the council and the poll. Each file below was
/// counted by `poll results` while `check` said nothing; now each is left out of the tally,
/// the result says how many were, and `check` names the file with its reason.
@Suite struct GhostBallotTests {
    let scenario: Scenario
    let voters: [String]
    let poll: String
    let otherPoll: String

    init() throws {
        scenario = try Scenario()
        voters = try scenario.addVoters(9)
        poll = try scenario.newPoll(kind: "yesno", question: "Un tiers-lieu ?")
        otherPoll = try scenario.newPoll(kind: "yesno", question: "Un second tiers-lieu ?")
        try scenario.council.succeed(["vote", poll, "Oui"], as: voters[0])
    }

    var ballots: String { "\(scenario.session)/polls/\(poll)/ballots" }

    /// A ballot file as `vote` writes it, with `fields` changed.
    func ballot(_ fields: [String: Any], voter: String) -> [String: Any] {
        var object: [String: Any] = [
            "schema": 1, "poll": poll, "voter": voter, "at": TestCouncil.now, "answers": ["Non"],
        ]
        for (key, value) in fields { object[key] = value }
        return object
    }

    /// One crafted file per way a ballot can be wrong: (file name, what `check` says of it).
    func craftEveryGhost() throws -> [(file: String, reason: String)] {
        let council = scenario.council
        try council.writeJSON(ballot([:], voter: "fantome"), to: "\(ballots)/fantome.json")
        try council.writeJSON(ballot([:], voter: voters[0]), to: "\(ballots)/\(voters[1]).json")
        try council.writeJSON(
            ballot(["answers": ["Peut-être"]], voter: voters[2]), to: "\(ballots)/\(voters[2]).json")
        try council.writeJSON(
            ballot(["answers": ["Oui", "Non"]], voter: voters[3]), to: "\(ballots)/\(voters[3]).json")
        try council.writeJSON(
            ballot(["poll": otherPoll], voter: voters[4]), to: "\(ballots)/\(voters[4]).json")
        let plain =
            #"{"answers": ["Non"], "at": "\#(TestCouncil.now)", "poll": "\#(poll)", "schema": 1, "voter": "#
        try council.write("\u{FEFF}" + plain + #""\#(voters[5])"}"#, to: "\(ballots)/\(voters[5]).json")
        try council.write(
            #"{"answers": ["Oui"], "answers": ["Non"], "at": "\#(TestCouncil.now)", "poll": "\#(poll)", "schema": 1, "voter": "\#(voters[6])"}"#,
            to: "\(ballots)/\(voters[6]).json")
        try council.write(
            #"{"answers": ["\u0000Oui"], "at": "\#(TestCouncil.now)", "poll": "\#(poll)", "schema": 1, "voter": "\#(voters[7])"}"#,
            to: "\(ballots)/\(voters[7]).json")
        return [
            ("fantome.json", "« fantome » n'est pas membre du conseil"),
            ("\(voters[1]).json", "le nom du fichier n'est pas celui du votant"),
            ("\(voters[2]).json", "« Peut-être » n'est pas une option du scrutin"),
            ("\(voters[3]).json", "2 réponses là où le scrutin en demande une seule"),
            ("\(voters[4]).json", "bulletin d'un autre scrutin"),
            ("\(voters[5]).json", "marque d'ordre des octets (BOM)"),
            ("\(voters[6]).json", "le champ « answers » apparaît deux fois"),
            ("\(voters[7]).json", "caractère NUL"),
        ]
    }

    @Test func eachGhostIsLeftOutAndTheResultSaysHowMany() throws {
        let council = scenario.council
        let ghosts = try craftEveryGhost()
        let json = try council.runWithoutCrash(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(json["ballots"] as? Int == 1)
        let options = try #require(json["options"] as? [[String: Any]])
        #expect(options.map { $0["count"] as? Int } == [1, 0])
        #expect((json["discarded"] as? [String: Any])?["ballots"] as? Int == ghosts.count)

        let text = try council.runWithoutCrash(["poll", "results", poll])
        #expect(text.stdout.contains("Base : 1 votant (1 bulletin)"), "\(text.stdout)")
        #expect(
            text.stdout.contains("\(ghosts.count) bulletins invalides écartés : conseil check"),
            "\(text.stdout)")
        let markdown = try council.runWithoutCrash(["poll", "results", poll, "--format", "md"])
        #expect(markdown.stdout.contains("\(ghosts.count) bulletins invalides écartés : conseil check"))
        for ghost in ghosts { #expect(text.stderr.contains(ghost.file), "the warning names \(ghost.file)") }
    }

    @Test func checkNamesEachGhostWithItsReason() throws {
        let ghosts = try craftEveryGhost()
        for ghost in ghosts {
            try scenario.council.expectCheckNames("\(ballots)/\(ghost.file)", ghost.reason)
        }
    }

    @Test func theInterfaceListsTheGhostsUnderItsWarning() throws {
        let ghosts = try craftEveryGhost()
        let screen = try scenario.council.runWithoutCrash(
            ["tui", "--size", "120x40", "--keys", "!", "--dump"], as: Scenario.facilitator)
        #expect(
            screen.stdout.contains("Fichiers écartés, illisibles ou invalides : \(ghosts.count)"),
            "\(screen.stdout)")
        #expect(
            screen.stdout.contains("fantome.json") && screen.stdout.contains("n'est pas membre du conseil"))
        // Both polls were made at the same (fixed) time: the list orders them by id.
        let keys = poll < otherPoll ? "2<Enter>" : "2<Down><Enter>"
        let results = try scenario.council.runWithoutCrash(
            ["tui", "--size", "120x40", "--keys", keys, "--dump"], as: Scenario.facilitator)
        #expect(results.stdout.contains("Base : 1 votant (1 bulletin)"), "\(results.stdout)")
        #expect(results.stdout.contains("⚠ \(ghosts.count) bulletins invalides écartés : conseil check"))
    }

    @Test func aNamedBallotInAnAnonymousPollIsLeftOut() throws {
        let council = scenario.council
        let anonymous = try scenario.newPoll(kind: "yesno", question: "Anonyme ?", ["--anonymous"])
        try council.succeed(["vote", anonymous, "Oui"], as: voters[0])
        let folder = "\(scenario.session)/polls/\(anonymous)/ballots"
        var named = ballot([:], voter: voters[8])
        named["poll"] = anonymous
        try council.writeJSON(named, to: "\(folder)/\(voters[8]).json")
        let json = try council.runWithoutCrash(["poll", "results", anonymous, "--format", "json"])
            .jsonObject()
        #expect(json["ballots"] as? Int == 1)
        try council.expectCheckNames(
            "\(folder)/\(voters[8]).json", "bulletin nominatif ou daté dans un scrutin anonyme")
    }
}
