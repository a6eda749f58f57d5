import Foundation
import Testing

/// The yes/no poll of the issue: 34 members, 15 Oui and 19 Non, in every output format.
/// One test, because filling the poll takes 68 runs of the binary.
@Suite struct YesNoPollTests {
    @Test func fifteenOuiNineteenNon() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let poll = try scenario.newPoll(
            kind: "yesno", question: "Le numérique est-il une chance pour la ville ?")
        for (index, voter) in try scenario.addVoters(34).enumerated() {
            // Alternate label, other case and option number: all name the same answers.
            let answer = index < 15 ? ["Oui", "oui", "1"][index % 3] : ["Non", "NON", "2"][index % 3]
            try council.succeed(["vote", poll, answer], as: voter)
        }

        let text = try council.succeed(["poll", "results", poll])
        #expect(text.stdout.contains("44,12 %"), "\(text.summary)")
        #expect(text.stdout.contains("55,88 %"), "\(text.summary)")
        #expect(text.stdout.contains("34"), "the base is stated")

        let json = try council.succeed(["poll", "results", poll, "--format", "json"]).jsonObject()
        #expect(json["id"] as? String == poll)
        #expect(json["question"] as? String == "Le numérique est-il une chance pour la ville ?")
        #expect(json["kind"] as? String == "yesno")
        #expect(json["state"] as? String == "open")
        #expect(json["base"] as? Int == 34)
        #expect(json["ballots"] as? Int == 34)
        let options = try #require(json["options"] as? [[String: Any]])
        #expect(options.map { $0["label"] as? String } == ["Oui", "Non"])
        #expect(options.map { $0["count"] as? Int } == [15, 19])
        #expect(options.map { $0["percent"] as? Double } == [44.12, 55.88])

        let csv = try council.succeed(["poll", "results", poll, "--format", "csv-rfc4180"])
        let rows = csv.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(rows.first == "answer,count,percent")
        #expect(rows.contains("\"Oui\",15,44.12"), "\(csv.summary)")
        #expect(rows.contains("\"Non\",19,55.88"), "\(csv.summary)")

        let markdown = try council.succeed(["poll", "results", poll, "--format", "md"])
        #expect(markdown.stdout.contains("Le numérique est-il une chance pour la ville ?"))
        #expect(markdown.stdout.contains("| Oui | 15 | 44,12 % |"), "\(markdown.summary)")
        #expect(markdown.stdout.contains("| Non | 19 | 55,88 % |"), "\(markdown.summary)")
    }
}
