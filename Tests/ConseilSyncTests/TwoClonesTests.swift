import Foundation
import Testing

/// Two clones that worked offline on the same session, poll and proposal sync both ways
/// without any conflict and end with the same files and the same results.
@Suite struct TwoClonesTests {
    @Test func offlineWorkOnBothSidesMergesWithoutConflict() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        let b = try lab.clone("b")
        #expect(try b.snapshot() == a.snapshot())

        // Offline on both sides: ballots in the same poll, history of the same proposal,
        // agenda items, attendance (one member recorded differently on each side), minutes.
        try a.succeed(["vote", ids.poll, "Oui"], as: "chloe", now: "2017-11-17T10:00:00Z")
        try a.succeed(["vote", ids.poll, "Non"], as: "david", now: "2017-11-17T10:00:01Z")
        try b.succeed(["vote", ids.poll, "Oui"], as: "emma", now: "2017-11-17T10:00:02Z")
        try b.succeed(["vote", ids.poll, "Non"], as: "bob", now: "2017-11-17T10:00:03Z")
        try a.succeed(
            ["poll", "count", ids.poll, "--add", "Oui=3"], as: "alice", now: "2017-11-17T10:01:00Z")
        try a.succeed(
            ["proposal", "status", ids.proposal, "a-l-etude", "--note", "Étude côté A"], as: "bob",
            now: "2017-11-17T10:02:00Z")
        try b.succeed(
            ["proposal", "status", ids.proposal, "a-l-etude", "--note", "Étude côté B"], as: "bob",
            now: "2017-11-17T10:03:00Z")
        try b.succeed(
            ["proposal", "status", ids.proposal, "adoptee"], as: "bob", now: "2017-11-17T10:04:00Z")
        try a.succeed(
            ["agenda", "add", ids.session, "Point ajouté sur A"], as: "alice", now: "2017-11-17T10:05:00Z")
        try b.succeed(
            ["agenda", "add", ids.session, "Point ajouté sur B"], as: "alice", now: "2017-11-17T10:05:01Z")
        try a.succeed(
            ["session", "attend", ids.session, "chloe", "present"], as: "bob", now: "2017-11-17T10:06:00Z")
        try b.succeed(
            ["session", "attend", ids.session, "david", "excuse"], as: "bob", now: "2017-11-17T10:06:01Z")
        try a.succeed(
            ["session", "attend", ids.session, "emma", "present"], as: "bob", now: "2017-11-17T10:07:00Z")
        try b.succeed(
            ["session", "attend", ids.session, "emma", "absent"], as: "bob", now: "2017-11-17T10:07:30Z")
        try a.succeed(
            ["minutes", "add", ids.session, "--note", "Note prise sur A"], as: "bob",
            now: "2017-11-17T10:08:00Z")
        try b.succeed(
            ["minutes", "add", ids.session, "--decision", "Décision prise sur B"], as: "bob",
            now: "2017-11-17T10:08:01Z")

        let first = try a.sync()
        #expect(first.stdout.contains("Envoyé : "))
        let second = try b.sync()
        #expect(second.stdout.contains("Reçu : "), "\(second.summary)")
        #expect(second.stdout.contains("2 bulletins"), "\(second.summary)")
        #expect(!second.stdout.contains("Conflit"), "\(second.summary)")
        let third = try a.sync()
        #expect(third.stdout.contains("Reçu : "), "\(third.summary)")

        // The same files on both sides, nothing left to commit, no conflict copy.
        let treeA = try a.snapshot()
        let treeB = try b.snapshot()
        #expect(treeA == treeB)
        #expect(!treeA.keys.contains { $0.contains(".conflict-") })
        #expect(try a.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try b.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try a.run(["check"]).status == 0)
        #expect(try b.run(["check"]).status == 0)

        // Nothing missing: 4 ballots, a show of hands, both items, both minutes entries.
        #expect(try a.files(under: "\(ids.session)/polls/\(ids.poll)/ballots").count == 4)
        #expect(try a.files(under: "\(ids.session)/agenda").count == 3)
        #expect(try a.files(under: "\(ids.session)/minutes").count == 2)
        #expect(try a.files(under: "\(ids.session)/attendance").count == 3)
        // Attendance recorded on both sides for the same member: the later record wins.
        #expect(try a.read("\(ids.session)/attendance/emma.json").contains("\"absent\""))

        // The same results on both sides.
        let resultsA = try a.succeed(["poll", "results", ids.poll, "--format", "json"]).stdout
        let resultsB = try b.succeed(["poll", "results", ids.poll, "--format", "json"]).stdout
        #expect(resultsA == resultsB)
        let results = try JSONSerialization.jsonObject(with: Data(resultsA.utf8)) as? [String: Any]
        #expect(results?["base"] as? Int == 7, "\(resultsA)")
        let proposalA = try a.succeed(["proposal", "show", ids.proposal, "--json"]).stdout
        let proposalB = try b.succeed(["proposal", "show", ids.proposal, "--json"]).stdout
        #expect(proposalA == proposalB)
        #expect(proposalA.contains("\"adopted\""))
        #expect(proposalA.contains("Étude côté A") && proposalA.contains("Étude côté B"))

