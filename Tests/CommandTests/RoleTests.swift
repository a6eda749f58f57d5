import Foundation
import Testing

/// Who may do what, and the two ways of naming the actor and the data root.
@Suite struct RoleTests {
    let scenario: Scenario

    init() throws { scenario = try Scenario() }

    @Test(arguments: [
        (["poll", "new", "{session}", "--kind", "yesno", "--question", "Q ?"], "animateur·rice"),
        (["proposal", "add", "--title", "Une idée"], "secrétaire"),
        (["minutes", "add", "{session}", "--note", "Une note"], "secrétaire"),
    ])
    func memberIsRefused(_ arguments: [String], needs role: String) throws {
        let council = scenario.council
        let arguments = arguments.map { $0 == "{session}" ? scenario.session : $0 }
        let before = try council.snapshot()
        // Once with --member, once with CONSEIL_MEMBER: the same refusal.
        for useVariable in [false, true] {
            let output = try council.run(
                arguments, as: useVariable ? nil : Scenario.member,
                environment: useVariable ? ["CONSEIL_MEMBER": Scenario.member] : [:])
            #expect(output.status != 0, "\(output.summary)")
            #expect(output.stderr.contains(role), "the message names the role needed: \(output.summary)")
            #expect(output.stderr.contains(Scenario.member), "\(output.summary)")
        }
        #expect(try council.changes(since: before) == [])
    }

    @Test func secretaryWritesTheMinutes() throws {
        let council = scenario.council
        try council.succeed(
            ["minutes", "add", scenario.session, "--note", "Bienvenue"], as: Scenario.secretary)
        #expect(try council.succeed(["minutes", "export", scenario.session]).stdout.contains("Bienvenue"))
    }

    @Test func administratorMustSayWhoVotes() throws {
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        let before = try council.snapshot()
        let output = try council.run(["vote", poll, "Oui"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("--member"), "\(output.summary)")
        #expect(try council.changes(since: before) == [])
    }

    @Test func conseilMemberVotesLikeMember() throws {
        let council = scenario.council
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")
        try council.succeed(["vote", poll, "Oui"], environment: ["CONSEIL_MEMBER": Scenario.member])
        #expect(try council.files(named: "\(Scenario.member).json", under: scenario.session).count == 1)
        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(results["ballots"] as? Int == 1)
    }

    @Test func dataOptionAndVariableBothWork() throws {
        let council = scenario.council
        // --data alone, the variable unset.
        let withOption = try council.succeed(
            ["session", "list", "--data", council.root], environment: ["CONSEIL_DATA": nil])
        #expect(withOption.stdout.contains(scenario.session))
        // CONSEIL_DATA alone.
        let withVariable = try council.succeed(["session", "list"])
        #expect(withVariable.stdout.contains(scenario.session))
        // Neither: the default ./Sessions (of the temporary working folder) does not exist.
        let neither = try council.run(["session", "list"], environment: ["CONSEIL_DATA": nil])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("--data"), "\(neither.summary)")
    }
}
