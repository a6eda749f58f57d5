import ConseilCore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A remote commit crafted by hand (`git hash-object --literally`) to turn sync against its
/// clone: git hooks, `..`, links, submodules, control characters. Each attack comes in one
/// commit with a sound new proposal. After the sync: the proposal is there, no file outside
/// the data root or inside a git folder changed, no hook ran, `check` and `sync status` name
/// the refused paths, and later syncs keep working.
@Suite struct HostileRemoteTests {
    static let hook = ["hooks", "reference-transaction"]

    @Test func aGitHookAtTheTopOfTheDataRootNeverArrives() throws {
        try HostileRemote().attack { marker in
            [([".git"] + Self.hook, .file("#!/bin/sh\ntouch '\(marker)'\n", executable: true))]
        }
    }

    @Test func aGitHookInAnotherCaseNeverArrives() throws {
        try HostileRemote().attack { marker in
            [([".GIT"] + Self.hook, .file("#!/bin/sh\ntouch '\(marker)'\n", executable: true))]
        }
    }

    @Test func aHookThroughDotDotInALargerRepositoryNeverReachesItsGitFolder() throws {
        try HostileRemote(data: "Sessions").attack { marker in
            [
                (
                    ["Sessions", "..", ".git"] + Self.hook,
                    .file("#!/bin/sh\ntouch '\(marker)'\n", executable: true)
                )
            ]
        }
    }

    /// Outside the data root sync writes nothing at all, so a hostile path there blocks the
    /// integration, and the message says how to get the remote back.
    @Test func aHookAtTheTopOfALargerRepositoryBlocksTheSyncAndNeverArrives() throws {
        let remote = try HostileRemote(data: "Sessions")
        try remote.push([
            ([".git"] + Self.hook, .file("#!/bin/sh\ntouch '\(remote.marker)'\n", executable: true))
        ])
        let before = try remote.guardedFiles()
        for _ in 1...2 {
            let output = try remote.victim.run(["sync"])
            #expect(output.status == 1, "\(output.summary)")
            #expect(output.stderr.contains(".git/hooks/reference-transaction"), "\(output.summary)")
            #expect(output.stderr.contains("git push --force"), "\(output.summary)")
        }
        #expect(access(remote.marker, F_OK) != 0, "a hook ran")
        #expect(try remote.guardedFiles() == before)
    }

