import Foundation
import TestSupport
import Testing

/// `conseil projector [POLL]`: the wall alone, following the open poll unless one is named,
/// read-only, and at normal size when no console font can be read.
@Suite struct ProjectorCommandTests {
    let scenario: Scenario

    init() throws { scenario = try Scenario() }

    private func wall(_ arguments: [String], font: String? = nil) throws -> ProcessOutput {
        try scenario.council.run(
            ["projector"] + arguments + ["--dump", "--size", "120x40"],
            environment: font.map { ["CONSEIL_FONT": $0] } ?? [:])
    }

    @Test func itFollowsTheOpenPollFromItsQuestionToItsResults() throws {
        #expect(try wall([]).stdout.contains("En attente d'un scrutin ouvert…"))
        let poll = try scenario.newPoll(kind: "yesno", question: "Un tiers-lieu ?")
        try scenario.council.succeed(["vote", poll, "Oui"], as: Scenario.member)
        let question = try wall([]).stdout
        #expect(question.contains("· Oui ·") && question.contains("Le vote est ouvert"), "\(question)")
        #expect(!question.contains("1 vote"))
        let results = try wall(["--keys", "<Right><Right>"]).stdout
        #expect(results.contains("Oui  1 vote") && !results.contains("1 votes"), "\(results)")
        #expect(results.contains("1 votant · ouvert"))
    }

    @Test func itIsReadOnly() throws {
        let poll = try scenario.newPoll(kind: "yesno", question: "Un tiers-lieu ?")
        let before = try scenario.council.snapshot()
        // c closes a poll in the interface; on the wall it does nothing.
        _ = try wall([poll, "--keys", "c<Esc>2N"])
        #expect(try scenario.council.changes(since: before).isEmpty)
    }

    @Test func anUnknownPollIsRefused() throws {
        let output = try wall(["q-inconnu"])
        #expect(output.status != 0)
        #expect(output.stderr.contains("scrutin inconnu : q-inconnu"), "\(output.stderr)")
    }

    @Test func withoutAFontWordsAreWrittenAtNormalSize() throws {
        let poll = try scenario.newPoll(kind: "words", question: "Un mot ?")
        try scenario.council.succeed(["vote", poll, "démocratie"], as: Scenario.member)
        try scenario.council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        let plain = try wall([poll], font: "/nonexistent.psf.gz").stdout
        #expect(plain.contains("démocratie"), "\(plain)")
        #expect(!plain.contains("▀") && !plain.contains("▄") && !plain.contains("█"))
        if FileManager.default.fileExists(atPath: "/usr/share/consolefonts/Lat15-Terminus16.psf.gz") {
            let large = try wall([poll]).stdout
            #expect(!large.contains("démocratie") && large.contains("▀"), "large letters with the font")
        }
    }
}

extension ProjectorCommandTests {
    /// The reveal steps cannot show what the hidden-results rule hides: only the count.
    @Test func aHiddenResultsPollRevealsOnlyOnceClosed() throws {
        let poll = try scenario.newPoll(kind: "yesno", question: "Un tiers-lieu ?", ["--hide-results"])
        try scenario.council.succeed(["vote", poll, "Oui"], as: Scenario.member)
        let open = try wall([poll, "--keys", "<Right><Right>"]).stdout
        #expect(open.contains("Résultats affichés à la clôture du vote"), "\(open)")
        #expect(!open.contains("Oui  1 vote"))
        try scenario.council.succeed(["poll", "close", poll], as: Scenario.facilitator)
        #expect(try wall([poll]).stdout.contains("Oui  1 vote"))
    }
}
