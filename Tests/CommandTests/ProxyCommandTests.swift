import Foundation
import Testing

/// Pouvoirs from the shell: `session attend … excuse --proxy`, `vote … --for`, and `check`.
@Suite struct ProxyCommandTests {
    let scenario: Scenario
    let voters: [String]

    init() throws {
        scenario = try Scenario()
        voters = try scenario.addVoters(4)
        try attend(voters[0], "present")
        try attend(voters[1], "present")
    }

    @discardableResult
    func attend(_ member: String, _ status: String, proxy: String? = nil) throws -> String {
        try scenario.council.succeed(
            ["session", "attend", scenario.session, member, status] + (proxy.map { ["--proxy", $0] } ?? []),
            as: Scenario.secretary
        ).stdout
    }

    func refused(_ arguments: [String], as member: String, says message: String) throws {
        let before = try scenario.council.snapshot()
        let output = try scenario.council.run(arguments, as: member)
        #expect(output.status != 0, "\(arguments) was accepted")
        #expect(output.stderr.contains(message), "\(output.summary)")
        #expect(output.stderr.contains("rien n'a été écrit") || !message.contains("refusé"))
        #expect(try scenario.council.changes(since: before) == [])
    }

    @Test func excusedMemberGivesAPouvoir() throws {
        #expect(try attend(voters[2], "excuse", proxy: voters[0]).contains("pouvoir à Votant 1"))
        let detail = try scenario.council.succeed(["session", "show", scenario.session, "--json"])
            .jsonObject()
        let attendance = try #require(detail["attendance"] as? [[String: Any]])
        #expect(attendance.first { $0["member"] as? String == voters[2] }?["proxy"] as? String == voters[0])
        let text = try scenario.council.succeed(["session", "show", scenario.session]).stdout
        #expect(text.contains("Présents : 2, représentés : 1"), "\(text)")
    }

    @Test func attendanceRefusals() throws {
        let session = scenario.session
        try attend(voters[2], "excuse", proxy: voters[0])
        let attend = ["session", "attend", session]
        try refused(attend + [voters[3], "excuse", "--proxy", voters[0]], as: "sam", says: "un seul pouvoir")
        try refused(attend + [voters[3], "excuse", "--proxy", "marc"], as: "sam", says: "présent")
        try refused(attend + [voters[3], "excuse", "--proxy", voters[3]], as: "sam", says: "lui-même")
        try refused(
            attend + [voters[3], "present", "--proxy", voters[1]], as: "sam", says: "seul un membre excusé")
        try refused(attend + [voters[3], "excuse", "--proxy", "zoe"], as: "sam", says: "membre inconnu")
        // The holder leaving: refused until the pouvoir is withdrawn or moved.
        try refused(attend + [voters[0], "absent"], as: "sam", says: "détient le pouvoir")
        try self.attend(voters[2], "excuse", proxy: voters[1])
        try self.attend(voters[0], "absent")
    }