        // History is the audit trail: a merge, not a rebase.
        let merges = try a.git(["log", "--merges", "--format=%P"]).stdout.split(separator: "\n")
        #expect(merges.count == 1 && merges[0].split(separator: " ").count == 2, "\(merges)")
    }

    @Test func commitMessagesSayWhatChanged() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        for voter in ["chloe", "david", "emma"] { try a.succeed(["vote", ids.poll, "Oui"], as: voter) }
        try a.sync()
        #expect(try a.git(["log", "-1", "--format=%s"]).stdout == "3 bulletins\n")
        try a.succeed(["poll", "close", ids.poll], as: "alice")
        try a.succeed(["minutes", "add", ids.session, "--note", "Une note"], as: "bob")
        try a.succeed(
            ["proposal", "status", ids.proposal, "a-l-etude"], as: "bob", now: "2017-11-17T11:00:00Z")
        try a.succeed(
            ["proposal", "status", ids.proposal, "adoptee"], as: "bob", now: "2017-11-17T11:01:00Z")
        let output = try a.sync()
        let message = try a.git(["log", "-1", "--format=%B"]).stdout
        #expect(
            message.contains("Scrutin « Êtes-vous suffisamment informés ? » clos : 3 votants"), "\(message)")
        #expect(message.contains("Proposition « Ateliers numériques en mairie » : adoptée"), "\(message)")
        #expect(message.contains("1 note au compte rendu"), "\(message)")
        #expect(output.stdout.contains("Envoyé : "), "\(output.summary)")
        // English report, French history.
        let english = try a.run(["sync", "--lang", "en"])
        #expect(english.stdout.contains("Already up to date"), "\(english.summary)")
    }

    @Test func withoutRemoteItOnlyCommits() throws {
        let lab = try Lab()
        let root = lab.base + "/alone"
        try lab.git(["init", "--quiet", root])
        let alone = Clone(lab: lab, top: root, data: root)
        let ids = try alone.setUpCouncil()
        let first = try alone.sync()
        #expect(first.stdout.contains("Pas de dépôt distant"), "\(first.summary)")
        #expect(try alone.git(["rev-list", "--count", "HEAD"]).stdout == "1\n")
        try alone.sync()
        #expect(try alone.git(["rev-list", "--count", "HEAD"]).stdout == "1\n")
        try alone.succeed(["vote", ids.poll, "Non"], as: "chloe")
        try alone.sync()
        #expect(try alone.git(["rev-list", "--count", "HEAD"]).stdout == "2\n")
        #expect(try alone.git(["status", "--porcelain"]).stdout.isEmpty)
    }

    @Test func anUnreachableRemoteStillCommits() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        try a.git(["remote", "set-url", "origin", lab.base + "/nowhere.git"])
        try a.succeed(["vote", ids.poll, "Oui"], as: "chloe")
        let offline = try a.run(["sync"])
        #expect(offline.status == 2, "\(offline.summary)")
        #expect(offline.stderr.contains("enregistrés localement"), "\(offline.summary)")
        #expect(try a.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try a.git(["log", "-1", "--format=%s"]).stdout == "1 bulletin\n")
        let status = try a.succeed(["sync", "status", "--json"]).stdout
        #expect(status.contains("\"lastResult\" : \"offline\""), "\(status)")
        // Back online, the commit goes out.
        try a.git(["remote", "set-url", "origin", lab.remote])
        #expect(try a.sync().stdout.contains("Envoyé : 1 bulletin"))
    }

    /// A commit per ballot would link an anonymous ballot to its voter's mark: while the poll
    /// is open they stay uncommitted, and go in one commit once it is closed.
    @Test func anonymousBallotsWaitForTheClose() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        let poll = try a.newId(
            ["poll", "new", ids.session, "--kind", "yesno", "--question", "Secret ?", "--anonymous"],
            as: "alice")
        try a.succeed(["poll", "open", poll], as: "alice")
        try a.succeed(["vote", poll, "Oui"], as: "chloe")
        let output = try a.sync()
        #expect(output.stdout.contains("Scrutin anonyme ouvert"), "\(output.summary)")
        let tracked = try a.git(["ls-files"]).stdout
        #expect(!tracked.contains("/\(poll)/ballots/") && !tracked.contains("/\(poll)/voters/"))
        try a.succeed(["vote", poll, "Non"], as: "david")
        try a.succeed(["poll", "close", poll], as: "alice")
        try a.sync()
        let last = try a.git(["show", "--name-only", "--format=", "HEAD"]).stdout
        #expect(last.split(separator: "\n").filter { $0.contains("/\(poll)/ballots/") }.count == 2, "\(last)")
        #expect(last.split(separator: "\n").filter { $0.contains("/\(poll)/voters/") }.count == 2, "\(last)")
    }
}
