import ConseilCore
import Foundation
import TestSupport
import Testing

@testable import ConseilStore

/// Issue 12's "Done when", the interface half: a session run from the interface in tmux (the
/// attendance list sets the chair, the secretary and two pouvoirs; the new-poll form sets the
/// rules; o opens, c closes with its confirmation) while members vote on the ballot screen of
/// the real binary, each in a tmux window; then the PV and the results JSON name all of it.
@Suite(
    "End to end: a session with its decisions run from the interface",
    .enabled(if: Tmux.executable != nil, "tmux is not installed"),
    .timeLimit(.minutes(10))
)
struct InterfaceSessionEndToEndTests {
    static let projects = ["Fablab", "Repair café", "Café numérique", "Ateliers seniors"]

    @Test func chairSecretaryPouvoirsNamedTieAndMajorityJudgment() throws {
        let app = try LiveApp(width: 120, height: 40)
        defer { app.tmux.kill() }
        // The council's rules give the chair a casting vote: the administrator says so.
        try app.conseil(["council", "rules", "--casting-vote", "oui"])

        let pane = app.pane
        try pane.waitFor("Le numérique dans nos quartiers", timeout: 60)
        // The attendance list: Anne chairs, Samuel is secretary, Votant 21 (excused) and
        // Votant 22 (absent) give their pouvoirs to the first members present who hold none.
        try pane.send("1")
        try pane.send("P")
        try pane.waitFor("Présences (", timeout: 30)
        try pane.send("c")
        try pane.waitFor("Anne Animatrice (présidence)", timeout: 30)
        try pane.send("j")
        try pane.send("e")
        try pane.waitFor("Samuel Secrétaire (secrétariat)", timeout: 30)
        for _ in 0..<22 { try pane.send("j") }
        try pane.send("p")
        try pane.waitFor("Votant 21 → Anne Animatrice", timeout: 30)
        try pane.send("j")
        try pane.send("p")
        try pane.waitFor("Votant 22 → Samuel Secrétaire", timeout: 30)
        try pane.send("Escape")

        // A named vote at two thirds of the votes cast: 4 for (two through pouvoirs), 1 against.
        let charter = try newPoll(
            app, question: "Adopter la charte ?",
            keys: tabs(7) + ["Right", "Right", "Right", "Tab", "Tab", "Space"])
        try openPoll(app, charter)
        try ballot(app, charter, "anne", [["Space", "Enter"], ["Space", "Enter"]])
        try ballot(app, charter, "sam", [["Space", "Enter"], ["Space", "Enter"]])
        try ballot(app, charter, "marc", [["Down", "Space", "Enter"]])
        try closePoll(app, charter)

        // A simple majority that ties, 1 for and 1 against: the chair's own vote decides.
        let projector = try newPoll(
            app, question: "Acheter un vidéoprojecteur ?", keys: tabs(7) + ["Right"])
        try openPoll(app, projector)
        try ballot(app, projector, "anne", [["Space", "Enter"]])
        try ballot(app, projector, "marc", [["Down", "Space", "Enter"]])
        try closePoll(app, projector)

        // Majority judgment among four projects, graded on the grid by digits.
        let projects = try newPoll(
            app, question: "Quel projet financer ?", kindSteps: 5,
            keys: ["Tab"], options: Self.projects.joined(separator: ";"))
        try openPoll(app, projects)
        for (member, grades) in [("anne", "1324"), ("sam", "2314"), ("marc", "1425"), ("m01", "2336")] {
            let keys = grades.map { [String($0), "Down"] }.joined().dropLast() + ["Enter"]
            try ballot(app, projects, member, [Array(keys)])
        }
        try closePoll(app, projects)

        // What the results give.
        let charterResults = try results(app, charter)
        let charterVerdict = try #require(charterResults["verdict"] as? [String: Any])
        #expect(charterVerdict["rule"] as? String == "two-thirds")
        #expect(charterVerdict["outcome"] as? String == "adopted")
        #expect(charterVerdict["for"] as? Int == 4 && charterVerdict["against"] as? Int == 1)
        let tieVerdict = try #require(try results(app, projector)["verdict"] as? [String: Any])
        #expect(tieVerdict["rule"] as? String == "simple")
        #expect(tieVerdict["outcome"] as? String == "adopted")
        #expect((tieVerdict["castingVote"] as? [String: Any])?["member"] as? String == "anne")
        let ranking = try #require(try results(app, projects)["ranking"] as? [[String: Any]])
        #expect(
            ranking.map { $0["label"] as? String } == [
                "Fablab", "Café numérique", "Repair café", "Ateliers seniors",
            ])
        #expect(ranking.map { $0["rank"] as? Int } == [1, 2, 3, 4])