    @Test func holderVotesForTheRepresentedMember() throws {
        let council = scenario.council
        try attend(voters[2], "excuse", proxy: voters[0])
        let poll = try scenario.newPoll(kind: "yesno", question: "Adopter le budget ?")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        let output = try council.succeed(["vote", poll, "Non", "--for", voters[2]], as: voters[0])
        #expect(output.stdout.contains("pour \(voters[2])"))
        let ballots = try council.files(named: "\(voters[2]).json", under: scenario.session).filter {
            $0.contains("/ballots/")
        }
        let ballot =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: council.root + "/" + #require(ballots.first))))
            as? [String: Any]
        #expect(ballot?["voter"] as? String == voters[2])
        #expect(ballot?["castBy"] as? String == voters[0])
        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["ballots"] as? Int == 2)
        // Without the pouvoir: refused, nothing written.
        try refused(["vote", poll, "Oui", "--for", voters[2]], as: voters[1], says: "pouvoir")
        try refused(["vote", poll, "Oui", "--for", voters[3]], as: voters[0], says: "pouvoir")
        try refused(["vote", poll, "--for", "zoe", "--dump"], as: voters[0], says: "membre inconnu")
    }

    @Test func anonymousPollGivesTheHolderTwoMarks() throws {
        let council = scenario.council
        try attend(voters[2], "excuse", proxy: voters[0])
        let poll = try scenario.newPoll(kind: "yesno", question: "Vote à bulletin secret ?", ["--anonymous"])
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        try council.succeed(["vote", poll, "Non", "--for", voters[2]], as: voters[0])
        let marks = try council.snapshot().keys.filter { $0.contains("/voters/") && !$0.hasSuffix("/") }
            .sorted()
        #expect(marks.count == 2 && marks.contains { $0.hasSuffix("/" + voters[2]) }, "\(marks)")
        let ballots = try council.snapshot().filter { $0.key.contains("/ballots/") && !$0.key.hasSuffix("/") }
        #expect(ballots.count == 2)
        #expect(ballots.values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains("castBy") })
        try refused(["vote", poll, "Oui", "--for", voters[2]], as: voters[0], says: "déjà voté")
    }

    @Test func theBallotScreenCastsBothBallotsOfAnAnonymousPoll() throws {
        let council = scenario.council
        try attend(voters[2], "excuse", proxy: voters[0])
        let poll = try scenario.newPoll(kind: "yesno", question: "Vote à bulletin secret ?", ["--anonymous"])
        // One screen: the holder's own ballot (Oui), then the represented member's (Non).
        let screen = try council.succeed(
            ["vote", poll, "--dump", "--size", "60x14", "--keys", "<Space><Enter>j<Space><Enter>"],
            as: voters[0]
        ).stdout
        #expect(screen.contains("Vote pour Votant 3 (pouvoir) · Votant 1"), "\(screen)")
        #expect(screen.contains("vote enregistré : (anonyme)"), "\(screen)")
        let marks = try council.snapshot().keys.filter { $0.contains("/voters/") && !$0.hasSuffix("/") }
        #expect(marks.count == 2 && marks.contains { $0.hasSuffix("/" + voters[2]) }, "\(marks)")
        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect((results["options"] as? [[String: Any]])?.map { $0["count"] as? Int } == [1, 1])
        // Opened again: both are in, so the screen is the holder's own, which is already cast.
        let again = try council.succeed(["vote", poll, "--dump", "--size", "60x14"], as: voters[0]).stdout
        #expect(again.contains("Vote — Votant 1") && again.contains("vote enregistré"), "\(again)")
    }

    @Test func checkReportsABallotCastWithoutAPouvoir() throws {
        let council = scenario.council
        try attend(voters[2], "excuse", proxy: voters[0])
        let poll = try scenario.newPoll(kind: "yesno", question: "Adopter le budget ?")
        try council.succeed(["vote", poll, "Oui", "--for", voters[2]], as: voters[0])
        // The pouvoir moves to another holder: the ballot no longer stands, and is not counted.
        try attend(voters[2], "excuse", proxy: voters[1])
        let output = try council.run(["check"])
        #expect(output.status != 0)
        #expect((output.stdout + output.stderr).contains("sans pouvoir"), "\(output.summary)")
        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["ballots"] as? Int == 0)
    }

    @Test func ballotScreenCastsTheRepresentedMembersBallot() throws {
        let council = scenario.council
        try attend(voters[2], "excuse", proxy: voters[0])
        let poll = try scenario.newPoll(kind: "yesno", question: "Adopter le budget ?")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        // The second ballot: the screen names whose it is, and Space then Enter cast « Non ».
        let screen = try council.succeed(
            ["vote", poll, "--for", voters[2], "--dump", "--size", "60x14", "--keys", "j<Space><Enter>"],
            as: voters[0]
        ).stdout
        #expect(screen.contains("Vote pour Votant 3 (pouvoir) · Votant 1"), "\(screen)")
        let ballot = try String(
            contentsOfFile: council.root + "/" + #require(
                council.files(named: "\(voters[2]).json", under: scenario.session).first {
                    $0.contains("/ballots/")
                }),
            encoding: .utf8)
        #expect(ballot.contains("\"castBy\" : \"\(voters[0])\""), "\(ballot)")
        #expect(ballot.contains("Non"), "\(ballot)")
        // Without the pouvoir, the screen says why and writes nothing.
        let before = try council.snapshot()
        let refused = try council.succeed(
            ["vote", poll, "--for", voters[3], "--dump", "--size", "60x14", "--keys", "<Space><Enter>"],
            as: voters[0]
        ).stdout
        #expect(refused.contains("pouvoir"), "\(refused)")
        #expect(try council.changes(since: before) == [])
    }
}
