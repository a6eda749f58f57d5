import Foundation
import Testing

/// The président·e and secrétaire(s) de séance, and the opening and closing times, from the shell.
@Suite struct SessionRolesTests {
    let scenario: Scenario

    init() throws { scenario = try Scenario() }

    func session(_ id: String) throws -> [String: Any] {
        let detail = try scenario.council.succeed(["session", "show", id, "--json"]).jsonObject()
        return try #require(detail["session"] as? [String: Any])
    }

    /// Runs a command that must be refused with `message`, and checks that nothing was written.
    func refused(_ arguments: [String], as member: String, says message: String) throws {
        let before = try scenario.council.snapshot()
        let output = try scenario.council.run(arguments, as: member)
        #expect(output.status != 0, "\(arguments) was accepted")
        #expect(output.stderr.contains(message), "\(output.summary)")
        #expect(try scenario.council.changes(since: before) == [])
    }

    @Test func newNamesTheChairAndSecretaries() throws {
        let id = try scenario.council.newId(
            [
                "session", "new", "--title", "Séance de décembre", "--date", "2017-12-15", "--chair", "anne",
                "--secretary", "sam", "--secretary", "marc",
            ], as: Scenario.facilitator)
        let record = try session(id)
        #expect(record["chair"] as? String == "anne")
        #expect(record["secretaries"] as? [String] == ["sam", "marc"])
        let text = try scenario.council.succeed(["session", "show", id]).stdout
        #expect(text.contains("Présidence : Anne Animatrice ; secrétariat : Samuel Secrétaire, Marc Membre"))
    }

    @Test func refusals() throws {
        let new = ["session", "new", "--title", "Séance", "--date", "2017-12-15"]
        try refused(new + ["--chair", "zoe"], as: Scenario.facilitator, says: "membre inconnu")
        try refused(new + ["--secretary", "zoe"], as: Scenario.facilitator, says: "membre inconnu")
        try refused(
            new + ["--secretary", "sam", "--secretary", "sam"], as: Scenario.facilitator, says: "deux fois")
        let session = scenario.session
        try refused(["session", "roles", session], as: Scenario.facilitator, says: "--chair")
        try refused(
            ["session", "roles", session, "--chair", "zoe"], as: Scenario.facilitator, says: "membre inconnu")
        try refused(["session", "roles", session, "--chair", "marc"], as: Scenario.member, says: "animateur")
    }

    @Test func rolesChangeUntilTheSessionCloses() throws {
        let council = scenario.council
        let session = scenario.session
        try council.succeed(
            ["session", "roles", session, "--chair", "anne", "--secretary", "sam"], as: "anne")
        try council.succeed(["session", "roles", session, "--chair", "marc"], as: "anne")
        var record = try self.session(session)
        #expect(record["chair"] as? String == "marc")
        #expect(record["secretaries"] as? [String] == ["sam"], "an option left out keeps its role")
        try council.succeed(["session", "state", session, "close"], as: "anne")
        try refused(["session", "roles", session, "--chair", "anne"], as: "anne", says: "close")
        record = try self.session(session)
        #expect(record["chair"] as? String == "marc")
    }

    @Test func openingAndClosingTimesAreRecorded() throws {
        let council = scenario.council
        let session = scenario.session
        #expect(try self.session(session)["openedAt"] == nil)
        try council.succeed(
            ["session", "state", session, "en-cours"], as: "anne", now: "2017-11-17T09:02:00Z")
        try council.succeed(["session", "state", session, "close"], as: "anne", now: "2017-11-17T12:31:00Z")
        let record = try self.session(session)
        #expect(record["openedAt"] as? String == "2017-11-17T09:02:00Z")
        #expect(record["closedAt"] as? String == "2017-11-17T12:31:00Z")
    }

    @Test func checkReportsAChairWhoIsNoMember() throws {
        let council = scenario.council
        let file = "\(scenario.session)/session.json"
        let text = try String(contentsOfFile: council.root + "/" + file, encoding: .utf8)
        try council.write(
            text.replacingOccurrences(of: "\"createdBy\"", with: "\"chair\" : \"zoe\",\n  \"createdBy\""),
            to: file)
        let output = try council.run(["check"])
        #expect(output.status != 0)
        #expect(output.stdout.contains("zoe") || output.stderr.contains("zoe"), "\(output.summary)")
    }
}
