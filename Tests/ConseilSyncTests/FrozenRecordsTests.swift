import Foundation
import Testing

/// A remote commit made by hand, with sound records that the one door would refuse here: a
/// change to a session whose minutes are adopted, a ballot in a closed poll, ballots and marks
/// pushed into an open anonymous poll. Sync keeps them out and names them.
@Suite struct FrozenRecordsTests {
    /// A victim and an attacker clone of one council; the attacker commits files by hand.
    private struct Pair {
        let lab: Lab
        let victim: Clone
        let attacker: Clone
        let ids: CouncilIds

        init() throws {
            lab = try Lab()
            victim = try lab.clone("victim")
            ids = try victim.setUpCouncil()
            try victim.sync()
            attacker = try lab.clone("attacker")
        }

        /// Commits and pushes files written by hand in the attacker's clone.
        func pushByHand(_ files: [String: String]) throws {
            try attacker.sync()
            for (path, text) in files {
                try FileManager.default.createDirectory(
                    atPath: attacker.data + "/" + (path as NSString).deletingLastPathComponent,
                    withIntermediateDirectories: true)
                try attacker.write(text, to: path)
            }
            try attacker.git(["add", "-A"])
            try attacker.git(["commit", "--quiet", "-m", "À la main"])
            try attacker.git(["push", "--quiet", "origin", "HEAD:refs/heads/main"])
        }
    }

    @Test func anAdoptedSessionAndAClosedPollRefuseWhatARemoteBrings() throws {
        let pair = try Pair()
        let victim = pair.victim
        let entry = try victim.newId(
            ["minutes", "add", pair.ids.session, "--note", "Débat riche"], as: "bob")
        try victim.succeed(["vote", pair.ids.poll, "Oui"], as: "chloe")
        try victim.succeed(["poll", "close", pair.ids.poll], as: "alice")
        try victim.succeed(["minutes", "adopt", pair.ids.session], as: "bob")
        try victim.sync()
        let export = try victim.succeed(["minutes", "export", pair.ids.session]).stdout

        let entryPath = "\(pair.ids.session)/minutes/\(entry).json"
        let ballotPath = "\(pair.ids.session)/polls/\(pair.ids.poll)/ballots/david.json"
        try pair.attacker.sync()
        let edited = try pair.attacker.read(entryPath).replacingOccurrences(
            of: "Débat riche", with: "Réécrit")
        try pair.pushByHand([
            entryPath: edited,
            ballotPath: """
            {"answers":["Non"],"at":"2017-11-17T09:40:00Z","poll":"\(pair.ids.poll)","schema":1,"voter":"david"}

            """,
        ])
        let sync = try victim.sync()
        #expect(sync.stdout.contains(entryPath), "\(sync.summary)")
        #expect(sync.stdout.contains("ballots/david.json"), "\(sync.summary)")
        #expect(try victim.succeed(["minutes", "export", pair.ids.session]).stdout == export)
        let check = try victim.run(["check"])
        #expect(check.status == 1 && check.stdout.contains(entryPath), "\(check.summary)")
    }

    @Test func ballotsAndMarksPushedIntoAnOpenAnonymousPollNeverArrive() throws {
        let pair = try Pair()
        let victim = pair.victim
        let poll = try victim.newId(
            ["poll", "new", pair.ids.session, "--kind", "yesno", "--question", "Secret ?", "--anonymous"],
            as: "alice")
        try victim.succeed(["poll", "open", poll], as: "alice")
        try victim.sync()
        let folder = "\(pair.ids.session)/polls/\(poll)"
        try pair.pushByHand([
            "\(folder)/voters/chloe": "voted\n",
            "\(folder)/ballots/aaaaaaaaaaaaaaaaaaaa.json": """
            {"answers":["Non"],"poll":"\(poll)","schema":1}

            """,
        ])
        let sync = try victim.sync()
        #expect(sync.stdout.contains("voters/chloe"), "\(sync.summary)")
        // The member is not locked out, and the stuffed ballot is not counted.
        try victim.succeed(["vote", poll, "Oui"], as: "chloe")
        let json = try victim.succeed(["poll", "results", poll, "--format", "json"]).stdout
        let results = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(results?["ballots"] as? Int == 1, "\(json)")
    }
}
