import Foundation
import Testing

/// A damaged file is named by `check` and skipped, with a warning, by the other commands.
@Suite struct MalformedFileTests {
    let scenario: Scenario
    let poll: String
    let ballot: String
    let goodProposal: String
    let badProposal: String

    init() throws {
        scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(3)
        poll = try scenario.newPoll(kind: "yesno", question: "Un tiers-lieu ?")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        try council.succeed(["vote", poll, "Non"], as: voters[1])
        try council.succeed(["vote", poll, "Non"], as: voters[2])
        goodProposal = try council.newId(
            ["proposal", "add", "--title", "Proposition saine"], as: Scenario.secretary)
        badProposal = try council.newId(
            ["proposal", "add", "--title", "Proposition abîmée"], as: Scenario.secretary)

        // A ballot cut in the middle of writing, and a proposal overwritten with garbage.
        ballot = try #require(try council.files(named: "\(voters[0]).json", under: scenario.session).first)
        let file = URL(fileURLWithPath: council.root + "/" + ballot)
        let bytes = try Data(contentsOf: file)
        try bytes.prefix(bytes.count / 2).write(to: file)
        try council.write("\u{0}\u{1}not json at all {{{", to: "proposals/\(badProposal)/proposal.json")
    }

    @Test func checkNamesEachBadFile() throws {
        let output = try scenario.council.run(["check"])
        #expect(output.status != 0)
        let all = output.stdout + output.stderr
        #expect(all.contains(ballot), "\(output.summary)")
        #expect(all.contains("proposals/\(badProposal)/proposal.json"), "\(output.summary)")
    }

    @Test func checkIsCleanOnASoundRoot() throws {
        let council = try TestCouncil()
        let output = try council.run(["check"])
        #expect(output.status == 0, "\(output.summary)")
    }

    @Test func resultsSkipTheBadBallot() throws {
        let output = try scenario.council.run(["poll", "results", poll, "--format", "json"])
        #expect(output.status == 0, "\(output.summary)")
        #expect(output.stderr.contains(ballot), "the warning names the file")
        let results = try output.jsonObject()
        #expect(results["ballots"] as? Int == 2)
        let options = try #require(results["options"] as? [[String: Any]])
        #expect(options.map { $0["count"] as? Int } == [0, 2])

        let text = try scenario.council.run(["poll", "results", poll])
        #expect(text.status == 0 && text.stdout.contains("100,00 %"), "\(text.summary)")
    }

    @Test func proposalListShowsTheRest() throws {
        let output = try scenario.council.run(["proposal", "list"])
        #expect(output.status == 0, "\(output.summary)")
        #expect(output.stdout.contains("Proposition saine"))
        #expect(output.stderr.contains(badProposal), "\(output.summary)")
        let json = try scenario.council.run(["proposal", "list", "--json"])
        #expect(json.status == 0)
        #expect(try json.jsonArray().compactMap { $0["id"] as? String } == [goodProposal])
    }

    @Test func sessionListShowsTheRest() throws {
        let council = scenario.council
        let other = try council.newId(
            ["session", "new", "--title", "Séance abîmée", "--date", "2017-12-15"], as: Scenario.facilitator)
        try council.write("{\"schema\": 1, \"title\": ", to: "\(other)/session.json")
        let output = try council.run(["session", "list"])
        #expect(output.status == 0, "\(output.summary)")
        #expect(output.stdout.contains("Séminaire numérique"))
        #expect(output.stderr.contains("\(other)/session.json"), "\(output.summary)")
        let json = try council.run(["session", "list", "--json"])
        #expect(json.status == 0)
        #expect(try json.jsonArray().compactMap { $0["id"] as? String } == [scenario.session])
    }
}
