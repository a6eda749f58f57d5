import Foundation
import Testing

/// The data root as a folder inside a larger repository (like Sessions/ in conseil's own):
/// files outside it are never committed, staged, unstaged or changed by sync.
@Suite struct LargerRepositoryTests {
    @Test func filesOutsideTheDataRootAreNeverTouched() throws {
        let lab = try Lab()
        // The project's own files, pushed by a developer.
        let developer = try lab.clone("developer")
        try FileManager.default.createDirectory(
            atPath: developer.top + "/code", withIntermediateDirectories: true)
        try "# Projet\n".write(toFile: developer.top + "/README.md", atomically: true, encoding: .utf8)
        try "print(1)\n".write(toFile: developer.top + "/code/main.swift", atomically: true, encoding: .utf8)
        try developer.git(["add", "-A"])
        try developer.git(["commit", "--quiet", "-m", "Projet"])
        try developer.git(["push", "--quiet", "origin", "HEAD:main"])

        let a = try lab.clone("a", data: "Sessions")
        let ids = try a.setUpCouncil()
        // Work in progress outside the data root: edited, staged, untracked.
        try "# Projet modifié\n".write(toFile: a.top + "/README.md", atomically: true, encoding: .utf8)
        try "print(2)\n".write(toFile: a.top + "/code/new.swift", atomically: true, encoding: .utf8)
        try a.git(["add", "code/new.swift"])
        try "à faire\n".write(toFile: a.top + "/notes.txt", atomically: true, encoding: .utf8)
        let outsideBefore = try a.snapshot(of: a.top).filter { !$0.key.hasPrefix("Sessions/") }
        let statusBefore = try a.git(["status", "--porcelain", "--", ":(exclude)Sessions"]).stdout

        try a.sync()
        try a.succeed(["vote", ids.poll, "Oui"], as: "chloe")
        try a.sync()
        let committed = try a.git(["log", "--name-only", "--format=", "origin/main", "^HEAD~2"]).stdout
        #expect(!committed.isEmpty)
        #expect(committed.split(separator: "\n").allSatisfy { $0.hasPrefix("Sessions/") }, "\(committed)")

        let b = try lab.clone("b", data: "Sessions")
        try b.succeed(["vote", ids.poll, "Non"], as: "david")
        try b.sync()
        let received = try a.sync()
        #expect(received.stdout.contains("Reçu : 1 bulletin"), "\(received.summary)")
        #expect(try a.snapshot(of: a.top).filter { !$0.key.hasPrefix("Sessions/") } == outsideBefore)
        #expect(try a.git(["status", "--porcelain", "--", ":(exclude)Sessions"]).stdout == statusBefore)
        #expect(try a.snapshot() == b.snapshot())

        // The developer changes the project: sync leaves those files to git and says so.
        try developer.git(["pull", "--quiet", "--no-rebase", "origin", "main"])
        try "print(3)\n".write(toFile: developer.top + "/code/main.swift", atomically: true, encoding: .utf8)
        try developer.git(["commit", "--quiet", "-am", "Code"])
        try developer.git(["push", "--quiet", "origin", "HEAD:main"])
        try a.succeed(["vote", ids.poll, "Oui"], as: "emma")
        let blocked = try a.run(["sync"])
        #expect(blocked.status == 1, "\(blocked.summary)")
        #expect(blocked.stderr.contains("hors du dossier de données"), "\(blocked.summary)")
        #expect(try a.snapshot(of: a.top).filter { !$0.key.hasPrefix("Sessions/") } == outsideBefore)
        #expect(try a.git(["status", "--porcelain", "--", ":(exclude)Sessions"]).stdout == statusBefore)
        // The local change is committed all the same, and only it.
        let last = try a.git(["show", "--name-only", "--format=", "HEAD"]).stdout
        #expect(
            last.split(separator: "\n").allSatisfy { $0.hasPrefix("Sessions/") } && last.contains("emma"),
            "\(last)")
    }
}
