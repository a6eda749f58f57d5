import Foundation
import Testing

/// Options whose labels are numbers ("Combien d'ateliers par an ?" 3, 2, 1): an answer names
/// the label it says, from the command line, the ballot screen and a show of hands alike.
@Suite struct NumericOptionTests {
    private func workshops(_ scenario: Scenario, _ extra: [String] = []) throws -> String {
        try scenario.newPoll(
            kind: "choice", question: "Combien d'ateliers par an ?",
            ["--option", "3", "--option", "2", "--option", "1"] + extra)
    }

    private func counts(_ council: TestCouncil, _ poll: String) throws -> [String: Int] {
        let results = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        let options = try #require(results["options"] as? [[String: Any]], "\(results)")
        var counts: [String: Int] = [:]
        for option in options { counts[option["label"] as? String ?? "?"] = option["count"] as? Int }
        return counts
    }

    @Test func aTypedNumberThatIsALabelIsThatLabel() throws {
        let scenario = try Scenario()
        let poll = try workshops(scenario)
        let output = try scenario.council.succeed(["vote", poll, "3"], as: Scenario.member)
        #expect(output.stdout.contains("vote enregistré : 3"), "\(output.stdout)")
        #expect(try counts(scenario.council, poll) == ["3": 1, "2": 0, "1": 0])
    }

    @Test func aNumberThatIsNoLabelIsRefusedWhenLabelsAreNumbers() throws {
        let scenario = try Scenario()
        let poll = try workshops(scenario, ["--abstain"])
        // Read as a position, 4 would be Abstention: a vote nobody meant.
        let output = try scenario.council.run(["vote", poll, "4"], as: Scenario.member)
        #expect(output.status != 0)
        #expect(output.stderr.contains("réponse inconnue : « 4 »"), "\(output.stderr)")
        #expect(try counts(scenario.council, poll).values.allSatisfy { $0 == 0 })
    }

    @Test func positionsStillNameOptionsWhoseLabelsAreWords() throws {
        let scenario = try Scenario()
        let poll = try scenario.newPoll(
            kind: "choice", question: "Priorité ?", ["--option", "Formation", "--option", "Emploi"])
        try scenario.council.succeed(["vote", poll, "2"], as: Scenario.member)
        #expect(try counts(scenario.council, poll) == ["Formation": 0, "Emploi": 1])
    }

    @Test func theBallotScreenRecordsTheTickedOption() throws {
        let scenario = try Scenario()
        let poll = try workshops(scenario)
        // The cursor starts on the first option, « 3 ».
        let screen = try scenario.council.succeed(
            ["vote", "--dump", "--size", "60x16", "--keys", " <Enter>"], as: Scenario.member
        ).stdout
        #expect(screen.contains("vote enregistré : 3"), "\(screen)")
        #expect(try counts(scenario.council, poll) == ["3": 1, "2": 0, "1": 0])
    }

    @Test func aShowOfHandsCountsTheLabelItNames() throws {
        let scenario = try Scenario()
        let poll = try workshops(scenario)
        try scenario.council.succeed(
            ["poll", "count", poll, "--add", "3=5", "--add", "1=2"], as: Scenario.facilitator)
        #expect(try counts(scenario.council, poll) == ["3": 5, "2": 0, "1": 2])
    }
}
