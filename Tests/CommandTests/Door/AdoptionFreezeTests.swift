import Foundation
import Testing

/// Adopted minutes freeze what they report (issue 8, fault 6): the real binary, on a session
/// whose minutes are adopted, refuses every change to it, and the adopted export stays the same.
@Suite("Adoption freezes the session")
struct AdoptionFreezeTests {
    @Test("adoption is refused while a poll of the session is open")
    func openPollBlocksAdoption() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(kind: "yesno", question: "Êtes-vous informés ?")
        let refused = try scenario.council.run(
            ["minutes", "adopt", scenario.session], as: Scenario.secretary)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("scrutin encore ouvert : \(poll)"), "\(refused.stderr)")
        try scenario.council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        try scenario.council.succeed(["minutes", "adopt", scenario.session], as: Scenario.secretary)
    }

    @Test("after adoption, attendance, agenda, polls, votes and entries refuse changes and the export stays")
    func everythingRefusedAfterAdoption() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "yesno", question: "Êtes-vous informés ?")
        try council.succeed(["vote", poll, "Oui"], as: Scenario.member)
        try council.succeed(
            ["session", "attend", scenario.session, Scenario.member, "present"], as: Scenario.secretary)
        try council.succeed(
            ["minutes", "add", scenario.session, "--note", "Débat riche"], as: Scenario.secretary)
        let draft = try scenario.newPoll(kind: "yesno", question: "Un second tour ?", open: false)
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        try council.succeed(["minutes", "adopt", scenario.session], as: Scenario.secretary)
        let export = try council.succeed(["minutes", "export", scenario.session]).stdout
        let before = try council.snapshot()

        let attempts: [([String], String)] = [
            (["session", "attend", scenario.session, Scenario.member, "absent"], Scenario.secretary),
            (["agenda", "add", scenario.session, "Point ajouté après coup"], Scenario.facilitator),
            (["agenda", "start", scenario.item], Scenario.facilitator),
            (
                ["poll", "new", scenario.session, "--kind", "yesno", "--question", "Trop tard ?"],
                Scenario.facilitator
            ),
            (["poll", "open", draft], Scenario.facilitator),
            (["poll", "count", poll, "--add", "Oui=3"], Scenario.facilitator),
            (["minutes", "add", scenario.session, "--decision", "Une décision de plus"], Scenario.secretary),
            (["session", "state", scenario.session, "en-cours"], Scenario.facilitator),
        ]
        for (arguments, member) in attempts {
            let output = try council.run(arguments, as: member)
            #expect(output.status == 1, "\(arguments) was accepted")
            #expect(output.stderr.contains("adopté"), "\(arguments): \(output.stderr)")
        }
        #expect(try council.changes(since: before).isEmpty)
        #expect(try council.succeed(["minutes", "export", scenario.session]).stdout == export)
    }
}
