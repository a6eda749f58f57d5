import Foundation
import Testing

/// The council's rules of deliberation (the chair's casting vote, the quorum) from the shell:
/// the administrator changes them, everyone reads them, bad values write nothing.
@Suite struct CouncilRulesCommandTests {
    let scenario: Scenario

    init() throws { scenario = try Scenario() }

    func councilFile() throws -> [String: Any] {
        let url = URL(fileURLWithPath: scenario.council.root + "/council.json")
        return try #require(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func theAdministratorGivesTheChairACastingVoteAndSetsTheQuorum() throws {
        let output = try scenario.council.succeed([
            "council", "rules", "--casting-vote", "oui", "--quorum", "40",
        ])
        #expect(output.stdout.contains("Voix prépondérante de la présidence : oui"), "\(output.summary)")
        #expect(output.stdout.contains("Quorum : plus de 40 % des membres présents"))
        let council = try councilFile()
        #expect(council["castingVote"] as? Bool == true)
        #expect(council["quorumPercent"] as? Int == 40)
        // Reading them is for every member, and changes nothing.
        let before = try scenario.council.snapshot()
        let read = try scenario.council.succeed(["council", "rules"], as: Scenario.member)
        #expect(read.stdout.contains("Voix prépondérante de la présidence : oui"))
        #expect(try scenario.council.changes(since: before) == [])
        // Taken back: non.
        try scenario.council.succeed(["council", "rules", "--casting-vote", "non"])
        #expect(try councilFile()["castingVote"] as? Bool == false)
        #expect(try councilFile()["quorumPercent"] as? Int == 40)
    }

    @Test(
        arguments: [
            (
                ["--casting-vote", "oui"], "anne",
                "changer les règles du conseil : réservé à l'administrateur"
            ),
            (["--quorum", "101"], nil, "donnez un pourcentage de 0 à 100"),
            (["--casting-vote", "peut-être"], nil, "n'est ni oui ni non"),
        ] as [([String], String?, String)])
    func refusedChangesWriteNothing(_ options: [String], _ member: String?, _ message: String) throws {
        let before = try scenario.council.snapshot()
        let output = try scenario.council.run(["council", "rules"] + options, as: member)
        #expect(output.status != 0, "\(output.summary)")
        #expect(output.stderr.contains(message), "\(output.summary)")
        #expect(try scenario.council.changes(since: before) == [])
    }
}
