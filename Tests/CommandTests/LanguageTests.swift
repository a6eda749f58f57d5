import Foundation
import Testing

/// French by default; `--lang en` speaks English.
@Suite struct LanguageTests {
    @Test func frenchByDefaultEnglishOnRequest() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(1)
        let poll = try scenario.newPoll(kind: "yesno", question: "Q ?")

        let french = try council.run(["vote", poll, "Peut-être"], as: voters[0])
        #expect(french.status != 0)
        #expect(french.stderr.contains("erreur : réponse inconnue"), "\(french.summary)")
        let english = try council.run(["vote", poll, "Peut-être", "--lang", "en"], as: voters[0])
        #expect(english.status != 0)
        #expect(english.stderr.contains("error: unknown answer"), "\(english.summary)")

        let created = try council.succeed(
            ["session", "new", "--title", "Atelier", "--date", "2017-12-01", "--lang", "en"],
            as: Scenario.facilitator)
        #expect(created.stdout.contains("Session created"), "\(created.summary)")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        let results = try council.succeed(["poll", "results", poll, "--lang", "en"]).stdout
        #expect(results.contains("voter"), "\(results)")
        let frenchResults = try council.succeed(["poll", "results", poll]).stdout
        #expect(frenchResults.contains("votant"), "\(frenchResults)")
    }
}