    /// An older conseil moved the branch onto such a tree and stopped at the index: its
    /// marker is left. The next sync undoes that move and integrates the remote by the rule.
    @Test func aMoveLeftByAnOlderConseilOntoAHostileTreeIsUndone() throws {
        let remote = try HostileRemote()
        let proposal = try remote.push([
            ([".git"] + Self.hook, .file("#!/bin/sh\nexit 0\n", executable: true))
        ])
        let victim = remote.victim
        try victim.git(["fetch", "--quiet", "origin"])
        func commit(_ name: String) throws -> String {
            try victim.git(["rev-parse", name]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let (from, to) = (try commit("HEAD"), try commit("origin/main"))
        try victim.git(["update-ref", "HEAD", to, from])
        try FileManager.default.createDirectory(
            atPath: victim.top + "/.git/conseil-sync", withIntermediateDirectories: true)
        try "{\"from\": \"\(from)\", \"to\": \"\(to)\"}\n".write(
            toFile: victim.top + "/.git/conseil-sync/integrating.json", atomically: true, encoding: .utf8)

        let output = try victim.sync()
        #expect(
            output.stdout.contains("Réparé : intégration d'un conseil plus ancien annulée"),
            "\(output.summary)")
        #expect(output.stdout.contains("Refusé : "), "\(output.summary)")
        #expect(try victim.read("proposals/\(proposal)/proposal.json").contains("Venue avec l'attaque"))
        #expect(!(try victim.git(["ls-tree", "-r", "--name-only", "HEAD"]).stdout.contains(".git/")))
        #expect(try victim.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try victim.sync().stdout.contains("Déjà à jour"))
    }

    @Test func dotDotEntriesNeverWriteAboveTheDataRoot() throws {
        let name = "conseil-escape-\(UUID().uuidString)"
        let remote = try HostileRemote()
        defer {
            unlink(remote.lab.base + "/" + name)
            unlink(parent(remote.lab.base) + "/" + name)
        }
        try remote.attack { _ in
            [
                (["..", name], .file("#!/bin/sh\necho un\n", executable: true)),
                (["..", "..", name], .file("#!/bin/sh\necho deux\n", executable: true)),
            ]
        }
        #expect(access(parent(remote.lab.base) + "/" + name, F_OK) != 0)
    }

    /// One tree entry named `<session>/session.json` at the top: git fsck flags it, and a clone
    /// that took it could never diff its tree again.
    @Test func anEntryWhoseNameHoldsASlashNeverArrives() throws {
        try HostileRemote().attack { _ in [(["2017-11-17-ok/session.json"], .file("{}\n"))] }
    }

    @Test func aLinkNeverArrives() throws {
        try HostileRemote().attack { _ in
            [(["proposals", "p0000000000lnk", "proposal.json"], .link(to: "/etc/passwd"))]
        }
    }

    @Test func aSubmoduleNeverArrives() throws {
        let remote = try HostileRemote()
        let head = try remote.victim.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        try remote.attack { _ in [([remote.ids.session, "polls", "q0000000000sub"], .gitlink(commit: head))] }
    }

    @Test func filesThatAreNotRecordsNeverArrive() throws {
        let remote = try HostileRemote()
        let huge = "{\"title\": \"" + String(repeating: "x", count: 2 << 20) + "\"}\n"
        try remote.attack { _ in
            [
                (["notes.txt"], .file("pas un enregistrement\n")),
                ([remote.ids.session, "agenda", "Point.json"], .file("{}\n")),
                (["proposals", "p0000000000big", "proposal.json"], .file(huge)),
            ]
        }
    }

    @Test func anExecutableRecordArrivesAsAPlainFile() throws {
        let remote = try HostileRemote()
        let attacker = try remote.lab.clone("attacker")
        let proposal = try attacker.newId(["proposal", "add", "--title", "Exécutable"], as: "bob")
        let path = "proposals/\(proposal)/proposal.json"
        let crafted = CraftedTree(clone: attacker)
        let tree = try crafted.inserting(
            .file(try attacker.read(path), executable: true), at: path.split(separator: "/").map(String.init),
            into: try attacker.git(["rev-parse", "HEAD^{tree}"]).stdout.trimmingCharacters(
                in: .whitespacesAndNewlines))
        let head = try attacker.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let commit = try crafted.commit(tree, parent: head, message: "Un exécutable")
        try attacker.git(["push", "--quiet", "origin", "\(commit):refs/heads/main"])

        let output = try remote.victim.sync()
        #expect(!output.stdout.contains("Refusé"), "\(output.summary)")
        var info = stat()
        #expect(stat(remote.victim.data + "/" + path, &info) == 0 && info.st_mode & 0o111 == 0)
        #expect(try remote.victim.git(["ls-tree", "HEAD", path]).stdout.hasPrefix("100644 "))
        #expect(try remote.victim.git(["status", "--porcelain"]).stdout.isEmpty)
        #expect(try remote.victim.run(["check"]).status == 0)
    }

    @Test func aNameWithControlCharactersNeverArrivesAndIsShownInert() throws {
        let remote = try HostileRemote()
        try remote.attack { _ in
            [([remote.ids.session, "minutes", "m0000000000\u{1b}[2J\u{7}.json"], .file("{}\n"))]
        }
    }
}

/// A council whose remote receives one crafted commit, and the clone that syncs it.
struct HostileRemote {
    let lab: Lab
    let victim: Clone
    let ids: CouncilIds
    /// The data root inside the repository ("" for the top).
    let data: String

    init(data: String = "") throws {
        lab = try Lab()
        self.data = data
        if !data.isEmpty {
            // The project's own files around the data root, as in LargerRepositoryTests.
            let developer = try lab.clone("developer")
            try "# Projet\n".write(toFile: developer.top + "/README.md", atomically: true, encoding: .utf8)
            try developer.git(["add", "-A"])
            try developer.git(["commit", "--quiet", "-m", "Projet"])
            try developer.git(["push", "--quiet", "origin", "HEAD:main"])
        }
        victim = try lab.clone("victim", data: data)
        ids = try victim.setUpCouncil()
        try victim.sync()
    }

