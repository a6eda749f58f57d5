import Foundation
import Testing

/// Ids printed by `new`/`add` are the last line of stdout and every other command takes them.
@Suite struct IdentifierTests {
    /// The id pattern: lowercase ASCII letters, digits and hyphens, safe in a path.
    static func isId(_ text: String) -> Bool {
        text.wholeMatch(of: /[a-z0-9][a-z0-9-]{0,62}[a-z0-9]/) != nil
    }

    @Test func printedIdsWorkEverywhere() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let member = try council.succeed(["member", "add", "lea", "--name", "Léa", "--role", "member"])
            .lastLine
        #expect(member == "lea")
        #expect(Self.isId(scenario.session) && Self.isId(scenario.item))

        let sessions = try council.succeed(["session", "list", "--json"]).jsonArray()
        #expect(
            sessions.contains {
                $0["id"] as? String == scenario.session && $0["title"] as? String == "Séminaire numérique"
            })
        let shown = try council.succeed(["session", "show", scenario.session, "--json"]).jsonObject()
        #expect((shown["session"] as? [String: Any])?["id"] as? String == scenario.session)
        let agenda = try council.succeed(["agenda", "list", scenario.session, "--json"]).jsonArray()
        #expect(agenda.map { $0["id"] as? String } == [scenario.item])
        #expect(agenda.first?["title"] as? String == "Le numérique dans nos quartiers")

        let poll = try council.newId(
            [
                "poll", "new", scenario.session, "--kind", "choice", "--question", "Quel quartier ?",
                "--option",
                "Nord", "--option", "Sud", "--item", scenario.item,
            ], as: Scenario.facilitator)
        #expect(Self.isId(poll))
        let polls = try council.succeed(["poll", "list", scenario.session, "--json"]).jsonArray()
        #expect(
            polls.contains { $0["id"] as? String == poll && $0["question"] as? String == "Quel quartier ?" })
        try council.succeed(["poll", "open", poll], as: Scenario.facilitator)
        try council.succeed(["vote", poll, "sud"], as: "lea")
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        #expect(
            try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()["ballots"] as? Int
                == 1)

        let proposal = try council.newId(
            ["proposal", "add", "--title", "Un atelier"], as: Scenario.secretary)
        #expect(Self.isId(proposal))
        try council.succeed(["proposal", "status", proposal, "a-l-etude"], as: Scenario.secretary)
        try council.succeed(["proposal", "show", proposal])

        let entry = try council.newId(
            ["minutes", "add", scenario.session, "--item", scenario.item, "--note", "Noté"],
            as: Scenario.secretary)
        #expect(Self.isId(entry))
    }
}
