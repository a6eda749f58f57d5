import Foundation
import Testing

/// Bad input is refused with a clear message on stderr and a non-zero exit, and no file of
/// the data root changes (every path and every byte compared before and after).
@Suite struct RefusalTests {
    /// One refused command. Placeholders stand for ids made by the setup: {session}, {open},
    /// {closed}, {draft} (polls) and {proposal}; `as` is the acting member.
    struct Case: Sendable {
        let label: String
        let arguments: [String]
        let member: String?
        let message: String

        init(_ label: String, _ arguments: [String], as member: String? = nil, says message: String) {
            self.label = label
            self.arguments = arguments
            self.member = member
            self.message = message
        }
    }

    static let cases: [Case] = [
        Case("unknown answer", ["vote", "{open}", "Peut-être"], as: "v01", says: "réponse inconnue"),
        Case("answer number out of range", ["vote", "{open}", "3"], as: "v01", says: "réponse inconnue"),
        Case("vote on a closed poll", ["vote", "{closed}", "Oui"], as: "v01", says: "clos"),
        Case("vote on a draft poll", ["vote", "{draft}", "Oui"], as: "v01", says: "brouillon"),
        Case(
            "déposée → réalisée", ["proposal", "status", "{proposal}", "realisee"], as: "sam",
            says: "passage impossible"),
        Case(
            "month 13", ["session", "new", "--title", "Séance", "--date", "2017-13-45"], as: "anne",
            says: "2017-13-45"),
        Case(
            "French date order", ["session", "new", "--title", "Séance", "--date", "17/11/2017"], as: "anne",
            says: "AAAA-MM-JJ"),
        Case(
            "malformed due date", ["minutes", "add", "{session}", "--action", "Agir", "--due", "2017-13-45"],
            as: "sam", says: "--due"),
        // A refusal about one input points to its flag on the command line (the interface
        // points to its form field instead).
        Case(
            "max answers on a yes/no poll",
            ["poll", "new", "{session}", "--kind", "yesno", "--question", "Oui ?", "--max-answers", "2"],
            as: "anne", says: "[--max-answers]"),
        Case("unknown poll", ["poll", "open", "q0000000000000"], as: "anne", says: "scrutin inconnu"),
        Case("unknown poll vote", ["vote", "q0000000000000", "Oui"], as: "v01", says: "scrutin inconnu"),
        Case(
            "unknown session", ["poll", "new", "nulle-part", "--kind", "yesno", "--question", "Q ?"],
            as: "anne",
            says: "séance inconnue"),
        Case(
            "unknown proposal", ["proposal", "status", "p0000000000000", "adoptee"], as: "sam",
            says: "proposition inconnue"),
        Case("path in a poll id", ["vote", "../x", "Oui"], as: "v01", says: "invalide"),
        Case("path in a session id", ["agenda", "add", "../x", "Un point"], as: "anne", says: "invalide"),
        Case(
            "path in a proposal id", ["proposal", "status", "../x", "adoptee"], as: "sam", says: "invalide"),
        Case(
            "unknown kind", ["poll", "new", "{session}", "--kind", "sondage", "--question", "Q ?"],
            as: "anne",
            says: "sondage"),
        Case(
            "choice with one option",
            ["poll", "new", "{session}", "--kind", "choice", "--question", "Q ?", "--option", "Seule"],
            as: "anne",
            says: "de 2 à 20 options [--option]"),
        Case(
            "unknown language",
            ["session", "new", "--title", "Séance", "--date", "2017-11-17", "--lang", "xx"],
            as: "anne", says: "langue inconnue"),
        Case("unknown member", ["vote", "{open}", "Oui"], as: "personne", says: "membre inconnu"),
        Case(
            "unknown status", ["proposal", "status", "{proposal}", "terminee"], as: "sam", says: "terminee"),
    ]

    /// One data root for every case: a refusal writes nothing, and the snapshot taken
    /// before each case shows it (the setup alone takes fifteen runs of the binary).
    @Test func refusedWithoutWriting() throws {
        let scenario = try Scenario()
        let council = scenario.council
        let voters = try scenario.addVoters(1)
        let open = try scenario.newPoll(kind: "yesno", question: "Ouvert ?")
        try council.succeed(["vote", open, "Non"], as: voters[0])
        let closed = try scenario.newPoll(kind: "yesno", question: "Clos ?")
        try council.succeed(["poll", "close", closed], as: Scenario.facilitator)
        let draft = try scenario.newPoll(kind: "yesno", question: "Brouillon ?", open: false)
        let proposal = try council.newId(["proposal", "add", "--title", "Une idée"], as: Scenario.secretary)
        let ids = [
            "{session}": scenario.session, "{open}": open, "{closed}": closed, "{draft}": draft,
            "{proposal}": proposal,
        ]

        for refusal in Self.cases {
            let before = try council.snapshot()
            let output = try council.run(refusal.arguments.map { ids[$0] ?? $0 }, as: refusal.member)
            let context: Comment = "\(refusal.label): \(output.summary)"
            #expect(output.status != 0, context)
            #expect(output.stderr.contains("erreur"), context)
            #expect(output.stderr.contains(refusal.message), context)
            #expect(try council.changes(since: before) == [], "\(refusal.label) changed the data root")
        }

        // The comparison does see writes: an accepted vote changes exactly the voter's ballot.
        let before = try council.snapshot()
        try council.succeed(["vote", open, "Oui"], as: voters[0])
        let changed = try council.changes(since: before)
        #expect(
            changed.count == 1 && changed.first?.hasSuffix("/ballots/\(voters[0]).json") == true, "\(changed)"
        )
    }
}