        // The procès-verbal names all of it.
        // French typography puts no-break spaces before « ? » and « : »: compared as spaces.
        let pv = try app.conseil(["minutes", "export", app.fixture.session, "--format", "md"])
            .replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
        for expected in [
            "Anne Animatrice", "Samuel Secrétaire", "Votant 21 donne pouvoir à Anne Animatrice",
            "Votant 22 donne pouvoir à Samuel Secrétaire", "Adopter la charte ?", "majorité des deux tiers",
            "Adopté",
            "voix prépondérante de la présidence (Anne Animatrice)", "Quel projet financer ?",
            "- Marc Membre : Non", "Fablab",
        ] {
            #expect(pv.contains(expected), "the PV lacks « \(expected) »:\n\(pv)")
        }
    }

    private func tabs(_ count: Int) -> [String] { Array(repeating: "Tab", count: count) }

    /// N on the polls screen, the kind moved `kindSteps` to the right, the question typed in the
    /// second field, `options` in the third, then `keys` and Ctrl-S; returns the new poll's id.
    private func newPoll(
        _ app: LiveApp, question: String, kindSteps: Int = 0, keys: [String], options: String? = nil
    ) throws -> String {
        let pane = app.pane
        try pane.send("2")
        try pane.send("N")
        try pane.waitFor("Majorité (oui/non)", timeout: 30)
        for _ in 0..<kindSteps { try pane.send("Right") }
        try pane.send("Tab")
        try pane.send(question, literal: true)
        if let options {
            try pane.send("Tab")
            try pane.send(options, literal: true)
        }
        for key in keys { try pane.send(key) }
        try pane.send("C-s")
        try pane.waitFor("the poll « \(question) » in the list", timeout: 30) { screen in
            !screen.contains("Majorité (oui/non)") && screen.contains(question)
        }
        let polls = app.fixture.root.polls(session: app.fixture.session).values
        return try #require(polls.first { $0.question == question }?.id)
    }

    /// Puts ▶ on the poll's row of the polls screen.
    private func select(_ app: LiveApp, _ question: String) throws {
        let pane = app.pane
        try pane.send("2")
        for _ in 0..<12 {
            let screen = try pane.screen()
            if screen.split(separator: "\n").contains(where: { $0.contains("▶") && $0.contains(question) }) {
                return
            }
            let row = screen.split(separator: "\n").firstIndex { $0.contains("▶") } ?? 0
            let target = screen.split(separator: "\n").firstIndex { $0.contains(question) } ?? row
            try pane.send(target < row ? "k" : "j")
            Thread.sleep(forTimeInterval: 0.3)
        }
        Issue.record("cannot select « \(question) »:\n\(try pane.screen())")
    }

    private func openPoll(_ app: LiveApp, _ id: String) throws {
        let poll = try app.fixture.root.poll(id)
        try select(app, poll.question)
        try app.pane.send("o")
        try waitUntil("« \(poll.question) » open") { try app.fixture.root.poll(id).state == .open }
    }

    private func closePoll(_ app: LiveApp, _ id: String) throws {
        let poll = try app.fixture.root.poll(id)
        try select(app, poll.question)
        // c asks first; a reload arriving meanwhile (the last ballot) may take the question
        // away before it is drawn, so c is pressed again until it shows.
        for attempt in 1...4 {
            try app.pane.send("c")
            do {
                try app.pane.waitFor("Clore « ", "o ou Entrée : oui", timeout: 10)
                break
            } catch  where attempt < 4 {}
        }
        try app.pane.send("o")
        try waitUntil("« \(poll.question) » closed") { try app.fixture.root.poll(id).state == .closed }
    }

    /// The member's ballot screen in a tmux window of its own: each list of keys casts one
    /// ballot (the second one the pouvoir's, on the same screen), then q leaves.
    private func ballot(_ app: LiveApp, _ poll: String, _ member: String, _ ballots: [[String]]) throws {
        let screen = try app.ballotScreen(poll: poll, member: member)
        try screen.waitFor("Vote — ", timeout: 30)
        for (index, keys) in ballots.enumerated() {
            for key in keys { try screen.send(key) }
            if index + 1 < ballots.count {
                try screen.waitFor("(pouvoir)", "votre vote est enregistré", timeout: 30)
            } else {
                // A holder's own ballot leads to the pouvoir's, which this step leaves uncast.
                try screen.waitFor("\(member)'s ballot recorded", timeout: 30) {
                    $0.contains("vote enregistré") || $0.contains("votre vote est enregistré")
                }
            }
        }
        try screen.send("C-c")
    }

    private func results(_ app: LiveApp, _ poll: String) throws -> [String: Any] {
        try #require(
            JSONSerialization.jsonObject(
                with: Data(try app.conseil(["poll", "results", poll, "--format", "json"]).utf8))
                as? [String: Any])
    }

    private func waitUntil(_ what: String, timeout: Double = 30, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while try !condition() {
            guard Date() < deadline else {
                Issue.record("timed out waiting for \(what)")
                return
            }
            Thread.sleep(forTimeInterval: 0.2)
        }
    }
}
