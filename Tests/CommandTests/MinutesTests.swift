import Foundation
import Testing

/// The minutes: entries per agenda item, exports with attendance and poll results, adoption.
@Suite struct MinutesTests {
    let scenario: Scenario
    let poll: String

    init() throws {
        scenario = try Scenario()
        let council = scenario.council
        let session = scenario.session
        let voters = try scenario.addVoters(3)
        try council.succeed(["session", "attend", session, voters[0], "present"], as: Scenario.secretary)
        try council.succeed(["session", "attend", session, voters[1], "present"], as: Scenario.secretary)
        try council.succeed(["session", "attend", session, voters[2], "excuse"], as: Scenario.secretary)
        poll = try scenario.newPoll(kind: "yesno", question: "Faut-il un tiers-lieu par quartier ?")
        try council.succeed(["vote", poll, "Oui"], as: voters[0])
        try council.succeed(["vote", poll, "Oui"], as: voters[1])
        try council.succeed(["vote", poll, "Non"], as: voters[2])
        try council.succeed(["poll", "close", poll], as: Scenario.facilitator)

        let secretary = Scenario.secretary
        try council.succeed(
            ["minutes", "add", session, "--item", scenario.item, "--note", "Tour de table des quartiers"],
            as: secretary)
        try council.succeed(
            ["minutes", "add", session, "--decision", "Le conseil retient trois quartiers"], as: secretary)
        try council.succeed(
            [
                "minutes", "add", session, "--item", scenario.item, "--action",
                "Recenser les lieux possibles",
                "--who", voters[0], "--due", "2017-12-15",
            ], as: secretary)
    }

    @Test func markdownHasEverything() throws {
        let text = try scenario.council.succeed(["minutes", "export", scenario.session, "--format", "md"])
            .stdout.replacingOccurrences(of: "\u{202F}", with: " ")
        for expected in [
            "Séminaire numérique", "Le numérique dans nos quartiers", "Tour de table des quartiers",
            "Le conseil retient trois quartiers", "Recenser les lieux possibles", "Votant 1",
            "15 décembre 2017",
            // Attendance and the poll's results, taken from the poll itself.
            "Présents (2)", "Excusés (1)", "Quorum", "Faut-il un tiers-lieu par quartier ?", "66,67 %",
            "33,33 %",
        ] {
            #expect(text.contains(expected), "missing \(expected) in\n\(text)")
        }
    }

    @Test func htmlIsOnePrintablePage() throws {
        let html = try scenario.council.succeed(["minutes", "export", scenario.session, "--format", "html"])
            .stdout.replacingOccurrences(of: "\u{202F}", with: " ")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@page"), "an A4 print stylesheet")
        for expected in [
            "Tour de table des quartiers", "Recenser les lieux possibles", "Présents (2)",
            "Faut-il un tiers-lieu par quartier ?", "66,67 %", "33,33 %",
        ] {
            #expect(html.contains(expected), "missing \(expected)")
        }
        #expect(!html.contains("<script"))
    }

    @Test func adoptedMinutesRefuseNewEntries() throws {
        let council = scenario.council
        try council.succeed(["minutes", "adopt", scenario.session], as: Scenario.secretary)
        let before = try council.snapshot()
        let refused = try council.run(
            ["minutes", "add", scenario.session, "--note", "Un oubli"], as: Scenario.secretary)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("adopté"), "\(refused.summary)")
        #expect(try council.changes(since: before) == [])
        let text = try council.succeed(["minutes", "export", scenario.session]).stdout
        #expect(text.contains("Arrêté le 17 novembre 2017"))
        #expect(!text.contains("Un oubli"))
    }
}