    /// Pushes a commit holding a new proposal (made by conseil) and the entries that `hostile`
    /// gives for a marker path (a hook would create it), syncs the victim and checks every
    /// promise; then a later commit without the entries ends their report.
    func attack(_ hostile: (String) -> [(path: [String], leaf: CraftedTree.Leaf)]) throws {
        let entries = hostile(marker)
        let proposal = try push(entries)
        let refused = entries.map { entry in
            InertText.make(entry.path.dropFirst(data.isEmpty ? 0 : 1).joined(separator: "/"))
        }
        let before = try guardedFiles()

        let first = try victim.run(["sync"])
        #expect(first.status == 0 && !first.stdout.contains("Envoyé"), "\(first.summary)")
        #expect(!first.stdout.contains("\u{1b}") && !first.stderr.contains("\u{1b}"), "\(first.summary)")
        for path in refused { #expect(first.stdout.contains(path), "\(path) \(first.summary)") }
        // The sound record of the same commit arrived; nothing else moved, no hook ran.
        #expect(try victim.read("proposals/\(proposal)/proposal.json").contains("Venue avec l'attaque"))
        #expect(access(marker, F_OK) != 0, "a hook ran")
        #expect(try guardedFiles() == before)
        for entry in entries {
            var info = stat()
            let path = victim.top + "/" + entry.path.joined(separator: "/")
            #expect(lstat(path, &info) != 0, "\(path) was written")
        }
        try expectReported(refused, true)

        // The next sync reports them again and works; a later commit without them ends the report.
        let second = try victim.sync()
        for path in refused { #expect(second.stdout.contains(path), "\(path) \(second.summary)") }
        try expectReported(refused, true)
        let friend = try lab.clone("friend", data: data)
        try friend.succeed(["vote", ids.poll, "Non"], as: "david")
        try friend.sync()
        let third = try victim.sync()
        #expect(third.stdout.contains("Reçu : 1 bulletin"), "\(third.summary)")
        try expectReported(refused, false)
        #expect(access(marker, F_OK) != 0, "a hook ran")
        #expect(try guardedFiles() == before)
        #expect(try victim.git(["status", "--porcelain"]).stdout.isEmpty)
    }

    /// Where a hook of the attack would leave its mark.
    var marker: String { lab.base + "/hook-ran" }

    /// Pushes to the remote one commit made by hand: a new proposal (added by conseil in
    /// another clone) and `entries` (paths from the top of the repository). Returns the
    /// proposal's id.
    @discardableResult
    func push(_ entries: [(path: [String], leaf: CraftedTree.Leaf)]) throws -> String {
        let attacker = try lab.clone("attacker", data: data)
        let proposal = try attacker.newId(["proposal", "add", "--title", "Venue avec l'attaque"], as: "bob")
        try attacker.git(["add", "-A"])
        let crafted = CraftedTree(clone: attacker)
        var tree = try attacker.git(["write-tree"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        for entry in entries { tree = try crafted.inserting(entry.leaf, at: entry.path, into: tree) }
        let parent = try attacker.git(["rev-parse", "HEAD"]).stdout.trimmingCharacters(
            in: .whitespacesAndNewlines)
        let commit = try crafted.commit(tree, parent: parent, message: "Commit fabriqué")
        try attacker.git(["push", "--quiet", "origin", "\(commit):refs/heads/main"])
        return proposal
    }

    /// Whether `check` and `sync status` name the refused paths.
    private func expectReported(_ refused: [String], _ reported: Bool) throws {
        let check = try victim.run(["check"])
        let status = try victim.succeed(["sync", "status"])
        #expect(check.status == (reported ? 1 : 0), "\(check.summary)")
        for path in refused {
            #expect(check.stdout.contains(path) == reported, "\(path) \(check.summary)")
            #expect(status.stdout.contains(path) == reported, "\(path) \(status.summary)")
        }
    }

    /// Every file of the lab that the victim's sync may not change, path → contents (a link's
    /// target): all but its data root, and in git folders all but what git keeps changing.
    func guardedFiles() throws -> [String: Data] {
        let gitOwned: Set<String> = [
            "objects", "refs", "logs", "index", "packed-refs", "FETCH_HEAD", "ORIG_HEAD", "COMMIT_EDITMSG",
            "conseil-sync", "conseil-sync.lock", "conseil-sync.guard", "AUTO_MERGE",
        ]
        var found: [String: Data] = [:]
        // The other clones are the test's own tools.
        let others = ["developer", "attacker", "friend"].map { lab.base + "/" + $0 }
        func walk(_ folder: String, inGit: Bool) throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
                let path = folder + "/" + name
                if others.contains(path) { continue }
                let git = inGit || name.lowercased() == ".git" || path == lab.remote
                if git && gitOwned.contains(name) { continue }
                if !git && (path == victim.data || path.hasPrefix(victim.data + "/")) && name != ".git" {
                    if path == victim.data { try walk(path, inGit: false) }
                    continue
                }
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: try walk(path, inGit: git)
                case S_IFLNK:
                    found[path] = Data(try FileManager.default.destinationOfSymbolicLink(atPath: path).utf8)
                default: found[path] = FileManager.default.contents(atPath: path) ?? Data()
                }
            }
        }
        try walk(lab.base, inGit: false)
        return found
    }
}

private func parent(_ path: String) -> String { (path as NSString).deletingLastPathComponent }
