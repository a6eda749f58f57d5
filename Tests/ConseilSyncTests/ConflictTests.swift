import Foundation
import Testing

/// A record that only one person should edit, edited on two clones: both versions survive,
/// `check` reports the conflict until a person resolves it, and no conflict marker ever
/// reaches a file.
@Suite struct ConflictTests {
    @Test func minutesEditedOnBothSidesKeepsBothTexts() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        let entry = try a.newId(["minutes", "add", ids.session, "--note", "Texte initial"], as: "bob")
        try a.sync()
        let b = try lab.clone("b")
        let file = "\(ids.session)/minutes/\(entry).json"

        // Both edit the file directly, as the interface's editor does.
        try a.write(
            try a.read(file).replacingOccurrences(of: "Texte initial", with: "Texte écrit sur A"), to: file)
        try b.write(
            try b.read(file).replacingOccurrences(of: "Texte initial", with: "Texte écrit sur B"), to: file)
        try a.sync()
        let merged = try b.sync()
        #expect(merged.stdout.contains("Conflit : "), "\(merged.summary)")

        // B keeps its text in the file and A's beside it; the same on A after its next sync.
        try b.sync()
        try a.sync()
        for clone in [a, b] {
            let tree = try clone.snapshot()
            #expect(try clone.read(file).contains("Texte écrit sur B"))
            let copies = tree.keys.filter { $0.hasPrefix("\(ids.session)/minutes/.\(entry).conflict-") }
            #expect(copies.count == 1, "\(tree.keys.sorted())")
            #expect(
                copies.allSatisfy { String(decoding: tree[$0]!, as: UTF8.self).contains("Texte écrit sur A") }
            )
            #expect(!tree.values.contains { String(decoding: $0, as: UTF8.self).contains("<<<<<<<") })
            let check = try clone.run(["check"])
            #expect(check.status == 1)
            #expect(check.stdout.contains("conflit de synchronisation"), "\(check.summary)")
            #expect(check.stdout.contains(entry))
        }
        #expect(try a.snapshot() == b.snapshot())

        // A member may not resolve; the secretary keeps A's text on A.
        #expect(
            try a.run(["sync", "resolve", a.data + "/" + file, "--keep", "other"], as: "chloe").status != 0)
        try a.succeed(["sync", "resolve", a.data + "/" + file, "--keep", "other"], as: "bob")
        #expect(try a.read(file).contains("Texte écrit sur A"))
        #expect(try a.run(["check"]).status == 0)
        #expect(try a.succeed(["sync", "conflicts"]).stdout.contains("Aucun conflit"))

        // The resolution travels.
        try a.sync()
        let back = try b.sync()
        #expect(back.stdout.contains("1 conflit résolu"), "\(back.summary)")
        #expect(try b.run(["check"]).status == 0)
        #expect(try b.read(file).contains("Texte écrit sur A"))
        #expect(try a.snapshot() == b.snapshot())
        let export = try b.succeed(["minutes", "export", ids.session]).stdout
        #expect(export.contains("Texte écrit sur A"))
    }

    @Test func keepingTheCurrentVersionAfterCombiningByHand() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        let b = try lab.clone("b")
        // The proposal's title, changed on both sides.
        let file = "proposals/\(ids.proposal)/proposal.json"
        try a.write(
            try a.read(file).replacingOccurrences(of: "Ateliers numériques", with: "Ateliers A"), to: file)
        try b.write(
            try b.read(file).replacingOccurrences(of: "Ateliers numériques", with: "Ateliers B"), to: file)
        try a.sync()
        try b.sync()
        let conflicts = try b.succeed(["sync", "conflicts", "--json"]).stdout
        #expect(conflicts.contains(file), "\(conflicts)")
        // The secretary combines both titles by hand, then keeps the file as it is now.
        try b.write(
            try b.read(file).replacingOccurrences(of: "Ateliers B", with: "Ateliers A et B"), to: file)
        try b.succeed(["sync", "resolve", file, "--keep", "current"], as: "bob")
        #expect(try b.run(["check"]).status == 0)
        try b.sync()
        try a.sync()
        #expect(
            try a.succeed(["proposal", "show", ids.proposal, "--json"]).stdout.contains(
                "Ateliers A et B en mairie"))
        #expect(try a.snapshot() == b.snapshot())
        #expect(try a.run(["check"]).status == 0)
    }

    @Test func theSameVoterOnTwoClonesKeepsTheLaterBallot() throws {
        let lab = try Lab()
        let a = try lab.clone("a")
        let ids = try a.setUpCouncil()
        try a.sync()
        let b = try lab.clone("b")
        try b.succeed(["vote", ids.poll, "Oui"], as: "chloe", now: "2017-11-17T10:00:00Z")
        try a.succeed(["vote", ids.poll, "Non"], as: "chloe", now: "2017-11-17T10:05:00Z")
        try b.sync()
        try a.sync()
        try b.sync()
        #expect(try a.snapshot() == b.snapshot())
        #expect(try b.read("\(ids.session)/polls/\(ids.poll)/ballots/chloe.json").contains("\"Non\""))
        #expect(try b.run(["check"]).status == 0)
    }
}
