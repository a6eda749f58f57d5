// 200 members voting in the same few seconds, each through their own forced-command session
// (one `conseil` process each, all started before any is waited for): 200 ballots, none twice,
// none lost, and the right tally.
import Foundation
import TestSupport
import Testing

@Suite struct ManyVotersTests {
    static let voters = (1...200).map { String(format: "v%03d", $0) }

    static func answer(_ number: Int) -> String {
        switch number % 3 {
        case 0: "Oui"
        case 1: "Non"
        default: "Abstention"
        }
    }

    @Test func twoHundredConcurrentVotes() throws {
        let council = try TestCouncil(extraMembers: Self.voters)
        let started = Date()
        let children = try Self.voters.enumerated().map { number, voter in
            try ChildProcess(
                council.binary, council.key(voter),
                environment: council.forcedEnvironment("vote \(council.poll) \(Self.answer(number))"),
                directory: council.base)
        }
        let outputs = children.map { $0.wait(timeout: 120) }
        let elapsed = Date().timeIntervalSince(started)
        for (voter, output) in zip(Self.voters, outputs) {
            #expect(output.status == 0 && output.exited, "\(voter): \(output.summary)")
        }

        let ballots = try council.ballotRecords()
        #expect(ballots.count == 200)
        #expect(Set(ballots.keys) == Set(Self.voters.map { $0 + ".json" }))
        for (number, voter) in Self.voters.enumerated() {
            #expect(ballots[voter + ".json"]?["voter"] as? String == voter)
            #expect(ballots[voter + ".json"]?["answers"] as? [String] == [Self.answer(number)])
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: council.ballots).filter {
            $0.hasPrefix(".")
        }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")

        let results = try council.run(["poll", "results", council.poll, "--format", "json"])
        let tally = try #require(
            try JSONSerialization.jsonObject(with: Data(results.stdout.utf8)) as? [String: Any])
        #expect(tally["ballots"] as? Int == 200)
        #expect(tally["base"] as? Int == 200)
        let options = try #require(tally["options"] as? [[String: Any]])
        let counts = Dictionary(
            uniqueKeysWithValues: options.compactMap { option in
                (option["label"] as? String).map { ($0, option["count"] as? Int ?? -1) }
            })
        #expect(counts == ["Oui": 67, "Non": 67, "Abstention": 66], "\(results.stdout)")
        let check = try council.run(["check"])
        #expect(check.status == 0, "\(check.summary)")
        print("200 concurrent votes in \(String(format: "%.2f", elapsed)) s")
    }
}
